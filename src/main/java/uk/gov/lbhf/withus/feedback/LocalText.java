package uk.gov.lbhf.withus.feedback;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A text of a form in each language it is written in (sync/schemas/form-definition.schema.json, "text"): English is
 * always there and is the fallback.
 */
public record LocalText(Map<String, String> byLanguage) {

    public LocalText {
        if (byLanguage.get("en") == null || byLanguage.get("en").isBlank()) {
            throw new IllegalArgumentException("A form text needs its English words");
        }
        byLanguage = Map.copyOf(byLanguage);
    }

    public static LocalText english(String text) {
        return new LocalText(Map.of("en", text));
    }

    static LocalText read(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("A form text is an object of words by language");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (!e.getKey().matches("[a-z]{2,3}")
                    || !e.getValue().isString()
                    || e.getValue().asString().isBlank()) {
                throw new IllegalArgumentException(
                        "A form text has words for a language tag, not '" + e.getKey() + "'");
            }
            texts.put(e.getKey(), e.getValue().asString());
        });
        return new LocalText(texts);
    }

    public String english() {
        return byLanguage.get("en");
    }

    /** The words in this language, or English where the form is not written in it. */
    public String in(Locale locale) {
        return byLanguage.getOrDefault(locale.getLanguage(), english());
    }

    /** The language {@link #in} gives its words in (to mark them with {@code lang} where it is not the page's). */
    public String languageFor(Locale locale) {
        return byLanguage.containsKey(locale.getLanguage()) ? locale.getLanguage() : "en";
    }
}
