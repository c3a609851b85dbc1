package uk.gov.lbhf.withus.sync.push;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.gov.lbhf.withus.feedback.AnswerProblem;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.devices.DeviceService.AuthenticatedDevice;
import uk.gov.lbhf.withus.sync.push.Receipt.Status;

/** Push, the way out for what cannot be stored as answers: nothing is dropped, an officer sees it in the inbox. */
@Component
class Quarantine {

    static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final QuarantinedItemRepository quarantine;

    Quarantine(QuarantinedItemRepository quarantine) {
        this.quarantine = quarantine;
    }

    /** Keeps the item whole with its reasons (once per id and content) and answers with a "rejected" receipt. */
    Receipt reject(
            String id,
            AuthenticatedDevice device,
            CurrentUser user,
            OffsetDateTime now,
            String content,
            String contentHash,
            List<AnswerProblem> problems) {
        QuarantinedItem kept = quarantine
                .findFirstBySubmissionIdAndContentHash(id, contentHash)
                .orElseGet(() -> {
                    String reason = String.join(
                            "; ", problems.stream().map(AnswerProblem::message).toList());
                    return quarantine.save(new QuarantinedItem(
                            id,
                            device.deviceId(),
                            user.personId(),
                            now,
                            problems.getFirst().code(),
                            reason,
                            content,
                            contentHash));
                });
        return new Receipt(
                id,
                Status.rejected,
                UUID_TEXT.matcher(id).matches() ? Receipt.referenceOf(id) : null,
                kept.getReceivedAt(),
                null,
                null,
                problems);
    }
}
