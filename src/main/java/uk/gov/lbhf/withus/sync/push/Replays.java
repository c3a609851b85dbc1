package uk.gov.lbhf.withus.sync.push;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import uk.gov.lbhf.withus.feedback.AnswerProblem;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.devices.DeviceService.AuthenticatedDevice;
import uk.gov.lbhf.withus.sync.push.Receipt.Status;

/**
 * Push, step "resolve replays": an id the server already holds is a duplicate (same content by identity), a
 * conflict (other content: both copies kept for an officer), or, sent by another account, refused.
 */
@Component
class Replays {

    private final ConflictingCopyRepository conflicts;
    private final Quarantine quarantine;
    private final Receipts receipts;

    Replays(ConflictingCopyRepository conflicts, Quarantine quarantine, Receipts receipts) {
        this.conflicts = conflicts;
        this.quarantine = quarantine;
        this.receipts = receipts;
    }

    /**
     * The receipt for an id already stored: a duplicate if the content is the same (by identity; a submission
     * stored before identities were defined carries the hash of its whole text, so that counts too), otherwise a
     * conflict.
     */
    Receipt replayed(
            Submission original,
            String contentHash,
            String wholeTextHash,
            String content,
            AuthenticatedDevice device,
            CurrentUser user,
            OffsetDateTime now) {
        if (!Objects.equals(original.getPersonId(), user.personId())) {
            // someone else's submission id: refused like any item this account may not send (no duplicate receipt
            // that would confirm the id, no later copy planted beside the owner's)
            String id = original.getId().toString();
            return quarantine.reject(
                    id,
                    device,
                    user,
                    now,
                    content,
                    contentHash,
                    List.of(new AnswerProblem(
                            "id",
                            "id-not-allowed",
                            "This account may not send answers under this id; start the form again")));
        }
        if (original.getContentHash().equals(contentHash)
                || original.getContentHash().equals(wholeTextHash)) {
            return receipts.of(original, Status.duplicate);
        }
        if (!conflicts.existsBySubmissionIdAndContentHash(original.getId(), contentHash)) {
            conflicts.save(new ConflictingCopy(
                    original.getId(), device.deviceId(), user.personId(), now, content, contentHash));
        }
        String id = original.getId().toString();
        return new Receipt(
                id,
                Status.conflict,
                Receipt.referenceOf(id),
                original.getReceivedAt(),
                null,
                null,
                List.of(new AnswerProblem(
                        "id",
                        "id-used-for-other-content",
                        "This id was already used for different answers; both copies are kept for an officer")));
    }
}
