package uk.gov.lbhf.withus.feedback;

import java.time.OffsetDateTime;

public record FormSummary(String formKey, int version, String title, String description, String definition,
        OffsetDateTime publishedAt) {
}
