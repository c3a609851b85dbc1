package uk.gov.lbhf.withus.sync.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A pushed item that could not be accepted, kept whole with the reason, so nobody's words are lost. */
@Entity
@Table(name = "sync_quarantine")
public class QuarantinedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", updatable = false, length = 64)
    private String submissionId;

    @Column(name = "device_id", updatable = false) // empty once the sender's account is erased
    private UUID deviceId;

    @Column(name = "person_id", updatable = false) // empty once the sender's account is erased
    private Long personId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "reason_code", nullable = false, updatable = false, length = 64)
    private String reasonCode;

    @Column(nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(nullable = false, updatable = false) // unbounded: kept whole (V9)
    private String content;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    protected QuarantinedItem() {}

    public QuarantinedItem(
            String submissionId,
            UUID deviceId,
            long personId,
            OffsetDateTime receivedAt,
            String reasonCode,
            String reason,
            String content,
            String contentHash) {
        this.submissionId = submissionId;
        this.deviceId = deviceId;
        this.personId = personId;
        this.receivedAt = receivedAt;
        this.reasonCode = reasonCode;
        this.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        this.content = content;
        this.contentHash = contentHash;
    }

    public Long getId() {
        return id;
    }

    public String getSubmissionId() {
        return submissionId;
    }

    /** Who sent it; {@code null} once their account was erased (what they carried for others is kept). */
    public Long getPersonId() {
        return personId;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public String getContent() {
        return content;
    }

    /** An officer has dealt with it (contacted the person, re-entered the answers, …). The item itself stays. */
    public void resolve(OffsetDateTime when, long byPersonId) {
        if (resolvedAt == null) {
            this.resolvedAt = when;
            this.resolvedBy = byPersonId;
        }
    }
}
