package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.push.PushService;
import uk.gov.lbhf.withus.sync.push.Receipt;
import uk.gov.lbhf.withus.testsupport.AppTest;

/**
 * Issue 11, points 9 and 7: a revoke made while the device is syncing stays made; a submission stored before content
 * identities were defined (its hash is of its whole text) is still recognised when its device sends it again.
 */
@AppTest
class RevokeRaceAndLegacyHashTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Autowired
    PushService push;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_revoke_made_while_the_device_authenticates_on_four_threads_is_never_undone() throws Exception {
        var leon = people.findUser("leon").orElseThrow();
        var priya = people.findUser("priya").orElseThrow();
        UUID device = UUID.randomUUID();
        String token = devices.register(leon, device, "Leon's busy phone").token();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch started = new CountDownLatch(4);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                running.add(pool.submit(() -> {
                    started.countDown();
                    for (int i = 0; i < 300; i++) {
                        devices.authenticate(token); // each use records "last seen"
                    }
                    return null;
                }));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            devices.revoke(device, priya);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select revoked_at from sync_device where id = ?", Object.class, device))
                .as("the revoke is still in the database after every concurrent use")
                .isNotNull();
        assertThat(devices.authenticate(token)).as("and the token is refused").isEmpty();
    }

    @Test
    void a_submission_stored_with_the_hash_of_its_whole_text_is_a_duplicate_when_sent_again_not_a_conflict() {
        var leon = people.findUser("leon").orElseThrow();
        UUID device = UUID.randomUUID();
        devices.register(leon, device, "Leon's old phone");
        String id = UUID.randomUUID().toString();
        JsonNode item = JSON.readTree("""
                {"id":"%s","form":{"key":"leaseholder-service","version":1},"capturedAt":"2026-11-20T09:30:00.000Z",
                 "mode":"personal","answers":{"service":"repairs","rating":"poor","contactConsent":"no"}}""".formatted(id));
        assertThat(send(device, leon, item).status()).isEqualTo(Receipt.Status.accepted);
        // as an earlier server stored it: the SHA-256 of the item's whole text (".000Z" and all, which the identity
        // of sync/SPEC.md normalises away, so the two hashes differ)
        assertThat(Hashes.sha256(CanonicalJson.write(item, "answers").text()))
                .isNotEqualTo(jdbc.queryForObject(
                        "select content_hash from sync_submission where id = ?", String.class, UUID.fromString(id)));
        jdbc.update(
                "update sync_submission set content_hash = ? where id = ?",
                Hashes.sha256(CanonicalJson.write(item, "answers").text()),
                UUID.fromString(id));

        assertThat(send(device, leon, item).status()).isEqualTo(Receipt.Status.duplicate);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sync_conflict where submission_id = ?", Long.class, UUID.fromString(id)))
                .isZero();

        JsonNode changed = item.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) changed.path("answers")).put("rating", "good");
        assertThat(send(device, leon, changed).status())
                .as("other answers under that id are still a conflict")
                .isEqualTo(Receipt.Status.conflict);
    }

    private Receipt send(UUID device, uk.gov.lbhf.withus.people.CurrentUser who, JsonNode item) {
        var batch = JSON.createObjectNode();
        batch.put("protocol", 1);
        batch.put("deviceId", device.toString());
        batch.putArray("submissions").add(item);
        return push.push(batch, new DeviceService.AuthenticatedDevice(device, who.personId()), who)
                .getFirst();
    }
}
