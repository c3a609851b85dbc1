package uk.gov.lbhf.withus.materials;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A group paper (agenda, minutes, report...) with its alternative formats. */
@Entity
@Table(name = "material")
class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MaterialType type;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    /** The meeting this paper is for (its minutes, its agenda), or null. */
    @Column(name = "meeting_id")
    private Long meetingId;

    @OneToMany(mappedBy = "material", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<MaterialFormat> formats = new ArrayList<>();

    protected Material() {}

    Material(long groupId, String title, String summary, MaterialType type, OffsetDateTime publishedAt) {
        this.groupId = groupId;
        this.title = title;
        this.summary = summary;
        this.type = type;
        this.publishedAt = publishedAt;
    }

    void forMeeting(Long meetingId) {
        this.meetingId = meetingId;
    }

    void publishedBy(long personId) {
        this.publishedBy = personId;
    }

    String getTitle() {
        return title;
    }

    void addFormat(MaterialFormat format) {
        format.attachTo(this);
        formats.add(format);
    }

    Long getId() {
        return id;
    }

    Long getGroupId() {
        return groupId;
    }

    List<MaterialFormat> getFormats() {
        return formats;
    }

    MaterialSummary toSummary() {
        return new MaterialSummary(
                id,
                groupId,
                title,
                summary,
                type,
                publishedAt,
                formats.stream()
                        .sorted(Comparator.comparing(MaterialFormat::getKind)
                                .thenComparing(MaterialFormat::getLanguage))
                        .map(MaterialFormat::toOption)
                        .toList(),
                meetingId);
    }
}
