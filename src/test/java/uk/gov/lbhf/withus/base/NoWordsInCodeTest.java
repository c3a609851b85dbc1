package uk.gov.lbhf.withus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a person reads comes from the bundles, in their language: this fails on words written in a view
 * (Java {@code ui} packages) or a Lit template (frontend) instead. It looks for what a person would read – text in
 * a template between tags, an aria-label, title or placeholder written out, and a text given to a component that
 * shows it – not for every string (class names, addresses and keys are not words for people).
 */
class NoWordsInCodeTest {

    /** Words: two letters or more, then a space and another word (one word alone is usually a name or a key). */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[^<>{}]*\\s\\p{L}+");

    private static final Pattern JAVA_SHOWN = Pattern.compile(
            "new (?:H[1-6]|Paragraph|Span|NativeButton|ListItem|Label|Button|Legend|Pre|Emphasis|Strong)\\(\\s*\"([^\"]+)\""
                    + "|\\.setText\\(\\s*\"([^\"]+)\""
                    + "|setAttribute\\(\\s*\"(?:aria-label|title|placeholder|alt)\"\\s*,\\s*\"([^\"]+)\""
                    + "|new Anchor\\([^,()]+,\\s*\"([^\"]+)\"");

    private static final Pattern LIT_TEMPLATE = Pattern.compile("html`(.*?)`", Pattern.DOTALL);
    private static final Pattern LIT_TEXT = Pattern.compile(">([^<>]+)<");
    private static final Pattern LIT_ATTRIBUTE = Pattern.compile("(?:aria-label|title|placeholder|alt)=\"([^\"$]+)\"");

    @Test
    void no_view_or_template_writes_words_for_people_itself() throws IOException {
        assertThat(found(Path.of("src/main/java"), Path.of("frontend"))).isEmpty();
    }

    @Test
    void words_written_in_a_view_or_a_template_are_found() throws IOException {
        Path dir = Files.createTempDirectory("words");
        Path ui = Files.createDirectories(dir.resolve("java/x/ui"));
        Files.writeString(
                ui.resolve("V.java"), "class V { V() { add(new H1(\"Your groups\")); add(new Span(\"wu-x\")); } }");
        Path frontend = Files.createDirectories(dir.resolve("frontend/offline"));
        Files.writeString(
                frontend.resolve("v.ts"),
                "const a = html`<p>${t('ok.key')}</p><h2>Send it now</h2><nav aria-label=\"Main menu\"></nav>`;");
        assertThat(found(dir.resolve("java"), dir.resolve("frontend")))
                .anyMatch(f -> f.endsWith("Your groups"))
                .anyMatch(f -> f.endsWith("Send it now"))
                .anyMatch(f -> f.endsWith("Main menu"))
                .noneMatch(f -> f.contains("wu-x") || f.contains("ok.key"))
                .hasSize(3);
    }

    static List<String> found(Path java, Path frontend) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(java)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".java") && f.toString().contains("/ui/"))
                    .toList()) {
                Matcher m = JAVA_SHOWN.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null && WORDS.matcher(m.group(g)).find()) {
                            found.add(file.getFileName() + ": " + m.group(g));
                        }
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(frontend)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ts")
                            && !f.toString().contains("node_modules")
                            && !f.toString().contains("/generated/")
                            && !f.toString().contains("/test/"))
                    .toList()) {
                Matcher template = LIT_TEMPLATE.matcher(Files.readString(file));
                while (template.find()) {
                    String body = template.group(1).replaceAll("\\$\\{[^}]*}", " ");
                    for (Pattern p : List.of(LIT_TEXT, LIT_ATTRIBUTE)) {
                        Matcher m = p.matcher(body);
                        while (m.find()) {
                            String text = m.group(1).strip();
                            if (WORDS.matcher(text).find()) {
                                found.add(file.getFileName() + ": " + text);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
