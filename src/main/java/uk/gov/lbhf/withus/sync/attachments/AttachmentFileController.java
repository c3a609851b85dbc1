package uk.gov.lbhf.withus.sync.attachments;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.inbox.SyncInboxService;

/**
 * Photos and recordings that residents sent with their answers, for staff in the sync inbox. Anyone else (signed
 * in or not) gets 404, the same as for a file that does not exist; never cached; served as a download-safe inline
 * file of its own media type (one of the accepted photo and audio types).
 */
@RestController
public class AttachmentFileController {

    private final SyncInboxService inbox;
    private final PeopleService people;

    public AttachmentFileController(SyncInboxService inbox, PeopleService people) {
        this.inbox = inbox;
        this.people = people;
    }

    @GetMapping("/files/attachments/{sha256}")
    public ResponseEntity<byte[]> file(@PathVariable String sha256) {
        var viewer = people.currentUser().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var file = inbox.file(sha256, viewer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename(sha256.substring(0, 12) + extension(file.mediaType()))
                                .build()
                                .toString())
                .body(file.content());
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            case "image/heic" -> ".heic";
            case "audio/mpeg" -> ".mp3";
            case "audio/ogg" -> ".ogg";
            case "audio/webm" -> ".webm";
            case "audio/wav" -> ".wav";
            default -> mediaType.startsWith("audio/") ? ".m4a" : "";
        };
    }
}
