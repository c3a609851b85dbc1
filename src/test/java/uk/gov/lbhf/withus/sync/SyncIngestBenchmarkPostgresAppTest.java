package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
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
import uk.gov.lbhf.withus.testsupport.OnPostgres;

/**
 * Benchmark (not a timed test): server ingest of 10,000 submissions pushed in batches of 100 through the sync API
 * over real HTTP on loopback (embedded Tomcat, security filter chain, validation, one transaction per batch,
 * receipts; MockMvc is not used: its request stream is read byte by byte, which a real server does not do), as submissions per second and as a ratio
 * to a raw batched JDBC insert of the same rows into the same PostgreSQL in the same run. Writes
 * target/benchmarks/sync-ingest.json. Run with: ./mvnw -Pbenchmark verify
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // real HTTP: the server's own stack
@OnPostgres
class SyncIngestBenchmarkPostgresAppTest {

    static final int TOTAL = 10_000;
    static final int BATCH = 100;
    static final int WARM_UP = 10_000;
    static final int ROUND = 1_000;

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

        push(token, deviceId, WARM_UP);
        raw(deviceId, leon.personId(), WARM_UP);
        pushDirect(new DeviceService.AuthenticatedDevice(deviceId, leon.personId()), leon, WARM_UP);

        pings(token, 500);
        long pingNanos = pings(token, 1000);
        // interleaved in rounds, so that a change in the machine's load hits all three alike
        long apiNanos = 0;
        long rawNanos = 0;
        long serviceNanos = 0;
        var direct = new DeviceService.AuthenticatedDevice(deviceId, leon.personId());
        for (int round = 0; round < TOTAL / ROUND; round++) {
            apiNanos += push(token, deviceId, ROUND);
            rawNanos += raw(deviceId, leon.personId(), ROUND);
            serviceNanos += pushDirect(direct, leon, ROUND);
        }
        double serviceRate = TOTAL / (serviceNanos / 1e9);
        double apiRate = TOTAL / (apiNanos / 1e9);
        double rawRate = TOTAL / (rawNanos / 1e9);
        double ratio = apiRate / rawRate;

        Path out = Path.of("target", "benchmarks", "sync-ingest.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.format(Locale.ROOT, """
                {"measuredAt": "%s", "database": "PostgreSQL (embedded binaries)", "submissions": %d, "batch": %d,
                 "apiSubmissionsPerSecond": %.0f, "serviceOnlySubmissionsPerSecond": %.0f,
                 "rawJdbcSubmissionsPerSecond": %.0f, "ratio": %.3f, "target": 0.5,
                 "authenticatedPingMillis": %.2f}
                """, Instant.now(), TOTAL, BATCH, apiRate, serviceRate, rawRate, ratio, pingNanos / 1e6 / 1000));
        System.out.printf(Locale.ROOT, "sync ingest: %.0f/s via the API, %.0f/s service only, %.0f/s raw JDBC,"
                + " ratio %.3f%n", apiRate, serviceRate, rawRate, ratio);
        assertThat(apiRate).isPositive();
    }

    private long push(String token, UUID deviceId, int count) throws Exception {
        List<byte[]> bodies = new ArrayList<>(); // built by the client, before the clock starts
        for (int i = 0; i < count; i += BATCH) {
            bodies.add(batchJson(deviceId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

    /** One HTTP/1.1 call on a kept-alive loopback connection (the JDK's plain blocking client); returns the status. */
    private int call(String method, String path, String token, byte[] body) throws Exception {
        var connection = (java.net.HttpURLConnection) java.net.URI.create("http://localhost:" + port + path).toURL()
                .openConnection();
        connection.setRequestMethod(method);
        connection.setRequestProperty("Authorization", "Bearer " + token);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setFixedLengthStreamingMode(body.length);
            try (var out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            in.readAllBytes(); // read to the end, so the connection is kept alive for the next call
        }
        return status;
    }

    private long pushDirect(DeviceService.AuthenticatedDevice device, uk.gov.lbhf.withus.people.CurrentUser user,
            int count) throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<tools.jackson.databind.JsonNode> batches = new ArrayList<>();
        for (int i = 0; i < count; i += BATCH) {
            batches.add(json.readTree(batchJson(device.deviceId())));
        }
        long started = System.nanoTime();
        for (var batch : batches) {
            pushService.push(batch, device, user);
        }
        return System.nanoTime() - started;
    }

    private static String batchJson(UUID deviceId) {
        var body = new StringBuilder("{\"protocol\":1,\"deviceId\":\"" + deviceId + "\",\"submissions\":[");
        for (int j = 0; j < BATCH; j++) {
            if (j > 0) {
                body.append(',');
            }
            body.append("{\"id\":\"").append(UUID.randomUUID()).append("\",\"form\":{\"key\":\"leaseholder-service\","
                    + "\"version\":1},\"capturedAt\":\"2026-11-20T09:30:00Z\",\"mode\":\"personal\",\"answers\":"
                    + "{\"service\":\"Repairs\",\"rating\":\"Poor\",\"comment\":\"The lift was out for nine days "
                    + j + "\",\"contactConsent\":\"yes\"}}");
        }
        return body.append("]}").toString();
    }

    private long raw(UUID deviceId, long personId, int count) throws Exception {
        List<UUID> ids = new ArrayList<>(); // generated before the clock starts, as the API's ids are
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        long started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("insert into sync_submission (id, form_key, form_version,"
                    + " device_id, person_id, capture_mode, captured_at, received_at, answers, content_hash)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i += BATCH) {
                    for (int j = 0; j < BATCH; j++) {
                        insert.setObject(1, ids.get(i + j));
                        insert.setString(2, "leaseholder-service");
                        insert.setInt(3, 1);
                        insert.setObject(4, deviceId);
                        insert.setLong(5, personId);
                        insert.setString(6, "PERSONAL");
                        insert.setObject(7, OffsetDateTime.parse("2026-11-20T09:30:00Z"));
                        insert.setObject(8, OffsetDateTime.now());
                        insert.setString(9, "{\"comment\":\"The lift was out for nine days " + j + "\",\"contactConsent\":"
                                + "\"yes\",\"rating\":\"Poor\",\"service\":\"Repairs\"}");
                        insert.setString(10, "0".repeat(64));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
        return System.nanoTime() - started;
    }
}
