package uk.gov.lbhf.withus.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The languages WithUs is written in, read from {@code vaadin-i18n/languages.json} (the device reads the same file).
 * English is the default and the fallback.
 */
public final class Languages {

    /** One language: its tag (the bundle's suffix), its name in itself, its direction and the locale it formats in. */
    public record Language(String tag, String name, boolean rightToLeft, Locale locale) {

        public String dir() {
            return rightToLeft ? "rtl" : "ltr";
        }
    }

    /** The cookie that keeps the choice on a device (before signing in, and offline): the device reads it too. */
    public static final String COOKIE = "withus-lang";

    private static final List<Language> ALL = read();

    private Languages() {}

    public static List<Language> all() {
        return ALL;
    }

    public static Language english() {
        return ALL.getFirst();
    }

    /** A language's name in the reader's language, capitalised as a label begins ("Arabic", "Árabe"). */
    public static String nameFor(String tag, Locale reader) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(reader);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    /** The language with this tag (or of this locale), if WithUs is written in it. */
    public static Optional<Language> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return ALL.stream().filter(l -> l.tag().equals(language)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? english() : find(locale.toLanguageTag()).orElse(english());
    }

    /** The first of a browser's preferred languages (an Accept-Language header) that WithUs is written in. */
    public static Language bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return english();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                Optional<Language> found = find(range.getRange());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header no browser sends: the default
        }
        return english();
    }

    private static List<Language> read() {
        try (InputStream in = Languages.class.getResourceAsStream("/vaadin-i18n/languages.json")) {
            if (in == null) {
                throw new IllegalStateException("vaadin-i18n/languages.json is not on the classpath");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Language> languages = new ArrayList<>();
            for (JsonNode l : root.path("languages")) {
                languages.add(new Language(
                        l.path("tag").asString(),
                        l.path("name").asString(),
                        "rtl".equals(l.path("dir").asString()),
                        Locale.forLanguageTag(l.path("locale").asString())));
            }
            if (languages.isEmpty()
                    || !languages.getFirst().tag().equals(root.path("default").asString())) {
                throw new IllegalStateException("languages.json must list the default language first");
            }
            return List.copyOf(languages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
