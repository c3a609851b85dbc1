package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;

/**
 * The sync API under hostile input, over real HTTP (embedded Tomcat, the security chains, the container's error
 * page): 10,000 requests made from valid pushes by seeded mutations, plus every case of issue 11 by name. Every
 * answer must be below 500; every refusal problem+json with a {@code code}; a refused batch writes no row; the
 * server still answers a ping at the end. The seed is fixed, so a failure is the same on every machine.
 */
abstract class SyncApiFuzzContract {

    static final int GENERATED = 10_000;
    private static final long SEED = 20261201L;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private UUID leonDevice;
    private String leonToken;
    private UUID priyaDevice;
    private String priyaToken;

    @BeforeEach
    void registerDevices() {
        leonDevice = UUID.randomUUID();
        leonToken = devices.register(people.findUser("leon").orElseThrow(), leonDevice, "Fuzz")
                .token();
        priyaDevice = UUID.randomUUID(); // an officer: may send the leaseholder form too, so only the id is wrong
        priyaToken = devices.register(people.findUser("priya").orElseThrow(), priyaDevice, "Fuzz")
                .token();
    }

    @Test
    void ten_thousand_mutated_requests_get_no_5xx_and_every_refusal_is_a_problem_with_a_code() throws Exception {
        Random random = new Random(SEED);
        int refusedBatches = 0;
        for (int i = 0; i < GENERATED; i++) {
            Request request = mutated(random);
            long rowsBefore = rows();
            Answer answer;
            try {
                answer = send(request);
            } catch (java.io.IOException e) {
                throw new AssertionError("request " + i + " (" + request.label + ") got no proper answer", e);
            }
            assertAnswer(request, answer);
            if (answer.status >= 400 && request.path.endsWith("/push")) {
                refusedBatches++;
                assertThat(rows())
                        .as("rows after a refused batch (%s)", request.label)
                        .isEqualTo(rowsBefore);
            }
        }
        assertThat(refusedBatches).as("the mutations reach the batch checks").isGreaterThan(GENERATED / 10);
        assertThat(send(get("/api/sync/v1/ping", leonToken, "ping")).status).isEqualTo(200);
    }

    @Test
    void every_named_case_of_issue_11_gets_a_clear_4xx_or_a_quarantined_item() throws Exception {
        // an item far longer than a column (3.9 MB in one push): quarantined whole, never a 5xx
        ObjectNode big = valid(1);
        item(big).withObject("answers").put("comment", "x".repeat(3_900_000));
        Answer bigAnswer = send(push(big, leonToken, "3.9 MB item"));
        assertThat(bigAnswer.status).isEqualTo(200);
        assertThat(receipt(bigAnswer, 0).path("status").asString()).isEqualTo("rejected");
        assertThat(receipt(bigAnswer, 0).path("problems").get(0).path("code").asString())
                .isEqualTo("item-too-large");

        // a radios answer of 2,100 characters: its problem is quarantined with a reason that fits
        ObjectNode longRadio = valid(1);
        item(longRadio).withObject("answers").put("service", "R".repeat(2_100));
        Answer longRadioAnswer = send(push(longRadio, leonToken, "2100-char radios answer"));
        assertThat(longRadioAnswer.status).isEqualTo(200);
        assertThat(receipt(longRadioAnswer, 0).path("status").asString()).isEqualTo("rejected");

        // an attachment questionId over 80 characters
        ObjectNode longQuestion = valid(1);
        item(longQuestion)
                .putArray("attachments")
                .addObject()
                .put("questionId", "q".repeat(81))
                .put("sha256", "a".repeat(64))
                .put("mediaType", "image/jpeg")
                .put("size", 10);
        assertThat(receipt(send(push(longQuestion, leonToken, "long questionId")), 0)
                        .path("status")
                        .asString())
                .isEqualTo("rejected");

        // Content-Range numbers beyond 64 bits
        Answer range = send(new Request(
                "PUT",
                "/api/sync/v1/attachments/" + "b".repeat(64),
                leonToken,
                "image/jpeg",
                new byte[] {1, 2, 3},
                Map.of("Content-Range", "bytes 0-99999999999999999999999/99999999999999999999999"),
                "huge Content-Range"));
        assertProblem(range, 400, "bad-content-range");

        // a multipart upload, to push and to attachments
        byte[] multipart = "--x\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nhello\r\n--x--\r\n"
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(send(new Request(
                "POST",
                "/api/sync/v1/push",
                leonToken,
                "multipart/form-data; boundary=x",
                multipart,
                Map.of(),
                "multipart push")));
        assertRefused(send(new Request(
                "PUT",
                "/api/sync/v1/attachments/" + "c".repeat(64),
                leonToken,
                "multipart/form-data; boundary=x",
                multipart,
                Map.of("Content-Range", "bytes 0-49/50"),
                "multipart attachment")));

        // a cursor with bad %-encoding (raw HTTP: no client library sends it)
        Answer badCursor = raw("GET /api/sync/v1/pull?cursor=%zz%E0%A4%A HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + leonToken + "\r\nConnection: close\r\n\r\n");
        assertRefused(badCursor);

        // unknown paths and framework refusals
        assertProblem(send(get("/api/sync/v1/nothing-here", leonToken, "unknown path")), 404, "not-found");
        assertProblem(send(get("/api/sync/v2/push", leonToken, "unknown version")), 404, "not-found");
        assertProblem(
                send(new Request("DELETE", "/api/sync/v1/push", leonToken, null, null, Map.of(), "DELETE")),
                405,
                "method-not-allowed");
        assertProblem(
                send(new Request(
                        "POST",
                        "/api/sync/v1/push",
                        leonToken,
                        "text/plain",
                        "{}".getBytes(StandardCharsets.UTF_8),
                        Map.of(),
                        "text/plain")),
                415,
                "unsupported-media-type");
        assertProblem(
                send(new Request(
                        "GET",
                        "/api/sync/v1/ping",
                        leonToken,
                        null,
                        null,
                        Map.of("Accept", "text/html"),
                        "Accept html")),
                406,
                "not-acceptable");
        assertProblem(
                send(new Request(
                        "POST",
                        "/api/sync/v1/push",
                        leonToken,
                        "application/json",
                        "{\"protocol\":1,".getBytes(StandardCharsets.UTF_8),
                        Map.of(),
                        "malformed")),
                400,
                "malformed-json");
        assertProblem(
                send(new Request(
                        "POST",
                        "/api/sync/v1/push",
                        leonToken,
                        "application/json",
                        ("{\"protocol\":1,\"protocol\":1,\"deviceId\":\"" + leonDevice + "\",\"submissions\":[]}")
                                .getBytes(StandardCharsets.UTF_8),
                        Map.of(),
                        "duplicate key")),
                400,
                "malformed-json");

        // "protocol":"1" is not protocol 1
        ObjectNode textProtocol = valid(1);
        textProtocol.put("protocol", "1");
        assertProblem(send(push(textProtocol, leonToken, "protocol as text")), 400, "unsupported-protocol");

        // years 0000, 9999, +10000 and NUL characters are refused per item (quarantined, kept)
        for (String when : List.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z")) {
            ObjectNode odd = valid(1);
            item(odd).put("capturedAt", when);
            Answer answer = send(push(odd, leonToken, "year " + when));
            assertThat(answer.status).isEqualTo(200);
            assertThat(receipt(answer, 0).path("problems").get(0).path("code").asString())
                    .isEqualTo("bad-time");
        }
        ObjectNode nul = valid(1);
        item(nul).withObject("answers").put("comment", "before\u0000after");
        item(nul).withObject("form").put("key", "leaseholder\u0000service");
        Answer nulAnswer = send(push(nul, leonToken, "NUL"));
        assertThat(nulAnswer.status).isEqualTo(200);
        assertThat(receipt(nulAnswer, 0).path("problems").get(0).path("code").asString())
                .isEqualTo("bad-character");

        // the 4 MB limit holds for a chunked body with no Content-Length
        assertProblem(
                send(new Request(
                                "POST",
                                "/api/sync/v1/push",
                                leonToken,
                                "application/json",
                                null,
                                Map.of(),
                                "chunked 6 MB")
                        .streaming(6 * 1024 * 1024)),
                413,
                "batch-too-large");
        assertThat(send(get("/api/sync/v1/ping", leonToken, "ping")).status).isEqualTo(200);
    }

    @Test
    void a_replay_from_another_account_is_refused_and_plants_nothing() throws Exception {
        ObjectNode leons = valid(1);
        String id = item(leons).path("id").asString();
        assertThat(receipt(send(push(leons, leonToken, "leon's")), 0)
                        .path("status")
                        .asString())
                .isEqualTo("accepted");

        ObjectNode same = valid(1);
        item(same).setAll((ObjectNode) item(leons).deepCopy());
        same.put("deviceId", priyaDevice.toString());
        ObjectNode different = same.deepCopy();
        item(different).withObject("answers").put("comment", "planted by someone else");
        for (ObjectNode attempt : List.of(same, different)) {
            JsonNode receipt = receipt(send(push(attempt, priyaToken, "priya replays leon's id")), 0);
            assertThat(receipt.path("status").asString()).isEqualTo("rejected");
            assertThat(receipt.path("problems").get(0).path("code").asString()).isEqualTo("id-not-allowed");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from sync_conflict where submission_id = ?", Long.class, UUID.fromString(id)))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select person_id from sync_submission where id = ?", Long.class, UUID.fromString(id)))
                .isEqualTo(people.findUser("leon").orElseThrow().personId());
    }

    @Test
    void concurrent_pushes_of_the_same_new_id_store_one_copy_and_never_fail() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                ObjectNode body = valid(1);
                String id = item(body).path("id").asString();
                List<Callable<Answer>> calls = Collections.nCopies(4, () -> send(push(body, leonToken, "race")));
                List<String> statuses = new ArrayList<>();
                for (Future<Answer> f : pool.invokeAll(calls)) {
                    Answer answer = f.get();
                    assertThat(answer.status).as("a concurrent push of one id").isIn(200, 409);
                    if (answer.status == 409) {
                        assertProblem(answer, 409, "concurrent-update");
                    } else {
                        statuses.add(receipt(answer, 0).path("status").asString());
                    }
                }
                assertThat(statuses).isSubsetOf("accepted", "duplicate");
                assertThat(statuses.stream().filter("accepted"::equals).count()).isLessThanOrEqualTo(1);
                assertThat(jdbc.queryForObject(
                                "select count(*) from sync_submission where id = ?", Long.class, UUID.fromString(id)))
                        .isOne();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- generated requests ------------------------------------------------------------------------------------

    private Request mutated(Random random) {
        int kind = random.nextInt(100);
        if (kind < 8) {
            return headerMutation(random);
        }
        ObjectNode body = valid(1 + random.nextInt(4));
        int mutations = 1 + random.nextInt(3);
        StringBuilder label = new StringBuilder();
        for (int m = 0; m < mutations; m++) {
            label.append(mutate(body, random)).append(' ');
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        if (random.nextInt(20) == 0) {
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)); // cut short
            label.append("truncated");
        } else if (random.nextInt(20) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // a byte changed
            label.append("byte flipped");
        }
        return new Request(
                "POST", "/api/sync/v1/push", leonToken, "application/json", bytes, Map.of(), label.toString());
    }

    private Request headerMutation(Random random) {
        byte[] body = JSON.writeValueAsBytes(valid(1));
        return switch (random.nextInt(8)) {
            case 0 -> new Request("POST", "/api/sync/v1/push", null, "application/json", body, Map.of(), "no token");
            case 1 ->
                new Request(
                        "POST",
                        "/api/sync/v1/push",
                        "not-a-token-" + random.nextInt(),
                        "application/json",
                        body,
                        Map.of(),
                        "bad token");
            case 2 -> new Request("POST", "/api/sync/v1/push", leonToken, "application/xml", body, Map.of(), "xml");
            case 3 -> new Request("PUT", "/api/sync/v1/push", leonToken, "application/json", body, Map.of(), "PUT");
            case 4 ->
                get(
                        "/api/sync/v1/pull?cursor=" + randomText(random, 40).replaceAll("[^A-Za-z0-9]", "") + "&limit="
                                + (random.nextInt(500) - 100),
                        leonToken,
                        "pull with junk cursor");
            case 5 ->
                get(
                        "/api/sync/v1/attachments/" + randomText(random, 64).replaceAll("[^a-z0-9]", "a"),
                        leonToken,
                        "attachment status");
            case 6 ->
                new Request(
                        "PUT",
                        "/api/sync/v1/attachments/" + "d".repeat(64),
                        leonToken,
                        "image/jpeg",
                        new byte[1 + random.nextInt(100)],
                        Map.of(
                                "Content-Range",
                                "bytes " + random.nextInt(200) + "-" + random.nextInt(200) + "/"
                                        + (random.nextInt(300) - 50)),
                        "attachment chunk");
            default -> get("/api/sync/v1/" + randomText(random, 12).replaceAll("[^a-z]", "x"), leonToken, "unknown");
        };
    }

    /** Changes one part of a push: a field removed, replaced by a hostile value, or added. */
    private String mutate(ObjectNode body, Random random) {
        if (!body.path("submissions").isArray() || body.path("submissions").isEmpty()) {
            body.set(pick(random, "protocol", "deviceId", randomText(random, 6)), hostile(random));
            return "top level";
        }
        ArrayNode items = (ArrayNode) body.get("submissions");
        if (!(items.get(random.nextInt(items.size())) instanceof ObjectNode item)) {
            items.set(0, hostile(random));
            return "item";
        }
        return switch (random.nextInt(16)) {
            case 0 -> {
                body.set("protocol", hostile(random));
                yield "protocol";
            }
            case 1 -> {
                body.set("deviceId", hostile(random));
                yield "deviceId";
            }
            case 2 -> {
                body.set("submissions", hostile(random));
                yield "submissions";
            }
            case 3 -> {
                item.set("id", hostile(random));
                yield "id";
            }
            case 4 -> {
                form(item).set("key", hostile(random));
                yield "form.key";
            }
            case 5 -> {
                form(item).set("version", hostile(random));
                yield "form.version";
            }
            case 6 -> {
                item.set("capturedAt", hostile(random));
                yield "capturedAt";
            }
            case 7 -> {
                item.set("mode", hostile(random));
                yield "mode";
            }
            case 8 -> {
                answers(item)
                        .set(
                                pick(
                                        random,
                                        "service",
                                        "rating",
                                        "comment",
                                        "contactConsent",
                                        "photo",
                                        randomText(random, 5)),
                                hostile(random));
                yield "answer";
            }
            case 9 -> {
                item.set("answers", hostile(random));
                yield "answers";
            }
            case 10 -> {
                item.set("attachments", attachments(random));
                yield "attachments";
            }
            case 11 -> {
                item.remove(pick(random, "id", "form", "capturedAt", "mode", "answers"));
                yield "removed";
            }
            case 12 -> {
                item.set(randomText(random, 8), hostile(random));
                yield "unknown field";
            }
            case 13 -> { // the id of a submission already stored (replayed, maybe changed)
                item.set("id", items.get(0).path("id"));
                yield "same id twice";
            }
            case 14 -> {
                for (int i = 0; i < 100; i++) {
                    items.add(items.get(0).deepCopy());
                }
                yield "101+ items";
            }
            default -> {
                items.removeAll();
                yield "no items";
            }
        };
    }

    private static ObjectNode form(ObjectNode item) {
        if (!item.path("form").isObject()) {
            item.putObject("form");
        }
        return (ObjectNode) item.get("form");
    }

    private static ObjectNode answers(ObjectNode item) {
        if (!item.path("answers").isObject()) {
            item.putObject("answers");
        }
        return (ObjectNode) item.get("answers");
    }

    private JsonNode hostile(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.stringNode("");
            case 2 -> NODES.stringNode("x".repeat(2_000 + random.nextInt(random.nextInt(10) == 0 ? 100_000 : 5_000)));
            case 3 -> NODES.stringNode("nul\u0000inside");
            case 4 -> NODES.stringNode("\ud800 half a pair");
            case 5 -> NODES.numberNode(Long.MAX_VALUE);
            case 6 -> NODES.numberNode(new java.math.BigInteger("9".repeat(60)));
            case 7 -> NODES.numberNode(-1.5e300);
            case 8 -> NODES.booleanNode(random.nextBoolean());
            case 9 -> NODES.arrayNode().add(1).add("two");
            case 10 -> NODES.objectNode().put("nested", "object");
            case 11 ->
                NODES.stringNode(pick(
                        random,
                        "0000-01-01T00:00:00Z",
                        "9999-12-31T23:59:59.999999999Z",
                        "+10000-01-01T00:00:00Z",
                        "2026-02-31T10:00:00Z",
                        "2026-11-22T14:05:00.000Z",
                        "1"));
            case 12 -> NODES.stringNode(UUID.randomUUID().toString().toUpperCase());
            default -> NODES.stringNode(randomText(random, 1 + random.nextInt(300)));
        };
    }

    private JsonNode attachments(Random random) {
        ArrayNode list = NODES.arrayNode();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            list.addObject()
                    .put("questionId", random.nextBoolean() ? "photo" : "q".repeat(random.nextInt(200)))
                    .put("sha256", random.nextBoolean() ? "e".repeat(64) : randomText(random, 64))
                    .put("mediaType", pick(random, "image/jpeg", "text/html", "audio/ogg", ""))
                    .put("size", random.nextInt(3) == 0 ? Long.MAX_VALUE : random.nextInt(20_000_000) - 10);
        }
        return random.nextInt(5) == 0 ? hostile(random) : list;
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.append(
                    kind < 6
                            ? (char) ('a' + random.nextInt(26))
                            : kind < 8 ? (char) random.nextInt(0x80) : (char) (0x600 + random.nextInt(0x100)));
        }
        return text.toString();
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    /** A valid push of leon's: answers to the leaseholder form, each with a fresh id. */
    private ObjectNode valid(int count) {
        ObjectNode body = NODES.objectNode().put("protocol", 1).put("deviceId", leonDevice.toString());
        ArrayNode items = body.putArray("submissions");
        for (int i = 0; i < count; i++) {
            ObjectNode item = items.addObject()
                    .put("id", UUID.randomUUID().toString())
                    .put("capturedAt", Instant.now().minusSeconds(60).toString().replaceAll("\\.\\d+Z", "Z"))
                    .put("mode", "personal");
            item.putObject("form").put("key", "leaseholder-service").put("version", 1);
            item.putObject("answers")
                    .put("service", "repairs")
                    .put("rating", "poor")
                    .put("comment", "The lift was out for nine days.")
                    .put("contactConsent", "yes");
        }
        return body;
    }

    private static ObjectNode item(ObjectNode body) {
        return (ObjectNode) body.withArray("submissions").get(0);
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------------

    record Request(
            String method,
            String path,
            String token,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            String label,
            long streamBytes) {
        Request(
                String method,
                String path,
                String token,
                String contentType,
                byte[] body,
                Map<String, String> headers,
                String label) {
            this(method, path, token, contentType, body, headers, label, 0);
        }

        Request streaming(long bytes) {
            return new Request(method, path, token, contentType, body, headers, label, bytes);
        }
    }

    record Answer(int status, String contentType, String body) {}

    private Request push(ObjectNode body, String token, String label) {
        return new Request(
                "POST", "/api/sync/v1/push", token, "application/json", JSON.writeValueAsBytes(body), Map.of(), label);
    }

    private static Request get(String path, String token, String label) {
        return new Request("GET", path, token, null, null, Map.of(), label);
    }

    private Answer send(Request r) throws Exception {
        HttpRequest.BodyPublisher body;
        if (r.streamBytes > 0) {
            // no Content-Length: Transfer-Encoding chunked, an endless JSON string
            InputStream start = new ByteArrayInputStream(("{\"protocol\":1,\"x\":\"").getBytes(StandardCharsets.UTF_8));
            InputStream rest = new InputStream() {
                long left = r.streamBytes;

                @Override
                public int read() {
                    return left-- > 0 ? 'a' : -1;
                }
            };
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(start, rest));
        } else {
            body = r.body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(r.body);
        }
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + r.path))
                .timeout(Duration.ofSeconds(30))
                .method(r.method, body);
        if (r.token != null) {
            builder.header("Authorization", "Bearer " + r.token);
        }
        if (r.contentType != null) {
            builder.header("Content-Type", r.contentType);
        }
        r.headers.forEach(builder::header);
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException closed) {
            if (r.streamBytes > 0) {
                // the server answered and closed while the client was still sending: read what it said
                return rawStreaming(r);
            }
            throw closed;
        }
    }

    /** Sends a request as written, for what no HTTP client library sends (a query that cannot be decoded). */
    private Answer raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A chunked body sent by hand: keeps sending until the server answers or closes, then reads the answer. */
    private Answer rawStreaming(Request r) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((r.method + " " + r.path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + r.token
                            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try {
                for (long sent = 0; sent < r.streamBytes; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (java.io.IOException closedByServer) {
                // expected: the server stopped reading at the limit
            }
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Answer parse(String response) {
        int status = Integer.parseInt(response.substring(9, 12));
        String contentType = response.lines()
                .filter(l -> l.toLowerCase().startsWith("content-type:"))
                .findFirst()
                .map(l -> l.substring(13).strip())
                .orElse("");
        int start = response.indexOf("\r\n\r\n");
        String body = start < 0 ? "" : response.substring(start + 4);
        if (response.toLowerCase().contains("transfer-encoding: chunked")) {
            int open = body.indexOf('{');
            int close = body.lastIndexOf('}');
            body = open < 0 ? "" : body.substring(open, close + 1);
        }
        return new Answer(status, contentType, body);
    }

    // ---- assertions ----------------------------------------------------------------------------------------------

    private long rows() {
        return jdbc.queryForObject(
                "select (select count(*) from sync_submission) + (select count(*) from sync_conflict)"
                        + " + (select count(*) from sync_quarantine) + (select count(*) from sync_submission_attachment)",
                Long.class);
    }

    private void assertAnswer(Request request, Answer answer) {
        assertThat(answer.status)
                .as("%s %s (%s): %s", request.method, request.path, request.label, answer.body)
                .isBetween(200, 499);
        if (answer.status >= 400) {
            assertRefused(answer);
        } else if (request.path.endsWith("/push")) {
            JsonNode body = JSON.readTree(answer.body);
            int sent = JSON.readTree(request.body).path("submissions").size();
            assertThat(body.path("receipts").size())
                    .as("one receipt per item (%s)", request.label)
                    .isEqualTo(sent);
        }
    }

    private static void assertRefused(Answer answer) {
        assertThat(answer.status).as(answer.body).isBetween(400, 499);
        assertThat(answer.contentType).as(answer.body).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body);
        assertThat(problem.path("code").asString("")).as(answer.body).matches("[a-z][a-z-]+");
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status);
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status).as(answer.body).isEqualTo(status);
        assertRefused(answer);
        assertThat(JSON.readTree(answer.body).path("code").asString()).isEqualTo(code);
    }

    private static JsonNode receipt(Answer answer, int index) {
        assertThat(answer.status).as(answer.body).isEqualTo(200);
        return JSON.readTree(answer.body).path("receipts").get(index);
    }
}
