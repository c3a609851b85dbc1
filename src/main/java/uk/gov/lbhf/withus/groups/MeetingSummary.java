package uk.gov.lbhf.withus.groups;

import java.time.OffsetDateTime;
import java.util.List;

public record MeetingSummary(
        long id,
        String groupSlug,
        String groupName,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        String venueAccessibility,
        List<String> agendaItems) {}
