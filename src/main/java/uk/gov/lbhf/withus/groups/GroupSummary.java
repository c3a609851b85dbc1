package uk.gov.lbhf.withus.groups;

/** A group as other features and views see it. */
public record GroupSummary(long id, String slug, String name, String purpose, String audience, Visibility visibility) {}
