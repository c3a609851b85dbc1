package uk.gov.lbhf.withus.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A later push of a submission id with different content. Kept beside the original for an officer to decide. */
@Entity
@Table(name = "sync_conflict")
class ConflictingCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false, updatable = false)
    private UUID submissionId;

    @Column(name = "device_id", nullable = false, updatable = false)
    private UUID deviceId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(nullable = false, updatable = false, length = 200_000)
    private String content;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    protected ConflictingCopy() {
    }

    ConflictingCopy(UUID submissionId, UUID deviceId, long personId, OffsetDateTime receivedAt, String content,
            String contentHash) {
        this.submissionId = submissionId;
        this.deviceId = deviceId;
        this.personId = personId;
        this.receivedAt = receivedAt;
        this.content = content;
        this.contentHash = contentHash;
    }

    UUID getSubmissionId() {
        return submissionId;
    }

    OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    String getContent() {
        return content;
    }

    long getPersonId() {
        return personId;
    }
}
