package uk.gov.lbhf.withus.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One person who came to a meeting, as an organiser recorded it. */
@Entity
@Table(name = "meeting_attendance")
class MeetingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected MeetingAttendance() {}

    MeetingAttendance(long meetingId, long personId, long recordedBy, OffsetDateTime recordedAt) {
        this.meetingId = meetingId;
        this.personId = personId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getMeetingId() {
        return meetingId;
    }

    Long getPersonId() {
        return personId;
    }
}
