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

/**
 * The co-production team's invitation to a person to join a group in a part they will play: it waits until the person
 * says yes (they become a member) or no on their phone, through the outbox, or the team withdraws it; kept on record.
 */
@Entity
@Table(name = "group_invitation")
class Invitation {

    enum Status {
        WAITING,
        ACCEPTED,
        DECLINED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberRole role;

    @Column(length = 2000)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "invited_by", nullable = false)
    private Long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private OffsetDateTime invitedAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    protected Invitation() {}

    Invitation(long groupId, long personId, MemberRole role, String message, long invitedBy, OffsetDateTime at) {
        this.groupId = groupId;
        this.personId = personId;
        this.role = role;
        this.message = message;
        this.status = Status.WAITING;
        this.invitedBy = invitedBy;
        this.invitedAt = at;
    }

    void answer(Status outcome, OffsetDateTime at) {
        this.status = outcome;
        this.answeredAt = at;
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

    MemberRole getRole() {
        return role;
    }

    String getMessage() {
        return message;
    }

    Status getStatus() {
        return status;
    }

    OffsetDateTime getInvitedAt() {
        return invitedAt;
    }

    OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }
}
