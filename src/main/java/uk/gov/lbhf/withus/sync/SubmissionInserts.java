package uk.gov.lbhf.withus.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a push's new submissions as one JDBC batch inside the push's transaction (the hot path of sync
 * ingest; reading and the other tables stay with JPA). Submissions are immutable once written.
 * On PostgreSQL the insert skips ids already stored ({@code on conflict do nothing}) and says which, so a push
 * needs no look-up first; on H2 the push asks {@link #existing} first.
 */
@Component
class SubmissionInserts {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    SubmissionInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@link #insert} skips and reports ids already stored (then no look-up is needed first). */
    boolean skipsStored() {
        if (postgres == null) {
            postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT).contains("postgres"));
        }
        return postgres;
    }

    /** Which of these ids are already stored (one query with an array parameter, whatever the batch size). */
    List<UUID> existing(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((java.sql.Connection c) -> {
            try (var query = c.prepareStatement("select id from sync_submission where id = any (?)")) {
                query.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                List<UUID> found = new ArrayList<>();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1, UUID.class));
                    }
                }
                return found;
            }
        });
    }

    /** Inserts the submissions; returns those not written because their id was already stored (PostgreSQL). */
    List<Submission> insert(List<Submission> submissions) {
        if (submissions.isEmpty()) {
            return List.of();
        }
        boolean skip = skipsStored();
        int[][] counts = jdbc.batchUpdate("insert into sync_submission (id, form_key, form_version, device_id,"
                + " person_id, capture_mode, captured_at, received_at, answers, content_hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + (skip ? " on conflict (id) do nothing" : ""),
                submissions, submissions.size(), (ps, s) -> {
                    ps.setObject(1, s.getId());
                    ps.setString(2, s.getFormKey());
                    ps.setInt(3, s.getFormVersion());
                    ps.setObject(4, s.getDeviceId());
                    ps.setLong(5, s.getPersonId());
                    ps.setString(6, s.getCaptureMode().name());
                    ps.setObject(7, s.getCapturedAt());
                    ps.setObject(8, s.getReceivedAt());
                    ps.setString(9, s.getAnswers());
                    ps.setString(10, s.getContentHash());
                });
        List<Submission> skipped = new ArrayList<>();
        List<Object[]> attachments = new ArrayList<>();
        int i = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                Submission s = submissions.get(i++);
                if (skip && count == 0) {
                    skipped.add(s);
                    continue;
                }
                for (Submission.DeclaredAttachment a : s.getAttachments()) {
                    attachments.add(new Object[] {s.getId(), a.questionId(), a.sha256(), a.mediaType(),
                            a.sizeBytes()});
                }
            }
        }
        if (!attachments.isEmpty()) {
            jdbc.batchUpdate("insert into sync_submission_attachment (submission_id, question_id, sha256, media_type,"
                    + " size_bytes) values (?, ?, ?, ?, ?)", attachments);
        }
        return skipped;
    }
}
