package uk.gov.lbhf.withus.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;
import uk.gov.lbhf.withus.base.Languages.Language;

/**
 * Every user-facing text, in every language: {@code vaadin-i18n/translations.properties} (English, the fallback) and
 * {@code translations_<tag>.properties}, the same keys, ICU MessageFormat ({@code {0}}, {@code {0, plural, one {…}
 * other {…}}}, {@code {0, number}}). The device reads the same files with intl-messageformat (frontend/i18n.ts), so
 * both sides word a text the same way.
 */
@Component
public class Translations implements I18NProvider {

    private static final Map<String, Map<String, String>> BUNDLES = read();

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.all().stream().map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(locale, key, params);
    }

    /** The text for a key in a language (English where the language lacks it), its placeholders filled in. */
    public static String text(Locale locale, String key, Object... params) {
        Language language = Languages.of(locale);
        String pattern = BUNDLES.get(language.tag()).get(key);
        if (pattern == null) {
            pattern = BUNDLES.get(Languages.english().tag()).get(key);
            language = Languages.english();
        }
        if (pattern == null) {
            return "!" + key;
        }
        return new MessageFormat(pattern, ULocale.forLocale(language.locale())).format(params);
    }

    /** Whether the English bundle has this key (every language has the same keys: TranslationBundlesTest). */
    public static boolean has(String key) {
        return BUNDLES.get(Languages.english().tag()).containsKey(key);
    }

    /** The raw patterns of one language, by key (for the tests that compare bundles). */
    public static Map<String, String> bundle(String tag) {
        return BUNDLES.get(tag);
    }

    private static Map<String, Map<String, String>> read() {
        Map<String, Map<String, String>> bundles = new HashMap<>();
        for (Language language : Languages.all()) {
            String file = language.equals(Languages.english())
                    ? "/vaadin-i18n/translations.properties"
                    : "/vaadin-i18n/translations_" + language.tag() + ".properties";
            try (InputStream in = Translations.class.getResourceAsStream(file)) {
                Properties properties = new Properties();
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                Map<String, String> texts = new HashMap<>();
                properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
                bundles.put(language.tag(), Map.copyOf(texts));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(bundles);
    }
}
