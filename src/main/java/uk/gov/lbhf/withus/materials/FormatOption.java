package uk.gov.lbhf.withus.materials;

/**
 * One of the formats a material is offered in. {@code mediaType} is set for file formats (a recording, a PDF or Word
 * document), with the file's size in bytes and its name; a text format has neither.
 */
public record FormatOption(
        long id, FormatKind kind, String language, String mediaType, long fileSize, String fileName) {

    public boolean isAudio() {
        return mediaType != null && mediaType.startsWith("audio/");
    }

    public boolean isDocument() {
        return mediaType != null && !isAudio();
    }
}
