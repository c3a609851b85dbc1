package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.push.ConflictingCopyRepository;
import uk.gov.lbhf.withus.sync.push.QuarantinedItemRepository;
import uk.gov.lbhf.withus.sync.push.SubmissionRepository;

/**
 * Runs the conformance vectors of sync/vectors against the real HTTP API: the real security filter chain with a
 * real device token, the real transaction, the real database. Response bodies are matched against the vector and
 * validated against the JSON Schemas in sync/schemas.
 */
public final class SyncVectorRunner {

    static final Path SYNC = Path.of("sync");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9]+)}}");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    "https://withus.lbhf.gov.uk/sync/v1/",
                    SYNC.resolve("schemas").toAbsolutePath().toUri().toString())));
    private static final SchemaValidatorsConfig STRICT =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final MockMvc mvc;
    private final PeopleService people;
    private final DeviceService devices;
    private final SubmissionRepository submissions;
    private final ConflictingCopyRepository conflicts;
    private final QuarantinedItemRepository quarantine;
    private java.util.function.BiFunction<uk.gov.lbhf.withus.people.CurrentUser, String, String> givens =
            (user, name) -> {
                throw new IllegalArgumentException("No fixture for {{" + name + "}}");
            };

    /** Fills a vector's {@code given} placeholders (SPEC.md §8) from the demo data, for the vector's account. */
    SyncVectorRunner withGivens(
            java.util.function.BiFunction<uk.gov.lbhf.withus.people.CurrentUser, String, String> givens) {
        this.givens = givens;
        return this;
    }

    SyncVectorRunner(
            MockMvc mvc,
            PeopleService people,
            DeviceService devices,
            SubmissionRepository submissions,
            ConflictingCopyRepository conflicts,
            QuarantinedItemRepository quarantine) {
        this.mvc = mvc;
        this.people = people;
        this.devices = devices;
        this.submissions = submissions;
        this.conflicts = conflicts;
        this.quarantine = quarantine;
    }

    /** The vectors the server side runs. */
    static List<Path> serverVectors() {
        try (Stream<Path> files = Files.list(SYNC.resolve("vectors"))) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .sorted()
                    .filter(p -> read(p).path("sides").toString().contains("\"server\""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a message (a schema name as in sync/schemas, without .schema.json). */
    public static Set<ValidationMessage> validate(String schemaName, String json) throws java.io.IOException {
        return validate(schemaName, JSON.readTree(json));
    }

    static Set<ValidationMessage> validate(String schemaName, JsonNode node) {
        JsonSchema schema = SCHEMAS.getSchema(
                SchemaLocation.of("https://withus.lbhf.gov.uk/sync/v1/" + schemaName + ".schema.json"), STRICT);
        return schema.validate(node);
    }

    void run(Path file) throws Exception {
        JsonNode vector = read(file);
        assertThat(validate("vector", vector)).as("%s is a valid vector", file).isEmpty();
        String name = vector.path("name").asText();
        var user = people.findUser(vector.path("account").asText()).orElseThrow();
        UUID deviceId = UUID.randomUUID();
        String token =
                devices.register(user, deviceId, "Conformance vector " + name).token();
        Map<String, String> values = new HashMap<>();
        values.put("deviceId", deviceId.toString());
        vector.path("given").fieldNames().forEachRemaining(g -> values.put(g, givens.apply(user, g)));
        int stepNo = 0;
        for (JsonNode step : vector.path("steps")) {
            stepNo++;
            String where = name + " step " + stepNo;
            JsonNode request = substitute(step.path("request"), values);
            MockHttpServletResponse response = perform(request, token);
            JsonNode expected = step.path("response");
            String body = response.getContentAsString();
            assertThat(response.getStatus())
                    .as("%s: status (body %s)", where, body)
                    .isEqualTo(expected.path("status").asInt());
            JsonNode actual = body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            if (expected.has("schema")) {
                assertThat(validate(expected.path("schema").asText(), actual))
                        .as(
                                "%s: the response is a valid %s (%s)",
                                where, expected.path("schema").asText(), body)
                        .isEmpty();
            }
            if (expected.has("body")) {
                match(substitute(expected.path("body"), values), actual, where + ": body", body);
            }
            if (actual.has("cursor")) {
                values.put("cursor", actual.path("cursor").asText());
            }
            checkServer(step.path("server"), values, where);
        }
    }

    private MockHttpServletResponse perform(JsonNode request, String token) throws Exception {
        MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(
                HttpMethod.valueOf(request.path("method").asText()),
                request.path("path").asText());
        switch (request.path("auth").asText("device")) {
            case "device" -> builder.header("Authorization", "Bearer " + token);
            case "bogus" -> builder.header("Authorization", "Bearer not-a-token-anyone-was-given");
            case "none" -> {}
            default -> throw new IllegalArgumentException(request.path("auth").asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = request.path("headers").fields(); it.hasNext(); ) {
            var header = it.next();
            builder.header(header.getKey(), header.getValue().asText());
        }
        if (request.has("body")) {
            builder.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(request.path("body")));
        } else if (request.has("bodyText")) {
            builder.content(request.path("bodyText").asText());
        } else if (request.has("bodyBase64")) {
            builder.content(
                    Base64.getDecoder().decode(request.path("bodyBase64").asText()));
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    private void checkServer(JsonNode server, Map<String, String> values, String where) {
        server.path("submissions")
                .fields()
                .forEachRemaining(e -> assertThat(
                                submissions.existsById(UUID.fromString(values.get(e.getKey()))) ? 1 : 0)
                        .as("%s: submissions stored with id {{%s}}", where, e.getKey())
                        .isEqualTo(e.getValue().asInt()));
        server.path("conflicts")
                .fields()
                .forEachRemaining(e -> assertThat(conflicts.findAll().stream()
                                .filter(c -> c.getSubmissionId().toString().equals(values.get(e.getKey())))
                                .count())
                        .as("%s: conflicting copies of {{%s}}", where, e.getKey())
                        .isEqualTo(e.getValue().asLong()));
        server.path("quarantine")
                .fields()
                .forEachRemaining(e -> assertThat(quarantine.findAll().stream()
                                .filter(q -> values.get(e.getKey()).equals(q.getSubmissionId()))
                                .count())
                        .as("%s: quarantined items with id {{%s}}", where, e.getKey())
                        .isEqualTo(e.getValue().asLong()));
    }

    /** Expected objects: these keys with these values; arrays: same length, element by element; {{any}}: present. */
    static void match(JsonNode expected, JsonNode actual, String where, String body) {
        if (expected.isTextual() && expected.asText().equals("{{any}}")) {
            assertThat(actual).as("%s is present in %s", where, body).isNotNull();
            assertThat(actual.isMissingNode() || actual.isNull())
                    .as("%s is present in %s", where, body)
                    .isFalse();
            return;
        }
        if (expected.isObject()) {
            assertThat(actual != null && actual.isObject())
                    .as("%s is an object in %s", where, body)
                    .isTrue();
            expected.fields()
                    .forEachRemaining(
                            e -> match(e.getValue(), actual.path(e.getKey()), where + "." + e.getKey(), body));
            return;
        }
        if (expected.isArray()) {
            assertThat(actual.isArray() && actual.size() == expected.size())
                    .as("%s has %d elements in %s", where, expected.size(), body)
                    .isTrue();
            for (int i = 0; i < expected.size(); i++) {
                match(expected.get(i), actual.get(i), where + "[" + i + "]", body);
            }
            return;
        }
        assertThat(actual).as("%s in %s", where, body).isEqualTo(expected);
    }

    /** Replaces {{name}} with the vector's values; a new name gets a fresh UUID. {{any}} stays for matching. */
    static JsonNode substitute(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(node.asText());
            var out = new StringBuilder();
            while (m.find()) {
                String key = m.group(1);
                String value = key.equals("any")
                        ? "{{any}}"
                        : values.computeIfAbsent(key, k -> UUID.randomUUID().toString());
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return TextNode.valueOf(out.toString());
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), substitute(e.getValue(), values)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(substitute(item, values)));
            return copy;
        }
        return node;
    }
}
