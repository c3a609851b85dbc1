package uk.gov.lbhf.withus.materials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * A file someone uploads as a paper or one of its formats, checked before anything is kept: its type is read from its
 * bytes (Apache Tika's magic numbers), never taken from its name or from what the browser says; it must be one the
 * council publishes (PDF, Word, OpenDocument text, plain text, or audio), agree with its name, stay under the size
 * limit for its kind, and carry no active content (Word macros, PDF scripts or launch actions). Files are then kept in
 * the database and served only to people who may see the group, documents as downloads, never inline (see
 * {@code MaterialFileController}).
 */
public record PaperFile(String fileName, String mediaType, byte[] content) {

    /** A document (PDF, Word, OpenDocument, plain text): 20 MB. */
    public static final int DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

    /** A recording: 50 MB (about an hour of speech at 96 kbit/s). */
    public static final int AUDIO_MAX_BYTES = 50 * 1024 * 1024;

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String TEXT = "text/plain";

    /** The types accepted, by the file-name ending each must have. */
    static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", PDF,
            "docx", DOCX,
            "odt", ODT,
            "txt", TEXT,
            "mp3", "audio/mpeg",
            "m4a", "audio/mp4",
            "ogg", "audio/ogg",
            "oga", "audio/ogg",
            "wav", "audio/vnd.wave");

    private static final Tika TIKA = new Tika();

    /** Why a file was refused: a stable code each (the bundle's {@code paper.error.<code>}). */
    public enum Problem {
        EMPTY("file-empty"),
        TOO_LARGE("file-too-large"),
        NOT_ACCEPTED("file-type"),
        NAME_DISAGREES("file-lies"),
        ACTIVE_CONTENT("file-active");

        public final String code;

        Problem(String code) {
            this.code = code;
        }
    }

    /** The outcome of a check: the file as it will be kept, or why not. */
    public record Checked(Optional<PaperFile> file, Optional<Problem> problem) {
        static Checked ok(PaperFile file) {
            return new Checked(Optional.of(file), Optional.empty());
        }

        static Checked refused(Problem problem) {
            return new Checked(Optional.empty(), Optional.of(problem));
        }
    }

    public boolean isAudio() {
        return mediaType.startsWith("audio/");
    }

    public boolean isText() {
        return TEXT.equals(mediaType);
    }

    /** The text of a plain text file (checked to be UTF-8 when it was accepted). */
    public String text() {
        return new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
    }

    /** Checks a file as uploaded: its name as given by the browser, and its bytes. */
    public static Checked check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return Checked.refused(Problem.EMPTY);
        }
        String name = safeName(fileName);
        String claimed = BY_EXTENSION.get(extension(name));
        String found = detect(content);
        if (claimed == null) {
            return Checked.refused(Problem.NOT_ACCEPTED); // not a kind of file the council publishes, by its name
        }
        if (!claimed.equals(found)) {
            return Checked.refused(Problem.NAME_DISAGREES); // its bytes are not what its name says
        }
        int max = claimed.startsWith("audio/") ? AUDIO_MAX_BYTES : DOCUMENT_MAX_BYTES;
        if (content.length > max) {
            return Checked.refused(Problem.TOO_LARGE);
        }
        if (hasActiveContent(claimed, content)) {
            return Checked.refused(Problem.ACTIVE_CONTENT);
        }
        return Checked.ok(new PaperFile(name, claimed, content));
    }

    /** What the bytes are, as one of the accepted types where they are one, else what Tika calls them. */
    static String detect(byte[] content) {
        String tika = TIKA.detect(content);
        return switch (tika) {
            case "audio/x-wav", "audio/wav", "audio/vnd.wave" -> "audio/vnd.wave";
            case "audio/x-m4a", "audio/mp4", "video/mp4" -> isAudioMp4(content) ? "audio/mp4" : tika;
            case "audio/vorbis", "audio/opus", "audio/ogg", "application/ogg" -> "audio/ogg";
            case "application/zip", "application/x-tika-ooxml" -> zipped(content);
            case "text/plain" -> isUtf8(content) ? TEXT : "application/octet-stream";
            default -> tika;
        };
    }

    /** A Word document is a zip with word/document.xml in it; OpenDocument names its type in its mimetype entry. */
    private static String zipped(byte[] content) {
        Set<String> entries = zipEntries(content);
        if (entries.contains("word/document.xml") && entries.contains("[Content_Types].xml")) {
            return DOCX;
        }
        if (entries.contains("mimetype") && entries.contains("content.xml")) {
            return ODT;
        }
        return "application/zip";
    }

    private static boolean isAudioMp4(byte[] content) {
        // ISO media: "ftyp" at 4, then the brand; M4A is the audio-only brand
        if (content.length < 12) {
            return false;
        }
        String brand = new String(content, 8, 4, StandardCharsets.ISO_8859_1);
        return brand.equals("M4A ") || brand.equals("M4B ");
    }

    private static boolean hasActiveContent(String mediaType, byte[] content) {
        return switch (mediaType) {
            case DOCX ->
                zipEntries(content).stream()
                        .anyMatch(e -> e.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")
                                || e.toLowerCase(Locale.ROOT).startsWith("word/activex/"));
            case ODT -> zipEntries(content).stream().anyMatch(e -> e.startsWith("Basic/") || e.startsWith("Scripts/"));
            case PDF -> containsAny(content, "/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/RichMedia");
            default -> false;
        };
    }

    private static Set<String> zipEntries(byte[] content) {
        Set<String> names = new HashSet<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && names.size() < 10_000) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            // a broken zip: whatever was read before the break
        }
        return names;
    }

    private static boolean containsAny(byte[] content, String... tokens) {
        String latin1 = new String(content, StandardCharsets.ISO_8859_1);
        for (String token : tokens) {
            int at = latin1.indexOf(token);
            while (at >= 0) {
                int next = at + token.length();
                // "/JS" must not match "/JSON…": a PDF name ends at a delimiter or white space
                if (next >= latin1.length() || !Character.isLetterOrDigit(latin1.charAt(next))) {
                    return true;
                }
                at = latin1.indexOf(token, next);
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            return false;
        }
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    /** The name without any folder part, control characters or quotes, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        if (name.length() > 200) {
            String ext = extension(name);
            name = name.substring(0, 199 - ext.length()) + "." + ext;
        }
        return name.isEmpty() ? "paper" : name;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The usual ending for a kept file's type, for a file name given back on download. */
    public String extension() {
        return extension(fileName);
    }
}
