package uk.gov.lbhf.withus.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A resident's request to join a public group (form {@code group-membership}): it waits until the co-production team
 * or a co-chair accepts it or declines it with a reason, and stays on record.
 */
@Entity
@Table(name = "group_join_request")
class JoinRequest {

    enum Status {
        WAITING,
        ACCEPTED,
        DECLINED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false, unique = true)
    private UUID submissionId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(length = 2000)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "asked_at", nullable = false)
    private OffsetDateTime askedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(length = 2000)
    private String reason;

    protected JoinRequest() {}

    JoinRequest(UUID submissionId, long groupId, long personId, String message, OffsetDateTime askedAt) {
        this.submissionId = submissionId;
        this.groupId = groupId;
        this.personId = personId;
        this.message = message;
        this.status = Status.WAITING;
        this.askedAt = askedAt;
    }

    void decide(Status outcome, long by, String reason, OffsetDateTime at) {
        this.status = outcome;
        this.decidedBy = by;
        this.reason = reason;
        this.decidedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getGroupId() {
        return groupId;
    }

    Long getPersonId() {
        return personId;
    }

    String getMessage() {
        return message;
    }

    Status getStatus() {
        return status;
    }

    OffsetDateTime getAskedAt() {
        return askedAt;
    }

    OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    String getReason() {
        return reason;
    }
}
