package uk.gov.lbhf.withus.sync;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.people.CurrentUser;

/** What officers see of sync: what arrived, what needs a decision (conflicts, quarantine). Staff only. */
@Service
@Transactional(readOnly = true)
public class SyncInboxService {

    private final SubmissionRepository submissions;
    private final ConflictingCopyRepository conflicts;
    private final QuarantinedItemRepository quarantine;

    private final java.time.Clock clock;

    SyncInboxService(SubmissionRepository submissions, ConflictingCopyRepository conflicts,
            QuarantinedItemRepository quarantine, java.time.Clock clock) {
        this.submissions = submissions;
        this.conflicts = conflicts;
        this.quarantine = quarantine;
        this.clock = clock;
    }

    /** Marks a quarantined item as dealt with; it leaves the list but is kept. */
    @Transactional
    public void resolveQuarantined(long quarantineId, CurrentUser by) {
        requireStaff(by);
        quarantine.findById(quarantineId).ifPresent(q -> q.resolve(OffsetDateTime.now(clock), by.personId()));
    }

    public List<Received> received(CurrentUser viewer, int max) {
        requireStaff(viewer);
        return submissions.findAllByOrderByReceivedAtDesc().stream().limit(max)
                .map(s -> new Received(Receipt.referenceOf(s.getId().toString()), s.getFormKey(), s.getFormVersion(),
                        s.getCaptureMode().name().toLowerCase(java.util.Locale.ROOT), s.getCapturedAt(),
                        s.getReceivedAt(), s.getPersonId(), s.getAnswers(), s.getAttachments().size()))
                .toList();
    }

    public List<Problem> problems(CurrentUser viewer) {
        requireStaff(viewer);
        var fromConflicts = conflicts.findAllByOrderByReceivedAtDesc().stream()
                .map(c -> new Problem(null, Receipt.referenceOf(c.getSubmissionId().toString()), "conflict",
                        "The same submission arrived again with different answers; both copies are kept.",
                        c.getReceivedAt(), c.getPersonId(), c.getContent()));
        var fromQuarantine = quarantine.findByResolvedAtIsNullOrderByReceivedAtDesc().stream()
                .map(q -> new Problem(q.getId(), q.getSubmissionId() != null && q.getSubmissionId().length() == 36
                        ? Receipt.referenceOf(q.getSubmissionId()) : String.valueOf(q.getSubmissionId()),
                        q.getReasonCode(), q.getReason(), q.getReceivedAt(), q.getPersonId(), q.getContent()));
        return java.util.stream.Stream.concat(fromConflicts, fromQuarantine)
                .sorted(java.util.Comparator.comparing(Problem::receivedAt).reversed()).toList();
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("Only staff see the sync inbox");
        }
    }

    public record Received(String reference, String formKey, int formVersion, String mode, OffsetDateTime capturedAt,
            OffsetDateTime receivedAt, long personId, String answersJson, int attachments) {
    }

    /** {@code quarantineId} is set for quarantined items (which an officer can mark as dealt with). */
    public record Problem(Long quarantineId, String reference, String code, String reason, OffsetDateTime receivedAt, long personId,
            String contentJson) {
    }
}
