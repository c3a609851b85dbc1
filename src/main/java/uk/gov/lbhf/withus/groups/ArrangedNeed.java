package uk.gov.lbhf.withus.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An access need a person asked for to take part in a meeting, marked arranged by one of its organisers. */
@Entity
@Table(name = "meeting_arranged_need")
class ArrangedNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false, length = 40)
    private String need;

    @Column(name = "arranged_by", nullable = false)
    private Long arrangedBy;

    @Column(name = "arranged_at", nullable = false)
    private OffsetDateTime arrangedAt;

    protected ArrangedNeed() {}

    ArrangedNeed(long meetingId, long personId, String need, long arrangedBy, OffsetDateTime arrangedAt) {
        this.meetingId = meetingId;
        this.personId = personId;
        this.need = need;
        this.arrangedBy = arrangedBy;
        this.arrangedAt = arrangedAt;
    }

    Long getMeetingId() {
        return meetingId;
    }

    Long getPersonId() {
        return personId;
    }

    String getNeed() {
        return need;
    }
}
