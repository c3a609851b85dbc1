package uk.gov.lbhf.withus.groups;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting: when, where (a place, an online link, or both), its access facts as stable values (bundle keys
 * {@code meeting.fact.<value>}) beside the organisers' own words about access, and its agenda.
 */
public record MeetingSummary(
        long id,
        String groupSlug,
        String groupName,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        String venueAccessibility,
        List<String> agendaItems,
        List<String> accessFacts,
        String onlineLink) {

    /** The access facts an organiser can state, in the order they are shown. */
    public static final List<String> ACCESS_FACTS =
            List.of("step-free", "hearing-loop", "accessible-toilet", "quiet-room", "bsl-booked", "captions-booked");

    public MeetingSummary {
        agendaItems = List.copyOf(agendaItems);
        accessFacts = List.copyOf(accessFacts);
    }
}
