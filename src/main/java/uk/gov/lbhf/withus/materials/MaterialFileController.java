package uk.gov.lbhf.withus.materials;

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

/**
 * Serves the files of materials: recordings to play in the page, documents (PDF, Word, OpenDocument) to download. Needs a signed-in person (security config), and answers 404
 * when the material's group is hidden from them, the same as for a file that does not exist.
 */
@RestController
class MaterialFileController {

    private final MaterialService materials;
    private final PeopleService people;

    MaterialFileController(MaterialService materials, PeopleService people) {
        this.materials = materials;
        this.people = people;
    }

    @GetMapping("/files/materials/{materialId}/{formatId}")
    ResponseEntity<byte[]> file(@PathVariable long materialId, @PathVariable long formatId) {
        var viewer = people.currentUser().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        MaterialFile file = materials
                .file(materialId, formatId, viewer)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such file"));
        // a recording plays in the page; anything else is a download, never shown inline, and the browser may neither
        // guess another type nor run anything in it
        boolean audio = file.mediaType().startsWith("audio/");
        var disposition = audio ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(
                        "Content-Disposition",
                        disposition
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
