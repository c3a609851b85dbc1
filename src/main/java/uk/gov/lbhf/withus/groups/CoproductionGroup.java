package uk.gov.lbhf.withus.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A co-production group: residents and decision makers working together on one area of council work. */
@Entity
@Table(name = "coproduction_group")
class CoproductionGroup {

    static final int NAME_MAX = 160;
    static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = TEXT_MAX)
    private String purpose;

    /** Who the group is for, in plain words. */
    @Column(nullable = false, length = TEXT_MAX)
    private String audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;

    /** Space-separated language tags: what the group works in. */
    @Column(nullable = false, length = 64)
    private String languages = "en";

    @Column(name = "closed_at")
    private java.time.Instant closedAt;

    @Column(name = "closed_reason", length = TEXT_MAX)
    private String closedReason;

    protected CoproductionGroup() {}

    CoproductionGroup(String slug, String name, String purpose, String audience, Visibility visibility) {
        this.slug = slug;
        this.name = name;
        this.purpose = purpose;
        this.audience = audience;
        this.visibility = visibility;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    String getPurpose() {
        return purpose;
    }

    String getAudience() {
        return audience;
    }

    Visibility getVisibility() {
        return visibility;
    }

    java.util.List<String> getLanguages() {
        return java.util.List.of(languages.split(" "));
    }

    void setLanguages(java.util.List<String> tags) {
        this.languages = String.join(" ", tags);
    }

    boolean isClosed() {
        return closedAt != null;
    }

    void close(java.time.Instant at, String reason) {
        this.closedAt = at;
        this.closedReason = reason;
    }

    java.time.Instant getClosedAt() {
        return closedAt;
    }

    String getClosedReason() {
        return closedReason;
    }

    GroupSummary toSummary() {
        return new GroupSummary(id, slug, name, purpose, audience, visibility);
    }
}
