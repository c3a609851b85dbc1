package uk.gov.lbhf.withus.sync.push;

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
import java.util.Objects;
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
import uk.gov.lbhf.withus.sync.CanonicalJson;
import uk.gov.lbhf.withus.sync.Hashes;
import uk.gov.lbhf.withus.sync.SyncException;
import uk.gov.lbhf.withus.sync.SyncLimits;
import uk.gov.lbhf.withus.sync.attachments.AttachmentRepository;
import uk.gov.lbhf.withus.sync.attachments.AttachmentService;
import uk.gov.lbhf.withus.sync.devices.DeviceService.AuthenticatedDevice;
import uk.gov.lbhf.withus.sync.push.Receipt.Status;
import uk.gov.lbhf.withus.sync.push.Submission.CaptureMode;
import uk.gov.lbhf.withus.sync.push.Submission.DeclaredAttachment;

/**
 * Takes a pushed batch in one transaction and answers with a receipt per item (see sync/SPEC.md, "Push").
 * Nothing is dropped: an item that cannot be accepted is quarantined with its reason, a second version of a
 * submission is kept beside the first.
 */
@Service
public class PushService {

    public static final int PROTOCOL = 1;
    public static final int MAX_ITEMS = 100;
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
    private final SyncLimits limits;
    private final Map<String, FormSummary> formVersions = new ConcurrentHashMap<>();
    private final Map<String, List<FormQuestion>> formQuestions = new ConcurrentHashMap<>(); // by key@version

    public PushService(
            SubmissionRepository submissions,
            ConflictingCopyRepository conflicts,
            QuarantinedItemRepository quarantine,
            AttachmentRepository attachments,
            FeedbackFormService forms,
            Clock clock,
            SubmissionInserts inserts,
            SyncLimits limits) {
        this.inserts = inserts;
        this.limits = limits;
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
        if (!batch.path("protocol").isIntegralNumber() || batch.path("protocol").asLong(-1) != PROTOCOL) {
            throw new SyncException(
                    HttpStatus.BAD_REQUEST,
                    "unsupported-protocol",
                    "This server speaks sync protocol " + PROTOCOL + "; update the app",
                    Map.of("supported", List.of(PROTOCOL)));
        }
        if (!device.deviceId()
                .toString()
                .equalsIgnoreCase(batch.path("deviceId").asString(""))) {
            throw new SyncException(
                    HttpStatus.BAD_REQUEST,
                    "device-mismatch",
                    "deviceId must be the id of the device whose token signs the call");
        }
        JsonNode items = batch.path("submissions");
        if (!items.isArray() || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new SyncException(
                    HttpStatus.BAD_REQUEST,
                    "bad-batch",
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
        // Replays are rare: on PostgreSQL the insert itself finds them (no look-up first), elsewhere one query does.
        List<UUID> stored = inserts.skipsStored() ? List.of() : inserts.existing(ids);
        if (!stored.isEmpty()) {
            submissions.findAllById(stored).forEach(s -> batchContext.existing.put(s.getId(), s));
        }
        for (JsonNode item : items) {
            Receipt receipt = one(item, device, user, now, batchContext);
            batchContext.receipts.add(receipt);
        }
        flush(batchContext, device, user, now); // one JDBC batch, in this transaction
        // a device that sends item after item the server cannot store is stopped before it fills the quarantine:
        // the whole batch is refused (rolled back, nothing kept) and may be sent again later
        limits.quarantine(
                device.deviceId(),
                batchContext.receipts.stream()
                        .filter(r -> r.status() == Status.rejected)
                        .count());
        return batchContext.receipts;
    }

    /**
     * Writes the accepted submissions not yet written. Any whose id turned out to be stored already (PostgreSQL
     * skips them) gets the receipt of a replay instead: duplicate of the stored one, or a conflict kept beside it.
     */
    private void flush(BatchContext batch, AuthenticatedDevice device, CurrentUser user, OffsetDateTime now) {
        List<Submission> skipped = inserts.insert(batch.accepted);
        batch.pending.removeAll(batch.accepted);
        batch.accepted.clear();
        if (skipped.isEmpty()) {
            return;
        }
        Map<UUID, Submission> originals = new HashMap<>();
        submissions
                .findAllById(skipped.stream().map(Submission::getId).toList())
                .forEach(o -> originals.put(o.getId(), o));
        for (Submission replay : skipped) {
            Submission original = originals.get(replay.getId());
            batch.existing.put(original.getId(), original);
            String content = batch.content.get(replay.getId());
            Receipt receipt =
                    replayed(original, replay.getContentHash(), Hashes.sha256(content), content, device, user, now);
            for (int i = 0; i < batch.receipts.size(); i++) {
                Receipt earlier = batch.receipts.get(i);
                if (earlier.status() == Status.accepted
                        && earlier.id().equals(replay.getId().toString())) {
                    batch.receipts.set(i, receipt);
                }
            }
        }
    }

    /**
     * The receipt for an id already stored: a duplicate if the content is the same (by identity; a submission
     * stored before identities were defined carries the hash of its whole text, so that counts too), otherwise a
     * conflict.
     */
    private Receipt replayed(
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
            return rejected(
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
            return receiptFor(original, Status.duplicate);
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

    /** One batch's working state: submissions known (stored or accepted earlier in it), those not yet written. */
    private static final class BatchContext {
        final Map<UUID, Submission> existing = new HashMap<>();
        final List<Submission> accepted = new ArrayList<>();
        final java.util.Set<Submission> pending =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final Map<UUID, String> content = new HashMap<>();
        final List<Receipt> receipts = new ArrayList<>();
    }

    private Receipt one(
            JsonNode item, AuthenticatedDevice device, CurrentUser user, OffsetDateTime now, BatchContext batch) {
        CanonicalJson.Written written = CanonicalJson.write(item, "answers");
        String content = written.text(); // stored whole, as it came
        String contentHash = ContentIdentity.of(item); // what makes two copies the same (sync/SPEC.md)
        String rawId = item.path("id").asString("");
        if (!UUID_TEXT.matcher(rawId).matches()) {
            return rejected(
                    ItemChecks.printable(rawId, 64),
                    device,
                    user,
                    now,
                    content,
                    contentHash,
                    List.of(new AnswerProblem("id", "bad-id", "Each item needs a UUID as its id")));
        }
        if (content.length() > ItemChecks.MAX_ITEM_CHARS) {
            return rejected(
                    rawId.toLowerCase(java.util.Locale.ROOT),
                    device,
                    user,
                    now,
                    content,
                    contentHash,
                    List.of(new AnswerProblem(
                            "",
                            "item-too-large",
                            "An item may hold at most " + ItemChecks.MAX_ITEM_CHARS + " characters of answers")));
        }
        String id = rawId.toLowerCase(java.util.Locale.ROOT);
        UUID uuid = UUID.fromString(id);
        if (batch.pending.contains(batch.existing.get(uuid))) {
            // The same id earlier in this batch, not yet written: write it first, which also finds out whether
            // it was stored before this batch (then that stored one is the original).
            flush(batch, device, user, now);
        }
        Submission original = batch.existing.get(uuid);
        if (original != null) {
            return replayed(original, contentHash, Hashes.sha256(content), content, device, user, now);
        }
        List<AnswerProblem> problems = new ArrayList<>();
        for (String unknown : ContentIdentity.unknownFields(item)) {
            problems.add(new AnswerProblem(
                    ItemChecks.printable(unknown, 80),
                    "unknown-field",
                    "This server does not know this field, so the item is kept whole for an officer"));
        }
        Parsed parsed = parse(item, problems);
        if (parsed.capturedAt != null && !ItemChecks.plausible(parsed.capturedAt, now)) {
            problems.add(new AnswerProblem(
                    "capturedAt",
                    "bad-time",
                    "capturedAt must be a time between 2020 and now (the device's clock may be wrong)"));
        }
        if (!problems.isEmpty()) {
            return rejected(id, device, user, now, content, contentHash, problems);
        }
        Optional<FormSummary> form = formVersion(parsed.formKey, parsed.formVersion);
        if (form.isEmpty()) {
            return rejected(id, device, user, now, content, contentHash, List.of(unknownVersion(parsed)));
        }
        if (!form.get().isFor(user)) {
            return rejected(
                    id,
                    device,
                    user,
                    now,
                    content,
                    contentHash,
                    List.of(new AnswerProblem(
                            "form",
                            "form-not-allowed",
                            "This account may not send answers to '" + parsed.formKey + "'")));
        }
        problems.addAll(answerProblems(form.get(), parsed, item));
        if (!problems.isEmpty()) {
            return rejected(id, device, user, now, content, contentHash, problems);
        }
        Submission saved = new Submission(
                UUID.fromString(id),
                parsed.formKey,
                parsed.formVersion,
                device.deviceId(),
                user.personId(),
                parsed.mode,
                parsed.capturedAt,
                now,
                written.member(),
                contentHash,
                parsed.attachments);
        batch.accepted.add(saved);
        batch.pending.add(saved);
        batch.content.put(saved.getId(), content);
        batch.existing.put(saved.getId(), saved); // the same id later in this batch is a duplicate or conflict
        return receiptFor(saved, Status.accepted);
    }

    private List<AnswerProblem> answerProblems(FormSummary form, Parsed parsed, JsonNode item) {
        Map<String, String> byQuestion = new HashMap<>();
        parsed.attachments.forEach(a -> byQuestion.put(a.questionId(), a.sha256()));
        List<FormQuestion> questions = formQuestions.computeIfAbsent(
                parsed.formKey + "@" + parsed.formVersion, k -> FormQuestions.parse(form.definition()));
        return FormQuestions.check(form, questions, item.get("answers"), byQuestion);
    }

    /**
     * Why an item could not be stored as answers to its form version (empty if it could). Used for the later copy
     * of a conflict before an officer may choose it; who may send to the form was settled by the first copy.
     */
    public List<AnswerProblem> problemsOf(JsonNode item) {
        List<AnswerProblem> problems = new ArrayList<>();
        Parsed parsed = parse(item, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Optional<FormSummary> form = formVersion(parsed.formKey, parsed.formVersion);
        if (form.isEmpty()) {
            return List.of(unknownVersion(parsed));
        }
        return answerProblems(form.get(), parsed, item);
    }

    private static AnswerProblem unknownVersion(Parsed parsed) {
        return new AnswerProblem(
                "form",
                "unknown-form-version",
                "There is no version " + parsed.formVersion + " of form '" + parsed.formKey + "'");
    }

    private Receipt receiptFor(Submission s, Status status) {
        List<String> missing = missingAttachments(s.getAttachments());
        String id = s.getId().toString();
        return new Receipt(id, status, Receipt.referenceOf(id), s.getReceivedAt(), missing.isEmpty(), missing, null);
    }

    public List<String> missingAttachments(List<DeclaredAttachment> declared) {
        if (declared.isEmpty()) {
            return List.of();
        }
        List<String> hashes =
                declared.stream().map(DeclaredAttachment::sha256).distinct().toList();
        List<String> present = attachments.findCompleteAmong(hashes);
        return hashes.stream().filter(h -> !present.contains(h)).toList();
    }

    private Receipt rejected(
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

    private static Parsed parse(JsonNode item, List<AnswerProblem> problems) {
        var parsed = new Parsed();
        if (!item.isObject()) {
            problems.add(new AnswerProblem("", "not-an-object", "Each item must be a JSON object"));
            return parsed;
        }
        if (!ItemChecks.cleanText(item)) {
            problems.add(new AnswerProblem(
                    "answers", "bad-character", "Text may not hold the NUL character or broken Unicode"));
            return parsed;
        }
        JsonNode form = item.path("form");
        parsed.formKey = form.path("key").asString("");
        parsed.formVersion = form.path("version").isInt() ? form.path("version").asInt() : 0;
        if (!ItemChecks.FORM_KEY.matcher(parsed.formKey).matches() || parsed.formVersion < 1) {
            problems.add(new AnswerProblem("form", "bad-form", "form needs a key and a version of 1 or more"));
        }
        try {
            parsed.capturedAt = utc(item.path("capturedAt").asString(""));
        } catch (DateTimeParseException e) {
            problems.add(new AnswerProblem(
                    "capturedAt", "bad-time", "capturedAt must be a UTC time like 2026-11-22T14:05:00Z"));
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
            if (question.isBlank()
                    || question.length() > ItemChecks.MAX_QUESTION_ID
                    || !SHA256.matcher(sha).matches()
                    || !AttachmentService.MEDIA_TYPES.contains(type)
                    || size < 1
                    || size > AttachmentService.MAX_SIZE
                    || byQuestion.containsKey(question)) {
                problems.add(
                        new AnswerProblem(
                                "attachments",
                                "bad-attachment",
                                "Each attachment needs a questionId (once), a SHA-256, an accepted mediaType and a size up to 10 MB"));
                continue;
            }
            byQuestion.put(question, new DeclaredAttachment(question, sha, type, size));
        }
        parsed.attachments = List.copyOf(byQuestion.values());
        return parsed;
    }

    /**
     * A UTC time as clients send it ({@code 2026-11-22T14:05:00Z}, optionally with a fraction of a second), read
     * directly: {@link Instant#parse} costs more than the rest of an item's checks. Anything else goes to
     * {@link Instant#parse}, which accepts or refuses it as before.
     */
    public static OffsetDateTime utc(String text) {
        int n = text.length();
        if (n >= 20
                && n <= 30
                && text.charAt(n - 1) == 'Z'
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && text.charAt(10) == 'T'
                && text.charAt(13) == ':'
                && text.charAt(16) == ':'
                && (n == 20 || text.charAt(19) == '.' && n > 21)) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int fraction = n == 20 ? 0 : digits(text, 20, n - 1);
            if (Math.min(
                                    Math.min(Math.min(year, month), Math.min(day, hour)),
                                    Math.min(Math.min(minute, second), fraction))
                            >= 0
                    && second < 60) {
                try {
                    int nanos = fraction * (int) Math.pow(10, 9 - (n - 21));
                    return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, ZoneOffset.UTC);
                } catch (java.time.DateTimeException outOfRange) {
                    // e.g. 31 February: let Instant.parse give its own error
                }
            }
        }
        return Instant.parse(text).atOffset(ZoneOffset.UTC);
    }

    /** The number written in text[from, to) with digits only, or -1. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final class Parsed {
        String formKey = "";
        int formVersion;
        OffsetDateTime capturedAt;
        CaptureMode mode = CaptureMode.PERSONAL;
        List<DeclaredAttachment> attachments = List.of();
    }
}
