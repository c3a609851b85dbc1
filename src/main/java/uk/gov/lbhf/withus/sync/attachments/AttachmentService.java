package uk.gov.lbhf.withus.sync.attachments;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.base.SharedRules;
import uk.gov.lbhf.withus.sync.Hashes;
import uk.gov.lbhf.withus.sync.SyncException;

/**
 * Receives attachments in chunks, so a photo sent over a poor connection resumes where it stopped. A file is
 * stored only when all its bytes are in and their SHA-256 is the name it was sent under.
 */
@Service
@Transactional
public class AttachmentService {

    public static final long MAX_SIZE = SharedRules.MAX_ATTACHMENT_BYTES;
    public static final int MAX_CHUNK = SharedRules.MAX_CHUNK_BYTES;
    public static final Set<String> MEDIA_TYPES = SharedRules.MEDIA_TYPES;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final AttachmentRepository attachments;
    private final AttachmentChunkRepository chunks;
    private final Clock clock;

    public AttachmentService(AttachmentRepository attachments, AttachmentChunkRepository chunks, Clock clock) {
        this.attachments = attachments;
        this.chunks = chunks;
        this.clock = clock;
    }

    /** How much of an attachment the server has. */
    @Transactional(readOnly = true)
    public AttachmentStatus status(String sha256) {
        requireHash(sha256);
        Attachment a = attachments
                .findById(sha256)
                .orElseThrow(() -> new SyncException(
                        HttpStatus.NOT_FOUND, "attachment-unknown", "No part of this attachment has arrived yet"));
        return a.isComplete()
                ? new AttachmentStatus(sha256, a.getSizeBytes(), a.getSizeBytes(), true)
                : new AttachmentStatus(sha256, a.getSizeBytes(), chunks.receivedBytes(sha256), false);
    }

    /**
     * Stores the bytes {@code start .. start + data.length - 1} of a file of {@code total} bytes. Chunks must come
     * in order: a chunk that does not start where the server's copy ends is refused with the received count, so
     * the client resumes from there. Sending a chunk of a complete file again changes nothing.
     */
    @Transactional(noRollbackFor = HashMismatch.class)
    public AttachmentStatus receive(
            String sha256, String mediaType, long start, long total, byte[] data, long personId) {
        requireHash(sha256);
        if (mediaType == null || !MEDIA_TYPES.contains(mediaType)) {
            throw new SyncException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "attachment-type-not-accepted",
                    "Attachments may be photos (JPEG, PNG, WebP, HEIC) or audio; not " + mediaType);
        }
        if (total < 1 || total > MAX_SIZE) {
            throw new SyncException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "attachment-too-large",
                    "An attachment must be between 1 byte and 10 MB");
        }
        if (data.length == 0 || data.length > MAX_CHUNK || start < 0 || start + data.length > total) {
            throw new SyncException(
                    HttpStatus.BAD_REQUEST,
                    "bad-chunk",
                    "A chunk must hold 1 to " + MAX_CHUNK + " bytes inside the file");
        }
        Attachment attachment = attachments.findById(sha256).orElse(null);
        if (attachment != null
                && !attachment.isComplete()
                && start == 0
                && (attachment.getSizeBytes() != total || !Objects.equals(attachment.getUploadedBy(), personId))) {
            // an unfinished upload proves nothing (only a complete file has its hash checked): a new start from
            // byte 0 replaces it, so a device that began with a wrong size cannot block the file's real owner
            chunks.deleteAllOf(sha256);
            attachments.delete(attachment);
            attachments.flush();
            attachment = null;
        }
        if (attachment == null) {
            attachment =
                    attachments.save(new Attachment(sha256, total, mediaType, personId, OffsetDateTime.now(clock)));
        }
        if (attachment.getSizeBytes() != total) {
            throw new SyncException(
                    HttpStatus.CONFLICT,
                    "attachment-size-differs",
                    "This attachment was started with a size of " + attachment.getSizeBytes() + " bytes");
        }
        if (attachment.isComplete()) {
            return new AttachmentStatus(sha256, total, total, true);
        }
        long received = chunks.receivedBytes(sha256);
        if (start != received) {
            throw new SyncException(
                    HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                    "resume-from",
                    "Send the bytes from " + received,
                    Map.of("received", received));
        }
        chunks.save(new AttachmentChunk(sha256, start, data));
        received += data.length;
        if (received < total) {
            return new AttachmentStatus(sha256, total, received, false);
        }
        var whole = new ByteArrayOutputStream((int) total);
        chunks.flush();
        for (AttachmentChunk chunk : chunks.findBySha256OrderByStartByte(sha256)) {
            whole.writeBytes(chunk.getData());
        }
        byte[] bytes = whole.toByteArray();
        chunks.deleteAllOf(sha256);
        if (!Hashes.sha256(bytes).equals(sha256)) {
            attachments.delete(attachment);
            throw new HashMismatch();
        }
        attachment.complete(bytes);
        return new AttachmentStatus(sha256, total, total, true);
    }

    private static void requireHash(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new SyncException(
                    HttpStatus.BAD_REQUEST,
                    "bad-attachment-name",
                    "Attachments are named by their SHA-256 in lower-case hex");
        }
    }

    /** The whole file arrived but is not what its name says; its chunks are dropped (committed, not rolled back). */
    public static final class HashMismatch extends SyncException {
        HashMismatch() {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "attachment-hash-mismatch",
                    "The bytes received do not have the SHA-256 they were sent under; send the file again");
        }
    }

    /** What the server has of one attachment. */
    public record AttachmentStatus(String sha256, long size, long received, boolean complete) {}
}
