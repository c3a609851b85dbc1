package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical text decides whether a replay is a duplicate or a conflict, and stored hashes were made with the
 * first way of writing it (a sorted copy of the tree written by Jackson), so the streaming writer must give exactly
 * the same text for every kind of content a device can send.
 */
class CanonicalJsonTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper DECIMALS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void writes_the_same_text_as_a_sorted_copy_written_by_jackson() {
        List<String> samples = List.of(
                "{\"b\":1,\"a\":{\"z\":[3,{\"y\":true,\"x\":null}],\"c\":\"é ✓ 🙂\"}}",
                "{\"answers\":{\"comment\":\"line one\\nline two\\t\\\"quoted\\\" back\\\\slash \\u0001 \\u007f </script>\","
                        + "\"rating\":\"poor\"},\"id\":\"3F2504E0-4F89-11D3-9A0C-0305E82C3301\",\"aardvark\":[]}",
                "{\"n\":[0,-1,2147483648,9223372036854775807,92233720368547758070,1.5,-0.0,1e300,1.0E-7,3.14159265358979]}",
                "[{\"b\":{},\"a\":[]},\"text\",12,false]",
                "\"just a string\"",
                "{\"\":\"empty name\",\"A\":\"capital sorts before small\",\"a\":\"small\",\"ä\":\"after z\"}");
        for (String sample : samples) {
            for (JsonMapper mapper : List.of(PLAIN, DECIMALS)) {
                JsonNode node = mapper.readTree(sample);
                assertThat(CanonicalJson.write(node)).as(sample).isEqualTo(reference(node));
            }
        }
        Random random = new Random(20261123);
        for (int i = 0; i < 500; i++) {
            JsonNode node = randomObject(random, 3);
            assertThat(CanonicalJson.write(node)).isEqualTo(reference(node));
        }
    }

    @Test
    void the_answers_are_cut_from_the_same_text_and_equal_their_own_canonical_text() {
        JsonNode item = PLAIN.readTree("{\"mode\":\"personal\",\"answers\":{\"rating\":\"good\",\"comment\":\"Lift "
                + "fixed\",\"list\":[2,1]},\"aaa\":1,\"id\":\"x\"}");
        CanonicalJson.Written written = CanonicalJson.write(item, "answers");
        assertThat(written.text()).isEqualTo(reference(item));
        assertThat(written.member())
                .isEqualTo(reference(item.get("answers")))
                .isEqualTo("{\"comment\":\"Lift fixed\",\"list\":[2,1],\"rating\":\"good\"}");
        assertThat(CanonicalJson.write(PLAIN.readTree("{\"id\":\"x\"}"), "answers")
                        .member())
                .isNull();
        assertThat(CanonicalJson.write(PLAIN.readTree("[1]"), "answers").member())
                .isNull();
    }

    /** The first way: a sorted copy of the tree, written by Jackson. */
    private static String reference(JsonNode node) {
        return PLAIN.writeValueAsString(sortedCopy(node));
    }

    private static JsonNode sortedCopy(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>(node.propertyNames());
            names.sort(null);
            names.forEach(name -> out.set(name, sortedCopy(node.get(name))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(sortedCopy(item)));
            return out;
        }
        return node;
    }

    private static JsonNode randomObject(Random random, int depth) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
            object.set(randomText(random, 6), randomValue(random, depth - 1));
        }
        return object;
    }

    private static JsonNode randomValue(Random random, int depth) {
        var nodes = JsonNodeFactory.instance;
        switch (random.nextInt(depth > 0 ? 9 : 7)) {
            case 0:
                return nodes.stringNode(randomText(random, 30));
            case 1:
                return nodes.numberNode(random.nextInt());
            case 2:
                return nodes.numberNode(random.nextLong());
            case 3:
                return nodes.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 4:
                return nodes.numberNode(new java.math.BigDecimal(random.nextLong()).movePointLeft(random.nextInt(12)));
            case 5:
                return nodes.booleanNode(random.nextBoolean());
            case 6:
                return nodes.nullNode();
            case 7: {
                ArrayNode array = nodes.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth - 1));
                }
                return array;
            }
            default:
                return randomObject(random, depth - 1);
        }
    }

    private static String randomText(Random random, int max) {
        String alphabet = "aAzZ09 _-\"\\/\n\t\u0000\u001f\u007fé✓🙂<>&'";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            text.appendCodePoint(alphabet.codePointAt(
                    alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return text.toString();
    }
}
