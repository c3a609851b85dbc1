package uk.gov.lbhf.withus.sync.push;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionRepository extends JpaRepository<Submission, UUID> {

    public List<Submission> findAllByOrderByReceivedAtDesc();

    public List<Submission> findByPersonIdOrderByReceivedAtDesc(long personId);

    /**
     * One form's submissions, newest first, a page at a time; a null filter leaves that one out, and {@code everyone}
     * leaves out {@code people} (never empty: JPQL's "in" needs one id at least).
     */
    @org.springframework.data.jpa.repository.Query(value = """
            select new uk.gov.lbhf.withus.sync.push.SubmissionRepository$Answers(
                s.id, s.formVersion, s.captureMode, s.capturedAt, s.receivedAt, s.answers)
            from Submission s
            where s.formKey = :key
              and (:version is null or s.formVersion = :version)
              and (cast(:since as timestamp) is null or s.receivedAt >= :since)
              and (:mode is null or s.captureMode = :mode)
              and (:everyone = true or s.personId in :people)
            order by s.receivedAt desc, s.id""", countQuery = """
            select count(s) from Submission s
            where s.formKey = :key
              and (:version is null or s.formVersion = :version)
              and (cast(:since as timestamp) is null or s.receivedAt >= :since)
              and (:mode is null or s.captureMode = :mode)
              and (:everyone = true or s.personId in :people)""")
    public org.springframework.data.domain.Page<Answers> results(
            @org.springframework.data.repository.query.Param("key") String key,
            @org.springframework.data.repository.query.Param("version") Integer version,
            @org.springframework.data.repository.query.Param("since") java.time.OffsetDateTime since,
            @org.springframework.data.repository.query.Param("mode") Submission.CaptureMode mode,
            @org.springframework.data.repository.query.Param("everyone") boolean everyone,
            @org.springframework.data.repository.query.Param("people") java.util.Collection<Long> people,
            org.springframework.data.domain.Pageable page);

    /** The version and answers of every submission the filters keep (for counts and the CSV), newest first. */
    @org.springframework.data.jpa.repository.Query("""
            select new uk.gov.lbhf.withus.sync.push.SubmissionRepository$Answers(
                s.id, s.formVersion, s.captureMode, s.capturedAt, s.receivedAt, s.answers)
            from Submission s
            where s.formKey = :key
              and (:version is null or s.formVersion = :version)
              and (cast(:since as timestamp) is null or s.receivedAt >= :since)
              and (:mode is null or s.captureMode = :mode)
              and (:everyone = true or s.personId in :people)
            order by s.receivedAt desc, s.id""")
    public List<Answers> answers(
            @org.springframework.data.repository.query.Param("key") String key,
            @org.springframework.data.repository.query.Param("version") Integer version,
            @org.springframework.data.repository.query.Param("since") java.time.OffsetDateTime since,
            @org.springframework.data.repository.query.Param("mode") Submission.CaptureMode mode,
            @org.springframework.data.repository.query.Param("everyone") boolean everyone,
            @org.springframework.data.repository.query.Param("people") java.util.Collection<Long> people);

    /** A submission's answers without its attachments list (no entity loaded). */
    public record Answers(
            UUID id,
            int formVersion,
            Submission.CaptureMode mode,
            java.time.OffsetDateTime capturedAt,
            java.time.OffsetDateTime receivedAt,
            String answers) {}
}
