package uk.gov.lbhf.withus.sync.pull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.CanonicalJson;
import uk.gov.lbhf.withus.sync.Hashes;
import uk.gov.lbhf.withus.sync.OfflineItems;
import uk.gov.lbhf.withus.sync.SyncException;
import uk.gov.lbhf.withus.sync.push.ConflictDecision;
import uk.gov.lbhf.withus.sync.push.ConflictingCopy;
import uk.gov.lbhf.withus.sync.push.ConflictingCopyRepository;
import uk.gov.lbhf.withus.sync.push.PushService;

/**
 * What a device may keep offline: the latest forms its person may fill in, their groups, upcoming meetings and
 * materials, and which copy counts of any of their submissions that arrived twice with different answers once an
 * officer has decided (for 90 days after the decision). Served as a paged snapshot: the server-owned cursor
 * remembers the state checksum and the last item sent; when the state changes mid-way, or later, the device is told
 * to start again (see sync/SPEC.md, "Pull").
 */
@Service
@Transactional(readOnly = true)
public class PullService {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** How long a device is told of an officer's decision on a conflict (a device keeps receipts about as long). */
    public static final Duration DECISIONS_KEPT = Duration.ofDays(90);

    private final FeedbackFormService forms;
    private final List<OfflineItems> features;
    private final ConflictingCopyRepository conflicts;
    private final Clock clock;

    public PullService(
            FeedbackFormService forms, List<OfflineItems> features, ConflictingCopyRepository conflicts, Clock clock) {
        this.forms = forms;
        this.features = features;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    public ObjectNode pull(CurrentUser user, String cursorText, Integer limitAsked) {
        int limit = limitAsked == null ? DEFAULT_LIMIT : limitAsked;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new SyncException(HttpStatus.BAD_REQUEST, "bad-limit", "limit must be 1 to " + MAX_LIMIT);
        }
        Cursor cursor = cursorText == null || cursorText.isBlank() ? null : Cursor.decode(cursorText);
        List<Item> state = state(user);
        String checksum = checksum(state);
        ObjectNode page = NODES.objectNode();
        page.put("protocol", PushService.PROTOCOL);
        page.put("checksum", checksum);
        ArrayNode changes = page.putArray("changes");
        if (cursor != null && cursor.after == null && cursor.state.equals(checksum)) {
            page.put("reset", false);
            page.put("hasMore", false);
            page.put("cursor", new Cursor(checksum, null).encode());
            return page;
        }
        boolean restart = cursor == null || !cursor.state.equals(checksum);
        String after = restart ? null : cursor.after;
        List<Item> rest = state.stream()
                .filter(i -> after == null || i.sortKey().compareTo(after) > 0)
                .toList();
        List<Item> sent = rest.subList(0, Math.min(limit, rest.size()));
        for (Item item : sent) {
            ObjectNode change = changes.addObject();
            change.put("kind", item.kind);
            change.put("key", item.key);
            change.put("etag", item.etag);
            change.set("data", item.data);
        }
        boolean hasMore = rest.size() > sent.size();
        page.put("reset", restart);
        page.put("hasMore", hasMore);
        page.put("cursor", new Cursor(checksum, hasMore ? sent.getLast().sortKey() : null).encode());
        return page;
    }

    /** The checksum a client computes over what it holds: SHA-256 of "kind/key/etag\n" lines in sorted order. */
    public static String checksum(List<Item> items) {
        var text = new StringBuilder();
        items.stream()
                .sorted(Comparator.comparing(Item::sortKey))
                .forEach(i -> text.append(i.kind)
                        .append('/')
                        .append(i.key)
                        .append('/')
                        .append(i.etag)
                        .append('\n'));
        return Hashes.sha256(text.toString());
    }

    private List<Item> state(CurrentUser user) {
        List<Item> items = new ArrayList<>();
        for (FormSummary form : forms.latestFormsFor(user)) {
            ObjectNode data = NODES.objectNode();
            data.put("key", form.formKey());
            data.put("version", form.version());
            data.put("title", form.title());
            data.put("description", form.description());
            data.set("definition", CanonicalJson.JSON.readTree(form.definition()));
            items.add(Item.of("form", form.formKey(), data));
        }
        for (OfflineItems feature : features) { // groups, meetings, materials: their features say what
            feature.offlineItemsFor(user).forEach(i -> items.add(Item.of(i.kind(), i.key(), i.data())));
        }
        // One per submission (a third copy could be decided too): the latest decision is what counts.
        Map<UUID, ConflictingCopy> latest = new TreeMap<>();
        for (ConflictingCopy decided : conflicts.findByPersonIdAndDecisionIsNotNullAndDecidedAtAfter(
                user.personId(), OffsetDateTime.now(clock).minus(DECISIONS_KEPT))) {
            latest.merge(
                    decided.getSubmissionId(),
                    decided,
                    (a, b) -> a.getDecidedAt().isAfter(b.getDecidedAt()) ? a : b);
        }
        for (ConflictingCopy decided : latest.values()) {
            ObjectNode data = NODES.objectNode();
            data.put("submissionId", decided.getSubmissionId().toString());
            data.put("counts", decided.getDecision() == ConflictDecision.USE_LATER ? "later" : "first");
            data.put("decidedAt", decided.getDecidedAt().toInstant().toString());
            items.add(Item.of("decision", decided.getSubmissionId().toString(), data));
        }
        items.sort(Comparator.comparing(Item::sortKey));
        return items;
    }

    public record Item(String kind, String key, String etag, JsonNode data) {
        static Item of(String kind, String key, JsonNode data) {
            return new Item(kind, key, CanonicalJson.hash(data), data);
        }

        String sortKey() {
            return kind + "/" + key;
        }
    }

    /** Opaque to clients: the state checksum the snapshot is of, and the last item sent (null when complete). */
    public record Cursor(String state, String after) {

        String encode() {
            ObjectNode node = NODES.objectNode();
            node.put("v", 1);
            node.put("state", state);
            if (after != null) {
                node.put("after", after);
            }
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                JsonNode node = CanonicalJson.JSON.readTree(
                        new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8));
                String state = node.path("state").asString("");
                if (node.path("v").asInt() != 1 || !state.matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException("bad cursor");
                }
                String after =
                        node.path("after").isString() ? node.path("after").asString() : null;
                return new Cursor(state, after);
            } catch (IllegalArgumentException | JacksonException e) {
                throw new SyncException(
                        HttpStatus.BAD_REQUEST,
                        "bad-cursor",
                        "The cursor is not one this server gave out; pull again without a cursor",
                        Map.of());
            }
        }
    }
}
