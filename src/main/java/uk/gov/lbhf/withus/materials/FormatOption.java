package uk.gov.lbhf.withus.materials;

/** One of the formats a material is offered in. {@code mediaType} is set for file formats (audio). */
public record FormatOption(long id, FormatKind kind, String language, String mediaType) {}
