package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.push.PushService;
import uk.gov.lbhf.withus.sync.push.Receipt;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

/**
 * Benchmark (not a timed test): server ingest of 10,000 submissions pushed in batches of 100 through the sync API
 * over real HTTP on loopback (embedded Tomcat, security filter chain, validation, one transaction per batch,
 * receipts; MockMvc is not used: its request stream is read byte by byte, which a real server does not do), as
 * submissions per second and as a ratio to a raw batched JDBC insert (addBatch/executeBatch) of the same rows into
 * the same PostgreSQL in the same run. For comparison it also times the raw insert written as one statement per batch
 * (the way the server writes on PostgreSQL) and the push service without HTTP.
 * <p>
 * Measured at steady state, as a server in service runs: the JVM compiles per-request code (security filters, MVC,
 * Tomcat) fully only after thousands of requests, so before measuring every path is warmed up with 10,000 new rows
 * and 3,000 further calls that add no rows (replayed pushes, which come back as duplicates; raw inserts rolled back).
 * The rate over the first, cold 10,000 is written too. Writes target/benchmarks/sync-ingest.json.
 * Run with: ./mvnw -Pbenchmark verify
 */
@Tag("benchmark")
// real HTTP: the server's own stack; one device pushes thousands of times a minute here, far past its real limits
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"withus.sync.calls-per-minute=100000000", "withus.sync.quarantined-per-hour=100000000"})
@OnPostgres
class SyncIngestBenchmarkPostgresAppTest {

    static final int TOTAL = 10_000;
    static final int BATCH = 100;
    static final int WARM_UP = 10_000;
    static final int ROUND = 1_000;
    static final int STEADY_CALLS = 3_000;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Autowired
    DataSource dataSource;

    @Autowired
    PushService pushService;

    @Test
    void ingest_of_10000_submissions_compared_with_raw_jdbc() throws Exception {
        var leon = people.findUser("leon").orElseThrow();
        UUID deviceId = UUID.randomUUID();
        String token = devices.register(leon, deviceId, "Benchmark").token();

        var direct = new DeviceService.AuthenticatedDevice(deviceId, leon.personId());
        double coldApiRate = WARM_UP / (push(token, deviceId, WARM_UP) / 1e9);
        raw(deviceId, leon.personId(), WARM_UP);
        rawAtOnce(deviceId, leon.personId(), WARM_UP);
        pushDirect(direct, leon, WARM_UP);
        // steady state: the per-request and per-batch code paths run thousands of times, adding no rows
        byte[] replay = batchJson(deviceId, 1).getBytes(StandardCharsets.UTF_8);
        assertThat(call("POST", "/api/sync/v1/push", token, replay)).isEqualTo(200);
        var replayed = new tools.jackson.databind.json.JsonMapper().readTree(replay);
        for (int i = 0; i < STEADY_CALLS; i++) {
            assertThat(call("POST", "/api/sync/v1/push", token, replay)).isEqualTo(200);
            assertThat(pushService.push(replayed, direct, leon).getFirst().status())
                    .isEqualTo(Receipt.Status.duplicate);
        }
        rawRolledBack(deviceId, leon.personId(), STEADY_CALLS);
        pings(token, 500);
        long pingNanos = pings(token, 1000);

        // interleaved in rounds, so that a change in the machine's load hits all of them alike
        long apiNanos = 0;
        long rawNanos = 0;
        long rawAtOnceNanos = 0;
        long serviceNanos = 0;
        for (int round = 0; round < TOTAL / ROUND; round++) {
            apiNanos += push(token, deviceId, ROUND);
            rawNanos += raw(deviceId, leon.personId(), ROUND);
            rawAtOnceNanos += rawAtOnce(deviceId, leon.personId(), ROUND);
            serviceNanos += pushDirect(direct, leon, ROUND);
        }
        double serviceRate = TOTAL / (serviceNanos / 1e9);
        double apiRate = TOTAL / (apiNanos / 1e9);
        double rawRate = TOTAL / (rawNanos / 1e9);
        double rawAtOnceRate = TOTAL / (rawAtOnceNanos / 1e9);
        double ratio = apiRate / rawRate;

        Path out = Path.of("target", "benchmarks", "sync-ingest.json");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                String.format(
                        Locale.ROOT,
                        """
                {"measuredAt": "%s", "database": "PostgreSQL (embedded binaries)", "submissions": %d, "batch": %d,
                 "apiSubmissionsPerSecond": %.0f, "rawJdbcSubmissionsPerSecond": %.0f, "ratio": %.3f, "target": 0.5,
                 "serviceOnlySubmissionsPerSecond": %.0f, "rawOneStatementPerBatchSubmissionsPerSecond": %.0f,
                 "ratioToRawOneStatementPerBatch": %.3f, "apiColdFirst10000SubmissionsPerSecond": %.0f,
                 "authenticatedPingMillis": %.2f}
                """,
                        Instant.now(),
                        TOTAL,
                        BATCH,
                        apiRate,
                        rawRate,
                        ratio,
                        serviceRate,
                        rawAtOnceRate,
                        apiRate / rawAtOnceRate,
                        coldApiRate,
                        pingNanos / 1e6 / 1000));
        System.out.printf(
                Locale.ROOT,
                "sync ingest: %.0f/s via the API, %.0f/s raw JDBC batch, ratio %.3f;"
                        + " %.0f/s service only, %.0f/s raw one statement per batch, %.0f/s API cold%n",
                apiRate,
                rawRate,
                ratio,
                serviceRate,
                rawAtOnceRate,
                coldApiRate);
        assertThat(apiRate).isPositive();
    }

    private long push(String token, UUID deviceId, int count) throws Exception {
        List<byte[]> bodies = new ArrayList<>(); // built by the client, before the clock starts
        for (int i = 0; i < count; i += BATCH) {
            bodies.add(batchJson(deviceId, BATCH).getBytes(StandardCharsets.UTF_8));
        }
        long started = System.nanoTime();
        for (byte[] body : bodies) {
            assertThat(call("POST", "/api/sync/v1/push", token, body)).isEqualTo(200);
        }
        return System.nanoTime() - started;
    }

    /** The fixed cost of one authenticated call (HTTP, security chain, device token, JSON reply), for comparison. */
    private long pings(String token, int count) throws Exception {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            assertThat(call("GET", "/api/sync/v1/ping", token, null)).isEqualTo(200);
        }
        return System.nanoTime() - started;
    }

    /** One HTTP/1.1 call on a kept-alive loopback connection (the JDK's HTTP client); returns the status. */
    private int call(String method, String path, String token, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .statusCode();
    }

    private long pushDirect(
            DeviceService.AuthenticatedDevice device, uk.gov.lbhf.withus.people.CurrentUser user, int count)
            throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<tools.jackson.databind.JsonNode> batches = new ArrayList<>();
        for (int i = 0; i < count; i += BATCH) {
            batches.add(json.readTree(batchJson(device.deviceId(), BATCH)));
        }
        long started = System.nanoTime();
        for (var batch : batches) {
            pushService.push(batch, device, user);
        }
        return System.nanoTime() - started;
    }

    private static String batchJson(UUID deviceId, int size) {
        var body = new StringBuilder("{\"protocol\":1,\"deviceId\":\"" + deviceId + "\",\"submissions\":[");
        for (int j = 0; j < size; j++) {
            if (j > 0) {
                body.append(',');
            }
            body.append("{\"id\":\"")
                    .append(UUID.randomUUID())
                    .append("\",\"form\":{\"key\":\"leaseholder-service\","
                            + "\"version\":1},\"capturedAt\":\"2026-11-20T09:30:00Z\",\"mode\":\"personal\",\"answers\":"
                            + "{\"service\":\"repairs\",\"rating\":\"poor\",\"comment\":\"The lift was out for nine days "
                            + j + "\",\"contactConsent\":\"yes\"}}");
        }
        return body.append("]}").toString();
    }

    private static final String RAW_INSERT = "insert into sync_submission (id, form_key, form_version, device_id,"
            + " person_id, capture_mode, captured_at, received_at, answers, content_hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The baseline: the same rows as a JDBC batch (addBatch per row, executeBatch and commit per 100). */
    private long raw(UUID deviceId, long personId, int count) throws Exception {
        List<UUID> ids = ids(count); // generated before the clock starts, as the API's ids are
        long started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(RAW_INSERT)) {
                for (int i = 0; i < count; i += BATCH) {
                    for (int j = 0; j < BATCH; j++) {
                        setRow(insert, ids.get(i + j), deviceId, personId, j);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
        return System.nanoTime() - started;
    }

    /** Single-row batches that are rolled back: the baseline's per-batch code run as often as the API's. */
    private void rawRolledBack(UUID deviceId, long personId, int count) throws Exception {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(RAW_INSERT)) {
                for (UUID id : ids(count)) {
                    setRow(insert, id, deviceId, personId, 0);
                    insert.addBatch();
                    insert.executeBatch();
                    connection.rollback();
                }
            }
        }
    }

    /** For comparison: the same rows, each batch as one insert of column arrays (as the server writes). */
    private long rawAtOnce(UUID deviceId, long personId, int count) throws Exception {
        List<UUID> ids = ids(count);
        long started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("insert into sync_submission (id, form_key, form_version,"
                    + " device_id, person_id, capture_mode, captured_at, received_at, answers, content_hash)"
                    + " select * from unnest(?::uuid[], ?::varchar[], ?::integer[], ?::uuid[], ?::bigint[],"
                    + " ?::varchar[], ?::timestamptz[], ?::timestamptz[], ?::varchar[], ?::varchar[])")) {
                for (int i = 0; i < count; i += BATCH) {
                    Object[][] columns = new Object[10][BATCH];
                    for (int j = 0; j < BATCH; j++) {
                        Object[] row = row(ids.get(i + j), deviceId, personId, j);
                        for (int c = 0; c < 10; c++) {
                            columns[c][j] = c == 6 || c == 7 ? row[c].toString() : row[c];
                        }
                    }
                    String[] types = {
                        "uuid", "varchar", "integer", "uuid", "bigint", "varchar", "varchar", "varchar", "varchar",
                        "varchar"
                    };
                    for (int c = 0; c < 10; c++) {
                        insert.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
                    }
                    insert.executeUpdate();
                    connection.commit();
                }
            }
        }
        return System.nanoTime() - started;
    }

    private static List<UUID> ids(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    /** One row as the API stores it: answers in canonical form, a 64-character content hash. */
    private static Object[] row(UUID id, UUID deviceId, long personId, int j) {
        return new Object[] {
            id,
            "leaseholder-service",
            1,
            deviceId,
            personId,
            "PERSONAL",
            OffsetDateTime.parse("2026-11-20T09:30:00Z"),
            OffsetDateTime.now(),
            "{\"comment\":\"The lift was out for nine days " + j + "\",\"contactConsent\":\"yes\",\"rating\":\"poor\","
                    + "\"service\":\"repairs\"}",
            "0".repeat(64)
        };
    }

    private static void setRow(java.sql.PreparedStatement insert, UUID id, UUID deviceId, long personId, int j)
            throws java.sql.SQLException {
        Object[] row = row(id, deviceId, personId, j);
        for (int c = 0; c < row.length; c++) {
            insert.setObject(c + 1, row[c]);
        }
    }
}
