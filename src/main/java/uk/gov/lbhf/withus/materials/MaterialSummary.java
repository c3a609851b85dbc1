package uk.gov.lbhf.withus.materials;

import java.time.OffsetDateTime;
import java.util.List;

/** A paper as lists show it: its formats, and the meeting it is for (null when it is for none). */
public record MaterialSummary(
        long id,
        long groupId,
        String title,
        String summary,
        MaterialType type,
        OffsetDateTime publishedAt,
        List<FormatOption> formats,
        Long meetingId) {}
