package uk.gov.lbhf.withus.sync.push;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lbhf.withus.sync.CanonicalJson;

/**
 * When two copies of a submission are the same (sync/SPEC.md, "Content identity"): the SHA-256 of the canonical JSON
 * of its fields as the protocol defines them, normalised – {@code capturedAt} as the instant it names (so
 * {@code …00.000Z} and {@code …00Z} are one time), {@code mode} {@code personal} when absent, attachments in order
 * of their question. A field the protocol does not define is not part of the identity; such an item is refused
 * whole and kept in quarantine ({@link #unknownFields}), so no field that arrives is ever dropped silently.
 */
public final class ContentIdentity {

    public static final Set<String> FIELDS = Set.of("id", "form", "capturedAt", "mode", "answers", "attachments");

    private ContentIdentity() {}

    /** The fields of an item that the protocol does not define (empty for a conforming item). */
    public static List<String> unknownFields(JsonNode item) {
        List<String> unknown = new ArrayList<>();
        if (item.isObject()) {
            item.propertyNames().forEach(name -> {
                if (!FIELDS.contains(name)) {
                    unknown.add(name);
                }
            });
        }
        return unknown;
    }

    /** The identity hash of an item (lower-case hex). */
    public static String of(JsonNode item) {
        if (!item.isObject()) {
            return CanonicalJson.hash(item);
        }
        ObjectNode identity = CanonicalJson.JSON.createObjectNode();
        for (String field : FIELDS) {
            if (item.has(field)) {
                identity.set(field, item.get(field));
            }
        }
        if (item.path("capturedAt").isString()) {
            try {
                identity.put(
                        "capturedAt",
                        ItemParser.utc(item.path("capturedAt").asString())
                                .toInstant()
                                .toString());
            } catch (java.time.DateTimeException notATime) {
                // kept as sent: the item is refused for it anyway
            }
        }
        if (!item.has("mode")) {
            identity.put("mode", "personal");
        }
        if (item.path("attachments").isArray()) {
            List<JsonNode> sorted = new ArrayList<>();
            item.path("attachments").forEach(sorted::add);
            sorted.sort(Comparator.comparing(a -> a.path("questionId").asString("")));
            ArrayNode ordered = identity.putArray("attachments");
            sorted.forEach(ordered::add);
        }
        return CanonicalJson.hash(identity);
    }
}
