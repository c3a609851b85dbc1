package uk.gov.lbhf.withus.sync;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON with object keys sorted at every level, so equal content always has the same text and hash. Written
 * straight from the tree (sync ingest writes every pushed item this way), with Jackson's own generator, so the
 * text is exactly what Jackson writes for a sorted copy of the tree.
 */
public final class CanonicalJson {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private CanonicalJson() {}

    /** The canonical text of an object and, separately, that of one of its top-level members (null if absent). */
    public record Written(String text, String member) {}

    public static String write(JsonNode node) {
        return write(node, null).text();
    }

    public static String hash(JsonNode node) {
        return Hashes.sha256(write(node));
    }

    /** Writes a node once; the text of its top-level member {@code member} is written first and reused. */
    public static Written write(JsonNode node, String member) {
        StringWriter out = new StringWriter(512);
        String memberText = null;
        try (JsonGenerator g = JSON.createGenerator(out)) {
            if (member != null && node.isObject() && node.has(member)) {
                memberText = write(node.get(member));
                g.writeStartObject();
                for (String name : sortedNames(node)) {
                    g.writeName(name);
                    if (name.equals(member)) {
                        g.writeRawValue(memberText);
                    } else {
                        writeSorted(g, node.get(name));
                    }
                }
                g.writeEndObject();
            } else {
                writeSorted(g, node);
            }
        }
        return new Written(out.toString(), memberText);
    }

    private static List<String> sortedNames(JsonNode object) {
        List<String> names = new ArrayList<>(object.propertyNames());
        names.sort(null);
        return names;
    }

    private static void writeSorted(JsonGenerator g, JsonNode node) {
        if (node.isObject()) {
            g.writeStartObject();
            for (String name : sortedNames(node)) {
                g.writeName(name);
                writeSorted(g, node.get(name));
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode item : node) {
                writeSorted(g, item);
            }
            g.writeEndArray();
        } else {
            writeScalar(g, node);
        }
    }

    private static void writeScalar(JsonGenerator g, JsonNode node) {
        if (node.isString()) {
            g.writeString(node.asString());
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else if (node.isNull()) {
            g.writeNull();
        } else if (node.isInt()) {
            g.writeNumber(node.intValue());
        } else if (node.isLong()) {
            g.writeNumber(node.longValue());
        } else if (node.isDouble()) {
            g.writeNumber(node.doubleValue());
        } else if (node.isBigDecimal()) {
            g.writeNumber(node.decimalValue());
        } else if (node.isBigInteger()) {
            g.writeNumber(node.bigIntegerValue());
        } else {
            JSON.writeTree(g, node); // anything else (float, short, binary): as Jackson writes it
        }
    }
}
