package uk.gov.lbhf.withus.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** What an uploaded file is, by its bytes: accepted kinds, lying names, active content, sizes. */
class PaperFileTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                    + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    static byte[] zip(Map<String, String> entries) {
        try (var out = new ByteArrayOutputStream();
                var zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] docx() {
        return zip(new java.util.LinkedHashMap<>(Map.of(
                "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>", "_rels/.rels", "<r/>")));
    }

    static byte[] odt() {
        var entries = new java.util.LinkedHashMap<String, String>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("content.xml", "<office:document-content/>");
        return zip(entries);
    }

    /** An MP3: an ID3v2 tag, then MPEG-1 Layer III frames. */
    static byte[] mp3() {
        byte[] bytes = new byte[4096];
        byte[] id3 = {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0};
        System.arraycopy(id3, 0, bytes, 0, id3.length);
        for (int at = 10; at + 4 < bytes.length; at += 418) {
            bytes[at] = (byte) 0xFF;
            bytes[at + 1] = (byte) 0xFB;
            bytes[at + 2] = (byte) 0x90;
            bytes[at + 3] = 0x64;
        }
        return bytes;
    }

    static byte[] wav() {
        byte[] bytes = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        bytes[4] = 56;
        System.arraycopy("WAVEfmt ".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        return bytes;
    }

    @Test
    void accepts_each_kind_the_council_publishes_by_its_bytes() {
        assertThat(type("minutes.pdf", PDF)).isEqualTo(PaperFile.PDF);
        assertThat(type("minutes.docx", docx())).isEqualTo(PaperFile.DOCX);
        assertThat(type("minutes.odt", odt())).isEqualTo(PaperFile.ODT);
        assertThat(type("minutes.txt", "Plain words, ŵ and عربى".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(PaperFile.TEXT);
        assertThat(type("minutes.mp3", mp3())).isEqualTo("audio/mpeg");
        assertThat(type("minutes.wav", wav())).isEqualTo("audio/vnd.wave");
        assertThat(type("MINUTES.PDF", PDF)).as("the ending in any case").isEqualTo(PaperFile.PDF);
    }

    @Test
    void a_file_whose_name_lies_about_its_type_is_refused() {
        assertThat(problem("minutes.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(PaperFile.Problem.NAME_DISAGREES);
        assertThat(problem("minutes.pdf", docx())).isEqualTo(PaperFile.Problem.NAME_DISAGREES);
        assertThat(problem("recording.mp3", PDF)).isEqualTo(PaperFile.Problem.NAME_DISAGREES);
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 512);
        assertThat(problem("minutes.docx", exe)).isEqualTo(PaperFile.Problem.NAME_DISAGREES);
        assertThat(problem("minutes.docx", zip(Map.of("a.txt", "just a zip"))))
                .isEqualTo(PaperFile.Problem.NAME_DISAGREES);
        assertThat(problem("minutes.txt", new byte[] {(byte) 0xC3, 0x28, 0x00}))
                .as("not UTF-8 text")
                .isEqualTo(PaperFile.Problem.NAME_DISAGREES);
    }

    @Test
    void kinds_the_council_does_not_publish_are_refused_by_name() {
        assertThat(problem("minutes.html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(PaperFile.Problem.NOT_ACCEPTED);
        assertThat(problem("picture.svg", "<svg/>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(PaperFile.Problem.NOT_ACCEPTED);
        assertThat(problem("minutes", PDF)).isEqualTo(PaperFile.Problem.NOT_ACCEPTED);
        assertThat(problem("minutes.pdf", new byte[0])).isEqualTo(PaperFile.Problem.EMPTY);
    }

    @Test
    void active_content_is_refused() {
        var macros = new java.util.LinkedHashMap<String, String>();
        macros.put("[Content_Types].xml", "<Types/>");
        macros.put("word/document.xml", "<w:document/>");
        macros.put("word/vbaProject.bin", "macro");
        assertThat(problem("minutes.docx", zip(macros))).isEqualTo(PaperFile.Problem.ACTIVE_CONTENT);
        byte[] script = new String(PDF, StandardCharsets.ISO_8859_1)
                .replace("/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problem("minutes.pdf", script)).isEqualTo(PaperFile.Problem.ACTIVE_CONTENT);
        var basic = new java.util.LinkedHashMap<String, String>();
        basic.put("mimetype", "application/vnd.oasis.opendocument.text");
        basic.put("content.xml", "<office:document-content/>");
        basic.put("Basic/Standard/Module1.xml", "macro");
        assertThat(problem("minutes.odt", zip(basic))).isEqualTo(PaperFile.Problem.ACTIVE_CONTENT);
    }

    @Test
    void each_kind_has_its_size_limit() {
        byte[] big = Arrays.copyOf(PDF, PaperFile.DOCUMENT_MAX_BYTES + 1);
        assertThat(problem("big.pdf", big)).isEqualTo(PaperFile.Problem.TOO_LARGE);
        assertThat(type("just-under.pdf", Arrays.copyOf(PDF, PaperFile.DOCUMENT_MAX_BYTES)))
                .isEqualTo(PaperFile.PDF);
        byte[] longRecording = Arrays.copyOf(mp3(), PaperFile.DOCUMENT_MAX_BYTES + 1);
        assertThat(type("long.mp3", longRecording))
                .as("audio may be larger than a document")
                .isEqualTo("audio/mpeg");
        assertThat(problem("too-long.mp3", Arrays.copyOf(mp3(), PaperFile.AUDIO_MAX_BYTES + 1)))
                .isEqualTo(PaperFile.Problem.TOO_LARGE);
    }

    @Test
    void the_name_kept_has_no_folders_quotes_or_control_characters() {
        assertThat(PaperFile.safeName("C:\\Users\\sam\\Minutes \"final\".pdf")).isEqualTo("Minutes final.pdf");
        assertThat(PaperFile.safeName("../../etc/x.pdf")).isEqualTo("x.pdf");
        assertThat(PaperFile.safeName("a\r\nb.pdf")).isEqualTo("ab.pdf");
        assertThat(PaperFile.safeName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }

    private static String type(String name, byte[] bytes) {
        var checked = PaperFile.check(name, bytes);
        assertThat(checked.problem()).as(name).isEmpty();
        return checked.file().orElseThrow().mediaType();
    }

    private static PaperFile.Problem problem(String name, byte[] bytes) {
        return PaperFile.check(name, bytes).problem().orElseThrow(() -> new AssertionError(name + " was accepted"));
    }
}
