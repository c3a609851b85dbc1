package uk.gov.lbhf.withus.sync;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.people.CurrentUser;

/** What sync holds about one person, for that person only (their right of access: the rights module's page). */
@Service
@Transactional(readOnly = true)
public class PersonalSyncData {

    private final SubmissionRepository submissions;
    private final QuarantinedItemRepository quarantine;
    private final DeviceRepository devices;

    PersonalSyncData(SubmissionRepository submissions, QuarantinedItemRepository quarantine, DeviceRepository devices) {
        this.submissions = submissions;
        this.quarantine = quarantine;
        this.devices = devices;
    }

    public record Answer(String reference, String formKey, int formVersion, String mode, OffsetDateTime capturedAt,
            OffsetDateTime receivedAt, String answersJson, int files) {
    }

    public record NotStored(String reference, OffsetDateTime receivedAt, String reason, String contentJson) {
    }

    public record DeviceRecord(String label, OffsetDateTime registeredAt, OffsetDateTime lastSeenAt,
            OffsetDateTime revokedAt) {
    }

    public record Mine(List<Answer> answers, List<NotStored> notStored, List<DeviceRecord> devices) {
    }

    /** Everything of the signed-in person's: their answers with their references, what was refused, their devices. */
    public Mine of(CurrentUser who) {
        var answers = submissions.findByPersonIdOrderByReceivedAtDesc(who.personId()).stream()
                .map(s -> new Answer(Receipt.referenceOf(s.getId().toString()), s.getFormKey(), s.getFormVersion(),
                        s.getCaptureMode().name().toLowerCase(Locale.ROOT), s.getCapturedAt(), s.getReceivedAt(),
                        s.getAnswers(), s.getAttachments().size()))
                .toList();
        var notStored = quarantine.findByPersonIdOrderByReceivedAtDesc(who.personId()).stream()
                .map(q -> new NotStored(q.getSubmissionId() != null && q.getSubmissionId().length() == 36
                        ? Receipt.referenceOf(q.getSubmissionId()) : "", q.getReceivedAt(), q.getReason(),
                        q.getContent()))
                .toList();
        var mine = devices.findByPersonIdOrderByRegisteredAtDesc(who.personId()).stream()
                .map(d -> new DeviceRecord(d.getLabel(), d.getRegisteredAt(), d.getLastSeenAt(), d.getRevokedAt()))
                .toList();
        return new Mine(answers, notStored, mine);
    }
}
