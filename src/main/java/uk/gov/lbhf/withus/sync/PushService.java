package uk.gov.lbhf.withus.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import uk.gov.lbhf.withus.feedback.AnswerProblem;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.feedback.FormQuestion;
import uk.gov.lbhf.withus.feedback.FormQuestions;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.DeviceService.AuthenticatedDevice;
import uk.gov.lbhf.withus.sync.Receipt.Status;
import uk.gov.lbhf.withus.sync.Submission.CaptureMode;
import uk.gov.lbhf.withus.sync.Submission.DeclaredAttachment;

/**
 * Takes a pushed batch in one transaction and answers with a receipt per item (see sync/SPEC.md, "Push").
 * Nothing is dropped: an item that cannot be accepted is quarantined with its reason, a second version of a
 * submission is kept beside the first.
 */
@Service
public class PushService {

    static final int PROTOCOL = 1;
    static final int MAX_ITEMS = 100;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final SubmissionRepository submissions;
    private final ConflictingCopyRepository conflicts;
    private final QuarantinedItemRepository quarantine;
    private final AttachmentRepository attachments;
    private final FeedbackFormService forms;
    private final Clock clock;
    private final SubmissionInserts inserts;
    private final Map<String, FormSummary> formVersions = new ConcurrentHashMap<>();
    private final Map<FormSummary, List<FormQuestion>> formQuestions = new ConcurrentHashMap<>();

    PushService(SubmissionRepository submissions, ConflictingCopyRepository conflicts,
            QuarantinedItemRepository quarantine, AttachmentRepository attachments, FeedbackFormService forms,
            Clock clock, SubmissionInserts inserts) {
        this.inserts = inserts;
        this.submissions = submissions;
        this.conflicts = conflicts;
        this.quarantine = quarantine;
        this.attachments = attachments;
        this.forms = forms;
        this.clock = clock;
    }

    /** Stores a batch; returns only once it is committed (the caller replies after this returns). */
    @Transactional
    public List<Receipt> push(JsonNode batch, AuthenticatedDevice device, CurrentUser user) {
        if (batch == null || !batch.isObject()) {
            throw new SyncException(HttpStatus.BAD_REQUEST, "bad-batch", "A push is a JSON object");
        }
        if (batch.path("protocol").asInt(-1) != PROTOCOL) {
            throw new SyncException(HttpStatus.BAD_REQUEST, "unsupported-protocol",
                    "This server speaks sync protocol " + PROTOCOL + "; update the app",
                    Map.of("supported", List.of(PROTOCOL)));
        }
        if (!device.deviceId().toString().equalsIgnoreCase(batch.path("deviceId").asString(""))) {
            throw new SyncException(HttpStatus.BAD_REQUEST, "device-mismatch",
                    "deviceId must be the id of the device whose token signs the call");
        }
        JsonNode items = batch.path("submissions");
        if (!items.isArray() || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new SyncException(HttpStatus.BAD_REQUEST, "bad-batch",
                    "submissions must be an array of 1 to " + MAX_ITEMS + " items");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var batchContext = new BatchContext();
        List<UUID> ids = new ArrayList<>();
        for (JsonNode item : items) {
            String id = item.path("id").asString("");
            if (UUID_TEXT.matcher(id).matches()) {
                ids.add(UUID.fromString(id));
            }
        }
        List<UUID> stored = inserts.existing(ids); // usually none: full rows are loaded only for replays
        if (!stored.isEmpty()) {
            submissions.findAllById(stored).forEach(s -> batchContext.existing.put(s.getId(), s));
        }
        List<Receipt> receipts = new ArrayList<>();
        for (JsonNode item : items) {
            receipts.add(one(item, device, user, now, batchContext));
        }
        inserts.insert(batchContext.accepted); // one JDBC batch, in this transaction
        return receipts;
    }

    /**
     * A published form version never changes (a change is a new version), so once found it is kept in memory;
     * a version not found is asked for again, as it may be published later.
     */
    private Optional<FormSummary> formVersion(String key, int version) {
        String name = key + "@" + version;
        FormSummary known = formVersions.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<FormSummary> found = forms.find(key, version);
        found.ifPresent(f -> formVersions.put(name, f));
        return found;
    }

    /** What one batch looks up once: the submissions already stored. */
    private static final class BatchContext {
        final Map<UUID, Submission> existing = new HashMap<>();
        final List<Submission> accepted = new ArrayList<>();
    }

    private Receipt one(JsonNode item, AuthenticatedDevice device, CurrentUser user, OffsetDateTime now,
            BatchContext batch) {
        String content = CanonicalJson.write(item);
        String contentHash = Hashes.sha256(content);
        String rawId = item.path("id").asString("");
        if (!UUID_TEXT.matcher(rawId).matches()) {
            return rejected(rawId.length() > 64 ? rawId.substring(0, 64) : rawId, device, user, now, content,
                    contentHash, List.of(new AnswerProblem("id", "bad-id", "Each item needs a UUID as its id")));
        }
        String id = rawId.toLowerCase(java.util.Locale.ROOT);
        Optional<Submission> existing = Optional.ofNullable(batch.existing.get(UUID.fromString(id)));
        if (existing.isPresent()) {
            Submission original = existing.get();
            if (original.getContentHash().equals(contentHash)) {
                return receiptFor(original, Status.duplicate);
            }
            if (!batch.accepted.isEmpty()) { // the original may be one of this batch's, not yet written
                inserts.insert(batch.accepted);
                batch.accepted.clear();
            }
            if (!conflicts.existsBySubmissionIdAndContentHash(original.getId(), contentHash)) {
                conflicts.save(new ConflictingCopy(original.getId(), device.deviceId(), user.personId(), now,
                        content, contentHash));
            }
            return new Receipt(id, Status.conflict, Receipt.referenceOf(id), original.getReceivedAt(), null, null,
                    List.of(new AnswerProblem("id", "id-used-for-other-content",
                            "This id was already used for different answers; both copies are kept for an officer")));
        }
        List<AnswerProblem> problems = new ArrayList<>();
        Parsed parsed = parse(item, problems);
        if (!problems.isEmpty()) {
            return rejected(id, device, user, now, content, contentHash, problems);
        }
        Optional<FormSummary> form = formVersion(parsed.formKey, parsed.formVersion);
        if (form.isEmpty()) {
            return rejected(id, device, user, now, content, contentHash, List.of(new AnswerProblem("form",
                    "unknown-form-version", "There is no version " + parsed.formVersion + " of form '"
                            + parsed.formKey + "'")));
        }
        if (!form.get().isFor(user)) {
            return rejected(id, device, user, now, content, contentHash, List.of(new AnswerProblem("form",
                    "form-not-allowed", "This account may not send answers to '" + parsed.formKey + "'")));
        }
        Map<String, String> byQuestion = new HashMap<>();
        parsed.attachments.forEach(a -> byQuestion.put(a.questionId(), a.sha256()));
        List<FormQuestion> questions = formQuestions.computeIfAbsent(form.get(),
                f -> FormQuestions.parse(f.definition()));
        problems.addAll(FormQuestions.check(form.get(), questions, item.get("answers"), byQuestion));
        if (!problems.isEmpty()) {
            return rejected(id, device, user, now, content, contentHash, problems);
        }
        Submission saved = new Submission(UUID.fromString(id), parsed.formKey, parsed.formVersion,
                device.deviceId(), user.personId(), parsed.mode, parsed.capturedAt, now,
                CanonicalJson.write(item.get("answers")), contentHash, parsed.attachments);
        batch.accepted.add(saved);
        batch.existing.put(saved.getId(), saved); // the same id later in this batch is a duplicate or conflict
        return receiptFor(saved, Status.accepted);
    }

    private Receipt receiptFor(Submission s, Status status) {
        List<String> missing = missingAttachments(s.getAttachments());
        String id = s.getId().toString();
        return new Receipt(id, status, Receipt.referenceOf(id), s.getReceivedAt(), missing.isEmpty(), missing, null);
    }

    List<String> missingAttachments(List<DeclaredAttachment> declared) {
        if (declared.isEmpty()) {
            return List.of();
        }
        List<String> hashes = declared.stream().map(DeclaredAttachment::sha256).distinct().toList();
        List<String> present = attachments.findCompleteAmong(hashes);
        return hashes.stream().filter(h -> !present.contains(h)).toList();
    }

    private Receipt rejected(String id, AuthenticatedDevice device, CurrentUser user, OffsetDateTime now,
            String content, String contentHash, List<AnswerProblem> problems) {
        QuarantinedItem kept = quarantine.findFirstBySubmissionIdAndContentHash(id, contentHash).orElseGet(() -> {
            String reason = String.join("; ", problems.stream().map(AnswerProblem::message).toList());
            return quarantine.save(new QuarantinedItem(id, device.deviceId(), user.personId(), now,
                    problems.getFirst().code(), reason, content, contentHash));
        });
        return new Receipt(id, Status.rejected, UUID_TEXT.matcher(id).matches() ? Receipt.referenceOf(id) : null,
                kept.getReceivedAt(), null, null, problems);
    }

    private static Parsed parse(JsonNode item, List<AnswerProblem> problems) {
        var parsed = new Parsed();
        if (!item.isObject()) {
            problems.add(new AnswerProblem("", "not-an-object", "Each item must be a JSON object"));
            return parsed;
        }
        JsonNode form = item.path("form");
        parsed.formKey = form.path("key").asString("");
        parsed.formVersion = form.path("version").isInt() ? form.path("version").asInt() : 0;
        if (parsed.formKey.isBlank() || parsed.formVersion < 1) {
            problems.add(new AnswerProblem("form", "bad-form", "form needs a key and a version of 1 or more"));
        }
        try {
            parsed.capturedAt = Instant.parse(item.path("capturedAt").asString("")).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            problems.add(new AnswerProblem("capturedAt", "bad-time",
                    "capturedAt must be a UTC time like 2026-11-22T14:05:00Z"));
        }
        String mode = item.path("mode").asString("personal");
        switch (mode) {
            case "personal" -> parsed.mode = CaptureMode.PERSONAL;
            case "event" -> parsed.mode = CaptureMode.EVENT;
            default -> problems.add(new AnswerProblem("mode", "bad-mode", "mode must be personal or event"));
        }
        if (!item.path("answers").isObject()) {
            problems.add(new AnswerProblem("answers", "not-an-object", "answers must be a JSON object"));
        }
        JsonNode declared = item.path("attachments");
        Map<String, DeclaredAttachment> byQuestion = new LinkedHashMap<>();
        if (!declared.isMissingNode() && !declared.isArray()) {
            problems.add(new AnswerProblem("attachments", "not-an-array", "attachments must be an array"));
        }
        for (JsonNode a : declared.isArray() ? declared : List.<JsonNode>of()) {
            String question = a.path("questionId").asString("");
            String sha = a.path("sha256").asString("");
            String type = a.path("mediaType").asString("");
            long size = a.path("size").asLong(0);
            if (question.isBlank() || !SHA256.matcher(sha).matches()
                    || !AttachmentService.MEDIA_TYPES.contains(type) || size < 1 || size > AttachmentService.MAX_SIZE
                    || byQuestion.containsKey(question)) {
                problems.add(new AnswerProblem("attachments", "bad-attachment",
                        "Each attachment needs a questionId (once), a SHA-256, an accepted mediaType and a size up to 10 MB"));
                continue;
            }
            byQuestion.put(question, new DeclaredAttachment(question, sha, type, size));
        }
        parsed.attachments = List.copyOf(byQuestion.values());
        return parsed;
    }

    private static final class Parsed {
        String formKey = "";
        int formVersion;
        OffsetDateTime capturedAt;
        CaptureMode mode = CaptureMode.PERSONAL;
        List<DeclaredAttachment> attachments = List.of();
    }
}
