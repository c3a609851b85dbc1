package uk.gov.lbhf.withus.materials;

import java.time.OffsetDateTime;

/**
 * How many people asked for one paper in one format and language, since when, and whether it is offered now.
 *
 * @param kind {@link FormatKind#TRANSLATED} for the standard paper in another language than English
 */
public record PaperRequestSummary(
        long materialId,
        String title,
        String groupName,
        FormatKind kind,
        String language,
        long count,
        OffsetDateTime firstAsked,
        OffsetDateTime lastAsked,
        boolean offeredNow) {}
