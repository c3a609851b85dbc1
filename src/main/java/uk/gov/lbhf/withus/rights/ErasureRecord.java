package uk.gov.lbhf.withus.rights;

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

/** The audit record of one erasure: who asked and how, who did it, when, what was done. No name, no username. */
@Entity
@Table(name = "erasure_record")
class ErasureRecord {

    enum RequestedBy {
        SELF,
        STAFF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "erased_person_id", nullable = false, updatable = false)
    private long erasedPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false, updatable = false, length = 16)
    private RequestedBy requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_channel", nullable = false, updatable = false, length = 16)
    private ErasureService.Channel channel;

    @Column(name = "requested_on", nullable = false, updatable = false)
    private LocalDate requestedOn;

    /** The username of whoever did it: the person themselves or a member of staff. */
    @Column(name = "actioned_by", nullable = false, updatable = false, length = 64)
    private String actionedBy;

    @Column(name = "actioned_at", nullable = false, updatable = false)
    private OffsetDateTime actionedAt;

    /** What was done, as JSON lines {key, count, outcome}. */
    @Column(nullable = false, updatable = false, length = 4000)
    private String summary;

    protected ErasureRecord() {}

    ErasureRecord(
            long erasedPersonId,
            RequestedBy requestedBy,
            ErasureService.Channel channel,
            LocalDate requestedOn,
            String actionedBy,
            OffsetDateTime actionedAt,
            String summary) {
        this.erasedPersonId = erasedPersonId;
        this.requestedBy = requestedBy;
        this.channel = channel;
        this.requestedOn = requestedOn;
        this.actionedBy = actionedBy;
        this.actionedAt = actionedAt;
        this.summary = summary;
    }

    long getErasedPersonId() {
        return erasedPersonId;
    }

    RequestedBy getRequestedBy() {
        return requestedBy;
    }

    ErasureService.Channel getChannel() {
        return channel;
    }

    LocalDate getRequestedOn() {
        return requestedOn;
    }

    String getActionedBy() {
        return actionedBy;
    }

    OffsetDateTime getActionedAt() {
        return actionedAt;
    }

    String getSummary() {
        return summary;
    }
}
