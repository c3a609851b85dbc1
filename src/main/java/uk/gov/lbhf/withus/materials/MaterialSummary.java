package uk.gov.lbhf.withus.materials;

import java.time.OffsetDateTime;
import java.util.List;

public record MaterialSummary(
        long id,
        long groupId,
        String title,
        String summary,
        MaterialType type,
        OffsetDateTime publishedAt,
        List<FormatOption> formats) {}
