package uk.gov.lbhf.withus.sync.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import uk.gov.lbhf.withus.feedback.AnswerProblem;

/**
 * The server's answer for one pushed item. {@code accepted} and {@code duplicate} mean the server has it (the
 * client may delete its copy); {@code conflict} means the id was already used for different content (both copies
 * are kept for an officer); {@code rejected} means the item could not be accepted and is kept in quarantine with
 * {@code problems}. {@code complete} is false while declared attachments are still missing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Receipt(
        String id,
        Status status,
        String reference,
        OffsetDateTime receivedAt,
        Boolean complete,
        List<String> missingAttachments,
        List<AnswerProblem> problems) {

    public enum Status {
        accepted,
        duplicate,
        conflict,
        rejected
    }

    /** A short reference people can quote: derived from the id. */
    public static String referenceOf(String id) {
        String hex = id.replace("-", "").toUpperCase(java.util.Locale.ROOT);
        return "WU-" + hex.substring(0, 4) + "-" + hex.substring(4, 8);
    }
}
