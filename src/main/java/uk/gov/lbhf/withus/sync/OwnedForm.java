package uk.gov.lbhf.withus.sync;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A form a feature owns (materials: {@code paper-request}): the feature records what each accepted submission asks
 * for, in the push's own transaction, so an {@code accepted} receipt means it is recorded and a failure stores
 * nothing of the batch. Called once per submission id: a replay (duplicate or conflict) is not passed on.
 */
public interface OwnedForm {

    /** The form's key. */
    String formKey();

    /** A submission to this form was accepted; its answers by question id, as stored (choices by value). */
    void accepted(Accepted submission);

    record Accepted(
            UUID submissionId,
            long personId,
            OffsetDateTime capturedAt,
            OffsetDateTime receivedAt,
            Map<String, String> answers) {}
}
