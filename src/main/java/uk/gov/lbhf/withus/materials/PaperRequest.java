package uk.gov.lbhf.withus.materials;

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

/** One ask for a paper in a format or a language it is not offered in yet (who asked stays with the submission). */
@Entity
@Table(name = "paper_request")
class PaperRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false, unique = true)
    private UUID submissionId;

    @Column(name = "material_id", nullable = false)
    private Long materialId;

    @Enumerated(EnumType.STRING)
    @Column(name = "format_kind", nullable = false, length = 16)
    private FormatKind formatKind;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    /** Who asked, to tell them when it is there (null for requests from before V22, and once they are erased). */
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "fulfilled_at")
    private OffsetDateTime fulfilledAt;

    protected PaperRequest() {}

    void fulfilled(OffsetDateTime at) {
        this.fulfilledAt = at;
    }

    Long getMaterialId() {
        return materialId;
    }

    FormatKind getFormatKind() {
        return formatKind;
    }

    String getLanguage() {
        return language;
    }

    OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    OffsetDateTime getFulfilledAt() {
        return fulfilledAt;
    }

    PaperRequest(
            UUID submissionId,
            long personId,
            long materialId,
            FormatKind formatKind,
            String language,
            OffsetDateTime at) {
        this.submissionId = submissionId;
        this.personId = personId;
        this.materialId = materialId;
        this.formatKind = formatKind;
        this.language = language;
        this.requestedAt = at;
    }
}
