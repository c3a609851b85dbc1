package uk.gov.lbhf.withus.materials;

/** A format to publish with a material: text ({@code content} null) or a file with its transcript as text. */
public record NewFormat(
        FormatKind kind, String language, String text, String mediaType, String fileName, byte[] content) {

    public static NewFormat text(FormatKind kind, String language, String text) {
        return new NewFormat(kind, language, text, null, null, null);
    }

    public static NewFormat audio(
            String language, String transcript, String mediaType, String fileName, byte[] content) {
        return new NewFormat(FormatKind.AUDIO, language, transcript, mediaType, fileName, content);
    }
}
