package uk.gov.lbhf.withus.sync.push;

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
public class SubmissionInserts {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public SubmissionInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@link #insert} skips and reports ids already stored (then no look-up is needed first). */
    public boolean skipsStored() {
        if (postgres == null) {
            postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres"));
        }
        return postgres;
    }

    /** Which of these ids are already stored (one query with an array parameter, whatever the batch size). */
    public List<UUID> existing(List<UUID> ids) {
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
    public List<Submission> insert(List<Submission> submissions) {
        if (submissions.isEmpty()) {
            return List.of();
        }
        if (skipsStored()) {
            return insertAtOnce(submissions);
        }
        jdbc.batchUpdate(
                "insert into sync_submission (id, form_key, form_version, device_id,"
                        + " person_id, capture_mode, captured_at, received_at, answers, content_hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                submissions,
                submissions.size(),
                (ps, s) -> {
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
        insertAttachments(submissions);
        return List.of();
    }

    /**
     * PostgreSQL: the whole batch as one statement (each column as an array, {@code unnest} makes the rows), so the
     * database plans and runs one insert instead of one per row; ids already stored are skipped and not returned.
     */
    private List<Submission> insertAtOnce(List<Submission> submissions) {
        int n = submissions.size();
        Object[] ids = new Object[n];
        String[] keys = new String[n];
        Integer[] versions = new Integer[n];
        Object[] devices = new Object[n];
        Long[] people = new Long[n];
        String[] modes = new String[n];
        String[] captured = new String[n];
        String[] received = new String[n];
        String[] answers = new String[n];
        String[] hashes = new String[n];
        for (int i = 0; i < n; i++) {
            Submission s = submissions.get(i);
            ids[i] = s.getId();
            keys[i] = s.getFormKey();
            versions[i] = s.getFormVersion();
            devices[i] = s.getDeviceId();
            people[i] = s.getPersonId();
            modes[i] = s.getCaptureMode().name();
            captured[i] = s.getCapturedAt().toString();
            received[i] = s.getReceivedAt().toString();
            answers[i] = s.getAnswers();
            hashes[i] = s.getContentHash();
        }
        java.util.Set<UUID> written = new java.util.HashSet<>();
        jdbc.execute((java.sql.Connection c) -> {
            try (var insert = c.prepareStatement("insert into sync_submission (id, form_key, form_version, device_id,"
                    + " person_id, capture_mode, captured_at, received_at, answers, content_hash)"
                    + " select * from unnest(?::uuid[], ?::varchar[], ?::integer[], ?::uuid[], ?::bigint[],"
                    + " ?::varchar[], ?::timestamptz[], ?::timestamptz[], ?::varchar[], ?::varchar[])"
                    + " on conflict (id) do nothing returning id")) {
                insert.setArray(1, c.createArrayOf("uuid", ids));
                insert.setArray(2, c.createArrayOf("varchar", keys));
                insert.setArray(3, c.createArrayOf("integer", versions));
                insert.setArray(4, c.createArrayOf("uuid", devices));
                insert.setArray(5, c.createArrayOf("bigint", people));
                insert.setArray(6, c.createArrayOf("varchar", modes));
                insert.setArray(7, c.createArrayOf("varchar", captured));
                insert.setArray(8, c.createArrayOf("varchar", received));
                insert.setArray(9, c.createArrayOf("varchar", answers));
                insert.setArray(10, c.createArrayOf("varchar", hashes));
                try (var rows = insert.executeQuery()) {
                    while (rows.next()) {
                        written.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return null;
        });
        List<Submission> skipped = new ArrayList<>();
        List<Submission> stored = new ArrayList<>();
        for (Submission s : submissions) {
            (written.contains(s.getId()) ? stored : skipped).add(s);
        }
        insertAttachments(stored);
        return skipped;
    }

    private void insertAttachments(List<Submission> written) {
        List<Object[]> attachments = new ArrayList<>();
        for (Submission s : written) {
            for (Submission.DeclaredAttachment a : s.getAttachments()) {
                attachments.add(new Object[] {s.getId(), a.questionId(), a.sha256(), a.mediaType(), a.sizeBytes()});
            }
        }
        if (!attachments.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into sync_submission_attachment (submission_id, question_id, sha256, media_type,"
                            + " size_bytes) values (?, ?, ?, ?, ?)",
                    attachments);
        }
    }
}
