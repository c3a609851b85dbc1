package uk.gov.lbhf.withus.sync;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.sync.devices.RecentSignIns;

/**
 * Applies the {@link RetentionPolicy} every night at 03:30: deletes answers (their later copies, declared files and
 * the files no other answer uses) received before the answers period, quarantined items before theirs and
 * unfinished uploads; revokes devices unused for the devices period. Logs what it did, in counts only.
 */
@Component
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcTemplate jdbc;
    private final RetentionPolicy policy;
    private final Clock clock;
    private final RecentSignIns recent;

    public RetentionJob(JdbcTemplate jdbc, RetentionPolicy policy, Clock clock, RecentSignIns recent) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
        this.recent = recent;
    }

    @Scheduled(cron = "${withus.retention.cron:0 30 3 * * *}")
    public void nightly() {
        apply();
    }

    /** What one run removed and revoked. */
    public record Applied(int submissions, int quarantined, int files, int devices) {}

    @Transactional
    public Applied apply() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime answersBefore = now.minus(policy.answers());
        jdbc.update(
                "delete from sync_conflict where submission_id in"
                        + " (select id from sync_submission where received_at < ?)",
                answersBefore);
        int submissions = jdbc.update("delete from sync_submission where received_at < ?", answersBefore);
        int quarantined =
                jdbc.update("delete from sync_quarantine where received_at < ?", now.minus(policy.quarantine()));
        int files = jdbc.update(
                "delete from sync_attachment a where (a.complete = false and a.created_at < ?)"
                        + " or (a.complete = true and a.created_at < ? and not exists"
                        + " (select 1 from sync_submission_attachment s where s.sha256 = a.sha256))",
                now.minus(policy.unfinishedUploads()),
                answersBefore);
        OffsetDateTime unusedBefore = now.minus(policy.unusedDevices());
        var unused = jdbc.queryForList(
                "select id from sync_device where revoked_at is null"
                        + " and coalesce(last_seen_at, registered_at) < ?",
                java.util.UUID.class,
                unusedBefore);
        int devices = jdbc.update(
                "update sync_device set revoked_at = ?, version = version + 1 where revoked_at is null"
                        + " and coalesce(last_seen_at, registered_at) < ?",
                now,
                unusedBefore);
        unused.forEach(recent::forget);
        var applied = new Applied(submissions, quarantined, files, devices);
        LOG.info(
                "Retention: {} answers, {} quarantined items and {} files deleted; {} unused devices revoked",
                submissions,
                quarantined,
                files,
                devices);
        return applied;
    }
}
