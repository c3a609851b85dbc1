package uk.gov.lbhf.withus.sync.push;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import uk.gov.lbhf.withus.equality.EqualitySection;
import uk.gov.lbhf.withus.equality.EqualityService;
import uk.gov.lbhf.withus.feedback.AnswerProblem;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.CanonicalJson;
import uk.gov.lbhf.withus.sync.Hashes;
import uk.gov.lbhf.withus.sync.SyncException;
import uk.gov.lbhf.withus.sync.SyncLimits;
import uk.gov.lbhf.withus.sync.devices.DeviceService.AuthenticatedDevice;
import uk.gov.lbhf.withus.sync.push.Receipt.Status;

/**
 * Takes a pushed batch in one transaction and answers with a receipt per item (see sync/SPEC.md, "Push").
 * Nothing is dropped: an item that cannot be accepted is quarantined with its reason, a second version of a
 * submission is kept beside the first. Each item walks forward through the steps once: identify (its id and
 * content identity, {@link ContentIdentity}) → resolve replays ({@link Replays}) → parse ({@link ItemParser}) →
 * check against the form ({@link FormCheck}) → accept; what fails a step goes to {@link Quarantine}. The accepted
 * ones are written together at the end ({@link SubmissionInserts}); only the same id twice in one batch makes the
 * earlier one be written first, to learn whether it was the original.
 */
@Service
public class PushService {

    public static final int PROTOCOL = 1;
    public static final int MAX_ITEMS = 100;
    private static final java.util.regex.Pattern UUID_TEXT = Quarantine.UUID_TEXT;

    private final SubmissionRepository submissions;
    private final SubmissionInserts inserts;
    private final Replays replays;
    private final FormCheck formCheck;
    private final OwnedForms ownedForms;
    private final Quarantine quarantine;
    private final Receipts receipts;
    private final SyncLimits limits;
    private final Clock clock;
    private final EqualityService equality;

    PushService(
            SubmissionRepository submissions,
            SubmissionInserts inserts,
            Replays replays,
            FormCheck formCheck,
            OwnedForms ownedForms,
            Quarantine quarantine,
            Receipts receipts,
            SyncLimits limits,
            Clock clock,
            EqualityService equality) {
        this.submissions = submissions;
        this.inserts = inserts;
        this.replays = replays;
        this.formCheck = formCheck;
        this.ownedForms = ownedForms;
        this.quarantine = quarantine;
        this.receipts = receipts;
        this.limits = limits;
        this.clock = clock;
        this.equality = equality;
    }

    /**
     * Why an item could not be stored as answers to its form version (empty if it could). Used for the later copy
     * of a conflict before an officer may choose it.
     */
    public List<AnswerProblem> problemsOf(JsonNode item) {
        return formCheck.problemsOf(item);
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
        recordEquality(batch, skipped);
        batch.pending.removeAll(batch.accepted);
        ownedForms.passOn(batch.accepted, skipped); // in this transaction: accepted means recorded
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
            Receipt receipt = replays.replayed(
                    original, replay.getContentHash(), Hashes.sha256(content), content, device, user, now);
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
     * The equality answers of the submissions just written (not of those skipped as already stored: the first copy's
     * were counted), recorded apart from them in this transaction.
     */
    private void recordEquality(BatchContext batch, List<Submission> skipped) {
        if (batch.equality.isEmpty()) {
            return;
        }
        skipped.forEach(batch.equality::remove);
        List<EqualityService.Respondent> respondents = new ArrayList<>();
        for (Submission written : batch.accepted) {
            EqualityService.Respondent respondent = batch.equality.remove(written);
            if (respondent != null) {
                respondents.add(respondent);
            }
        }
        equality.record(respondents);
    }

    /** One batch's working state: submissions known (stored or accepted earlier in it), those not yet written. */
    private static final class BatchContext {
        final Map<UUID, Submission> existing = new HashMap<>();
        final List<Submission> accepted = new ArrayList<>();
        final java.util.Set<Submission> pending =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final Map<UUID, String> content = new HashMap<>();
        final List<Receipt> receipts = new ArrayList<>();
        /** The equality answers of accepted submissions not yet written, recorded apart once they are. */
        final Map<Submission, EqualityService.Respondent> equality = new java.util.IdentityHashMap<>();
    }

    private Receipt one(
            JsonNode sent, AuthenticatedDevice device, CurrentUser user, OffsetDateTime now, BatchContext batch) {
        // Equality answers are taken off the item first: they are no part of its identity, and nothing kept of the
        // item (the submission, a quarantined item, a conflict's copy) holds them (sync/SPEC.md, "Equality
        // information").
        JsonNode equalityAnswers = sent.isObject() ? sent.get("equality") : null;
        JsonNode item = sent;
        if (equalityAnswers != null) {
            item = sent.deepCopy();
            ((tools.jackson.databind.node.ObjectNode) item).remove("equality");
        }
        CanonicalJson.Written written = CanonicalJson.write(item, "answers");
        String content = written.text(); // stored whole, as it came
        String contentHash = ContentIdentity.of(item); // what makes two copies the same (sync/SPEC.md)
        String rawId = item.path("id").asString("");
        if (!UUID_TEXT.matcher(rawId).matches()) {
            return quarantine.reject(
                    ItemChecks.printable(rawId, 64),
                    device,
                    user,
                    now,
                    content,
                    contentHash,
                    List.of(new AnswerProblem("id", "bad-id", "Each item needs a UUID as its id")));
        }
        if (content.length() > ItemChecks.MAX_ITEM_CHARS) {
            return quarantine.reject(
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
            return replays.replayed(original, contentHash, Hashes.sha256(content), content, device, user, now);
        }
        List<AnswerProblem> problems = new ArrayList<>();
        for (String unknown : ContentIdentity.unknownFields(item)) {
            problems.add(new AnswerProblem(
                    ItemChecks.printable(unknown, 80),
                    "unknown-field",
                    "This server does not know this field, so the item is kept whole for an officer"));
        }
        ItemParser.Parsed parsed = ItemParser.parse(item, problems);
        if (parsed.capturedAt != null && !ItemChecks.plausible(parsed.capturedAt, now)) {
            problems.add(new AnswerProblem(
                    "capturedAt",
                    "bad-time",
                    "capturedAt must be a time between 2020 and now (the device's clock may be wrong)"));
        }
        if (!problems.isEmpty()) {
            return quarantine.reject(id, device, user, now, content, contentHash, problems);
        }
        Optional<FormSummary> form = formCheck.formVersion(parsed.formKey, parsed.formVersion);
        if (form.isEmpty()) {
            return quarantine.reject(
                    id, device, user, now, content, contentHash, List.of(FormCheck.unknownVersion(parsed)));
        }
        if (!formCheck.mayFillIn(form.get(), user)) {
            return quarantine.reject(
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
        problems.addAll(formCheck.answerProblems(form.get(), parsed, item, user));
        problems.addAll(formCheck.equalityProblems(form.get(), parsed, equalityAnswers));
        if (!problems.isEmpty()) {
            return quarantine.reject(id, device, user, now, content, contentHash, problems);
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
                formCheck.storedAnswers(parsed, item, written.member()),
                contentHash,
                parsed.attachments);
        batch.accepted.add(saved);
        batch.pending.add(saved);
        batch.content.put(saved.getId(), content);
        var equalityGiven = EqualitySection.answered(equalityAnswers);
        if (!equalityGiven.isEmpty()) {
            batch.equality.put(
                    saved,
                    new EqualityService.Respondent(
                            parsed.formKey,
                            parsed.formVersion,
                            parsed.mode.name().toLowerCase(java.util.Locale.ROOT),
                            java.time.YearMonth.from(parsed.capturedAt.atZoneSameInstant(clock.getZone())),
                            equalityGiven));
        }
        batch.existing.put(saved.getId(), saved); // the same id later in this batch is a duplicate or conflict
        return receipts.of(saved, Status.accepted);
    }
}
