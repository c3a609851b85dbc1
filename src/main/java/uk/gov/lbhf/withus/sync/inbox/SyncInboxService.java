package uk.gov.lbhf.withus.sync.inbox;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import uk.gov.lbhf.withus.feedback.AnswerProblem;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.CanonicalJson;
import uk.gov.lbhf.withus.sync.attachments.Attachment;
import uk.gov.lbhf.withus.sync.attachments.AttachmentRepository;
import uk.gov.lbhf.withus.sync.push.ConflictDecision;
import uk.gov.lbhf.withus.sync.push.ConflictingCopy;
import uk.gov.lbhf.withus.sync.push.ConflictingCopyRepository;
import uk.gov.lbhf.withus.sync.push.PushService;
import uk.gov.lbhf.withus.sync.push.QuarantinedItemRepository;
import uk.gov.lbhf.withus.sync.push.Receipt;
import uk.gov.lbhf.withus.sync.push.Submission;
import uk.gov.lbhf.withus.sync.push.Submission.DeclaredAttachment;
import uk.gov.lbhf.withus.sync.push.SubmissionRepository;

/**
 * What officers see of sync: what arrived, what needs a decision (a submission sent twice with different answers,
 * items that could not be accepted), and the decisions themselves. Staff only; nothing here deletes anything.
 */
@Service
@Transactional(readOnly = true)
public class SyncInboxService {

    private final SubmissionRepository submissions;
    private final ConflictingCopyRepository conflicts;
    private final QuarantinedItemRepository quarantine;
    private final PushService push;
    private final java.time.Clock clock;
    private final AttachmentRepository attachments;

    public SyncInboxService(
            SubmissionRepository submissions,
            ConflictingCopyRepository conflicts,
            QuarantinedItemRepository quarantine,
            PushService push,
            java.time.Clock clock,
            AttachmentRepository attachments) {
        this.attachments = attachments;
        this.submissions = submissions;
        this.conflicts = conflicts;
        this.quarantine = quarantine;
        this.push = push;
        this.clock = clock;
    }

    /** Marks a quarantined item as dealt with; it leaves the list but is kept. */
    @Transactional
    public void resolveQuarantined(long quarantineId, CurrentUser by) {
        requireStaff(by);
        quarantine.findById(quarantineId).ifPresent(q -> q.resolve(OffsetDateTime.now(clock), by.personId()));
    }

    /** The outcome of an officer's choice between two copies. */
    public enum DecisionResult {
        /** Recorded. */
        DECIDED,
        /** Another officer decided first; their decision stands. */
        ALREADY_DECIDED,
        /** The later copy is not valid answers to its form, so it cannot be the one that counts. */
        LATER_COPY_NOT_VALID,
        /** No such conflict. */
        NOT_FOUND
    }

    /** Records which copy counts. Both copies stay on record whatever is chosen. */
    @Transactional
    public DecisionResult decideConflict(long conflictId, ConflictDecision decision, CurrentUser by) {
        requireStaff(by);
        var copy = conflicts.findById(conflictId).orElse(null);
        if (copy == null) {
            return DecisionResult.NOT_FOUND;
        }
        if (decision == ConflictDecision.USE_LATER && !laterCopyProblems(copy).isEmpty()) {
            return DecisionResult.LATER_COPY_NOT_VALID;
        }
        return copy.decide(decision, OffsetDateTime.now(clock), by.personId())
                ? DecisionResult.DECIDED
                : DecisionResult.ALREADY_DECIDED;
    }

    /** Takes a decision back: the two copies need a decision again. */
    @Transactional
    public void undoConflictDecision(long conflictId, CurrentUser by) {
        requireStaff(by);
        conflicts.findById(conflictId).ifPresent(ConflictingCopy::undoDecision);
    }

    /**
     * The latest submissions, each with the answers that count: those of a later copy an officer chose, otherwise
     * the first ones.
     */
    public List<Received> received(CurrentUser viewer, int max) {
        requireStaff(viewer);
        var latest =
                submissions.findAllByOrderByReceivedAtDesc().stream().limit(max).toList();
        Map<UUID, ConflictingCopy> decisions = new HashMap<>();
        conflicts
                .findBySubmissionIdInAndDecisionIsNotNull(
                        latest.stream().map(Submission::getId).toList())
                .forEach(c -> decisions.merge(
                        c.getSubmissionId(), c, (a, b) -> a.getDecidedAt().isAfter(b.getDecidedAt()) ? a : b));
        List<String> hashes = latest.stream()
                .flatMap(s -> s.getAttachments().stream())
                .map(DeclaredAttachment::sha256)
                .distinct()
                .toList();
        var arrived = new java.util.HashSet<>(hashes.isEmpty() ? List.of() : attachments.findCompleteAmong(hashes));
        return latest.stream()
                .map(s -> {
                    ConflictingCopy decided = decisions.get(s.getId());
                    List<ReceivedFile> files = s.getAttachments().stream()
                            .map(a -> new ReceivedFile(
                                    a.questionId(),
                                    a.sha256(),
                                    a.mediaType(),
                                    a.sizeBytes(),
                                    arrived.contains(a.sha256())))
                            .toList();
                    Decided decision = decided == null
                            ? null
                            : new Decided(
                                    decided.getId(),
                                    decided.getDecision(),
                                    decided.getDecidedAt(),
                                    decided.getDecidedBy());
                    String answers = decided != null && decided.getDecision() == ConflictDecision.USE_LATER
                            ? answersOf(decided.getContent())
                            : s.getAnswers();
                    return new Received(
                            Receipt.referenceOf(s.getId().toString()),
                            s.getFormKey(),
                            s.getFormVersion(),
                            s.getCaptureMode().name().toLowerCase(Locale.ROOT),
                            s.getCapturedAt(),
                            s.getReceivedAt(),
                            s.getPersonId(),
                            answers,
                            files,
                            decision);
                })
                .toList();
    }

    public List<Problem> problems(CurrentUser viewer) {
        requireStaff(viewer);
        var open = conflicts.findByDecisionIsNullOrderByReceivedAtDesc();
        Map<UUID, Submission> firsts = new HashMap<>();
        submissions
                .findAllById(open.stream()
                        .map(ConflictingCopy::getSubmissionId)
                        .distinct()
                        .toList())
                .forEach(s -> firsts.put(s.getId(), s));
        var fromConflicts = open.stream().map(c -> {
            Submission first = firsts.get(c.getSubmissionId());
            List<AnswerProblem> laterProblems = laterCopyProblems(c);
            return new Problem(
                    null,
                    c.getId(),
                    Receipt.referenceOf(c.getSubmissionId().toString()),
                    "conflict",
                    "The same submission arrived again with different answers; both copies are kept.",
                    new Copy(c.getReceivedAt(), c.getPersonId(), answersOf(c.getContent())),
                    new Copy(first.getReceivedAt(), first.getPersonId(), first.getAnswers()),
                    laterProblems.stream().map(AnswerProblem::message).toList());
        });
        var fromQuarantine = quarantine.findByResolvedAtIsNullOrderByReceivedAtDesc().stream()
                .map(q -> new Problem(
                        q.getId(),
                        null,
                        q.getSubmissionId() != null && q.getSubmissionId().length() == 36
                                ? Receipt.referenceOf(q.getSubmissionId())
                                : String.valueOf(q.getSubmissionId()),
                        q.getReasonCode(),
                        q.getReason(),
                        new Copy(q.getReceivedAt(), q.getPersonId(), q.getContent()),
                        null,
                        List.of()));
        return Stream.concat(fromConflicts, fromQuarantine)
                .sorted(Comparator.comparing((Problem p) -> p.item().receivedAt())
                        .reversed())
                .toList();
    }

    private List<AnswerProblem> laterCopyProblems(ConflictingCopy copy) {
        return push.problemsOf(CanonicalJson.JSON.readTree(copy.getContent()));
    }

    /** The answers part of a pushed item's text, or the whole text if it has none. */
    private static String answersOf(String content) {
        JsonNode answers = CanonicalJson.JSON.readTree(content).get("answers");
        return answers == null ? content : CanonicalJson.write(answers);
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("Only staff see the sync inbox");
        }
    }

    /** {@code decided} is set when an officer chose between two copies of this submission. */
    public record Received(
            String reference,
            String formKey,
            int formVersion,
            String mode,
            OffsetDateTime capturedAt,
            OffsetDateTime receivedAt,
            Long personId,
            String answersJson,
            List<ReceivedFile> files,
            Decided decided) {}

    /** A photo or recording that came with a submission; {@code arrived}: all its bytes are in (staff can open it). */
    public record ReceivedFile(String questionId, String sha256, String mediaType, long size, boolean arrived) {
        public boolean isPhoto() {
            return mediaType.startsWith("image/");
        }

        /** Where staff open it (AttachmentFileController). */
        public String href() {
            return "/files/attachments/" + sha256;
        }
    }

    /** The bytes of a photo or recording sent with an answer, for staff only; empty if unknown or not all there. */
    @Transactional(readOnly = true)
    public java.util.Optional<StaffFile> file(String sha256, CurrentUser viewer) {
        if (!viewer.isStaff() || sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return java.util.Optional.empty();
        }
        return attachments
                .findById(sha256)
                .filter(Attachment::isComplete)
                .map(a -> new StaffFile(a.getMediaType(), a.getContent()));
    }

    public record StaffFile(String mediaType, byte[] content) {}

    public record Decided(long conflictId, ConflictDecision decision, OffsetDateTime at, long byPersonId) {}

    /** One copy of what was sent: when, by whom, and its text (answers, or the whole item if it could not be read). */
    public record Copy(OffsetDateTime receivedAt, Long personId, String json) {}

    /**
     * Something an officer should look at. A quarantined item has {@code quarantineId} (it can be marked dealt with);
     * a conflict has {@code conflictId}, the {@code first} copy stored and the later {@code item}, and why the later
     * copy could not count ({@code laterCopyProblems}, empty if it could).
     */
    public record Problem(
            Long quarantineId,
            Long conflictId,
            String reference,
            String code,
            String reason,
            Copy item,
            Copy first,
            List<String> laterCopyProblems) {}
}
