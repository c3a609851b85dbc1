package uk.gov.lbhf.withus.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Something a meeting agreed would be done: what, who, by when, and where it is. */
@Entity
@Table(name = "meeting_action")
class MeetingAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(nullable = false, length = 500)
    private String what;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionStatus status;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected MeetingAction() {}

    MeetingAction(long meetingId, String what, String owner, LocalDate dueOn, long createdBy, OffsetDateTime at) {
        this.meetingId = meetingId;
        this.what = what;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = ActionStatus.NOT_STARTED;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getMeetingId() {
        return meetingId;
    }

    void setStatus(ActionStatus status, OffsetDateTime at) {
        this.status = status;
        this.updatedAt = at;
    }

    ActionSummary toSummary() {
        return new ActionSummary(id, meetingId, what, owner, dueOn, status);
    }
}
