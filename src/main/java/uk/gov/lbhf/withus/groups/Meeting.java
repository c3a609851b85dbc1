package uk.gov.lbhf.withus.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A group meeting: when, where, how accessible the venue is, and the agenda (one item a line). */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private CoproductionGroup group;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(name = "venue_accessibility", nullable = false, length = CoproductionGroup.TEXT_MAX)
    private String venueAccessibility;

    @Column(nullable = false, length = CoproductionGroup.TEXT_MAX)
    private String agenda;

    /** The access facts' values, separated by single spaces ({@link MeetingSummary#ACCESS_FACTS}). */
    @Column(name = "access_facts", nullable = false, length = 200)
    private String accessFacts = "";

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    protected Meeting() {}

    Meeting(
            CoproductionGroup group,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            String venueAccessibility,
            List<String> agendaItems) {
        this.group = group;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.venueAccessibility = venueAccessibility;
        this.agenda = String.join("\n", agendaItems);
    }

    Meeting(
            CoproductionGroup group,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            String venueAccessibility,
            List<String> agendaItems,
            List<String> accessFacts,
            String onlineLink) {
        this(group, startsAt, endsAt, place, venueAccessibility, agendaItems);
        this.accessFacts = String.join(" ", accessFacts);
        this.onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink;
    }

    Long getId() {
        return id;
    }

    MeetingSummary toSummary() {
        List<String> items = Arrays.stream(agenda.split("\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new MeetingSummary(
                id,
                group.getSlug(),
                group.getName(),
                startsAt,
                endsAt,
                place,
                venueAccessibility,
                items,
                accessFacts.isBlank() ? List.of() : List.of(accessFacts.split(" ")),
                onlineLink);
    }

    Long getGroupId() {
        return group.getId();
    }
}
