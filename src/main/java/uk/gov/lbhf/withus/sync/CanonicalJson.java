package uk.gov.lbhf.withus.sync;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON with object keys sorted at every level, so equal content always has the same text and hash. */
final class CanonicalJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private CanonicalJson() {
    }

    static String write(JsonNode node) {
        return JSON.writeValueAsString(sorted(node));
    }

    static String hash(JsonNode node) {
        return Hashes.sha256(write(node));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>(node.propertyNames());
            names.sort(null);
            for (String name : names) {
                out.set(name, sorted(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }
}
