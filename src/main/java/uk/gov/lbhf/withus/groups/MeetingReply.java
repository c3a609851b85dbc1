package uk.gov.lbhf.withus.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One reply to a meeting, kept on record; a person's reply captured last is the one that counts. */
@Entity
@Table(name = "meeting_reply")
class MeetingReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false, unique = true)
    private UUID submissionId;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false, length = 8)
    private String attending;

    /** The needs' values, separated by single spaces (as the answer carried them). */
    @Column(nullable = false, length = 200)
    private String needs;

    @Column(name = "other_needs", length = 2000)
    private String otherNeeds;

    @Column(name = "captured_at", nullable = false)
    private OffsetDateTime capturedAt;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    protected MeetingReply() {}

    MeetingReply(
            UUID submissionId,
            long meetingId,
            long personId,
            String attending,
            String needs,
            String otherNeeds,
            OffsetDateTime capturedAt,
            OffsetDateTime receivedAt) {
        this.submissionId = submissionId;
        this.meetingId = meetingId;
        this.personId = personId;
        this.attending = attending;
        this.needs = needs == null ? "" : needs;
        this.otherNeeds = otherNeeds == null || otherNeeds.isBlank() ? null : otherNeeds;
        this.capturedAt = capturedAt;
        this.receivedAt = receivedAt;
    }

    Long getMeetingId() {
        return meetingId;
    }

    Long getPersonId() {
        return personId;
    }

    OffsetDateTime getCapturedAt() {
        return capturedAt;
    }

    MeetingReplySummary toSummary(String name) {
        List<String> chosen = needs.isBlank() ? List.of() : Arrays.asList(needs.split(" "));
        return new MeetingReplySummary(personId, name, attending, chosen, otherNeeds, capturedAt, java.util.Set.of());
    }
}
