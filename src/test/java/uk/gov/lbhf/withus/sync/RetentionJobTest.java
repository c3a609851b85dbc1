package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.testsupport.AppTest;

/** The retention schedule, applied: what is older than its period goes, what is younger stays. */
@AppTest
@Transactional // the rows made here are rolled back afterwards
class RetentionJobTest {

    @Autowired
    RetentionJob job;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    jakarta.persistence.EntityManager entities;

    @Test
    void answers_quarantine_unfinished_uploads_and_unused_devices_past_their_period_go_and_the_rest_stays() {
        var leon = people.findUser("leon").orElseThrow();
        UUID oldDevice = UUID.randomUUID();
        UUID device = UUID.randomUUID();
        devices.register(leon, oldDevice, "Old phone");
        devices.register(leon, device, "Phone");
        entities.flush(); // the devices are rows before the JDBC inserts below refer to them
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update(
                "update sync_device set registered_at = ?, last_seen_at = ? where id = ?",
                now.minusMonths(7),
                now.minusMonths(7),
                oldDevice);
        UUID oldAnswer = submission(device, leon.personId(), now.minusYears(2).minusDays(1));
        UUID answer = submission(device, leon.personId(), now.minusYears(2).plusDays(1));
        jdbc.update(
                "insert into sync_conflict (submission_id, device_id, person_id, received_at, content, content_hash)"
                        + " values (?, ?, ?, ?, '{}', 'x')",
                oldAnswer,
                device,
                leon.personId(),
                now.minusYears(2));
        quarantined(device, leon.personId(), now.minusYears(1).minusDays(1));
        quarantined(device, leon.personId(), now.minusMonths(11));
        jdbc.update(
                "insert into sync_attachment (sha256, size_bytes, media_type, uploaded_by, complete, created_at)"
                        + " values (?, 10, 'image/jpeg', ?, false, ?)",
                "a".repeat(64),
                leon.personId(),
                now.minusDays(8));
        jdbc.update(
                "insert into sync_attachment (sha256, size_bytes, media_type, uploaded_by, complete, created_at)"
                        + " values (?, 10, 'image/jpeg', ?, false, ?)",
                "b".repeat(64),
                leon.personId(),
                now.minusDays(6));

        var applied = job.apply();

        assertThat(count("sync_submission where id = '" + oldAnswer + "'")).isZero();
        assertThat(count("sync_conflict where submission_id = '" + oldAnswer + "'"))
                .isZero();
        assertThat(count("sync_submission where id = '" + answer + "'")).isOne();
        assertThat(count("sync_quarantine where device_id = '" + device + "'")).isOne();
        assertThat(count("sync_attachment where sha256 = '" + "a".repeat(64) + "'"))
                .isZero();
        assertThat(count("sync_attachment where sha256 = '" + "b".repeat(64) + "'"))
                .isOne();
        assertThat(count("sync_device where id = '" + oldDevice + "' and revoked_at is not null"))
                .isOne();
        assertThat(count("sync_device where id = '" + device + "' and revoked_at is null"))
                .isOne();
        assertThat(applied.submissions()).isGreaterThanOrEqualTo(1);
        assertThat(applied.devices()).isGreaterThanOrEqualTo(1);
    }

    private UUID submission(UUID device, long person, OffsetDateTime receivedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into sync_submission (id, form_key, form_version, device_id, person_id, capture_mode,"
                        + " captured_at, received_at, answers, content_hash) values (?, 'leaseholder-service', 1, ?, ?,"
                        + " 'PERSONAL', ?, ?, '{}', 'x')",
                id,
                device,
                person,
                receivedAt,
                receivedAt);
        return id;
    }

    private void quarantined(UUID device, long person, OffsetDateTime receivedAt) {
        jdbc.update(
                "insert into sync_quarantine (submission_id, device_id, person_id, received_at, reason_code, reason,"
                        + " content, content_hash) values ('x', ?, ?, ?, 'bad-id', 'r', '{}', 'x')",
                device,
                person,
                receivedAt);
    }

    private long count(String from) {
        return jdbc.queryForObject("select count(*) from " + from, Long.class);
    }
}
