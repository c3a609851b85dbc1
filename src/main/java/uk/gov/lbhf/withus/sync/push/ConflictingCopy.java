package uk.gov.lbhf.withus.sync.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A later push of a submission id with different content. Kept beside the original for an officer to decide which
 * copy counts; the decision (who, when) is recorded and can be undone, and neither copy is ever deleted.
 */
@Entity
@Table(name = "sync_conflict")
public class ConflictingCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false, updatable = false)
    private UUID submissionId;

    @Column(name = "device_id", updatable = false) // empty once the sender's account is erased
    private UUID deviceId;

    @Column(name = "person_id", updatable = false) // empty once the sender's account is erased
    private Long personId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(nullable = false, updatable = false, length = 200_000)
    private String content;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ConflictDecision decision;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    protected ConflictingCopy() {}

    public ConflictingCopy(
            UUID submissionId,
            UUID deviceId,
            long personId,
            OffsetDateTime receivedAt,
            String content,
            String contentHash) {
        this.submissionId = submissionId;
        this.deviceId = deviceId;
        this.personId = personId;
        this.receivedAt = receivedAt;
        this.content = content;
        this.contentHash = contentHash;
    }

    /** Records the decision; false if another officer decided first (their decision stands). */
    public boolean decide(ConflictDecision chosen, OffsetDateTime at, long by) {
        if (decision != null) {
            return false;
        }
        decision = chosen;
        decidedAt = at;
        decidedBy = by;
        return true;
    }

    public void undoDecision() {
        decision = null;
        decidedAt = null;
        decidedBy = null;
    }

    public Long getId() {
        return id;
    }

    public ConflictDecision getDecision() {
        return decision;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public UUID getSubmissionId() {
        return submissionId;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getContent() {
        return content;
    }

    /** Who sent it; {@code null} once their account was erased (what they carried for others is kept). */
    public Long getPersonId() {
        return personId;
    }
}
