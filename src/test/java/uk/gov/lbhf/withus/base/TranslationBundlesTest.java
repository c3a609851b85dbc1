package uk.gov.lbhf.withus.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every language has every key, with the same placeholders, as valid ICU MessageFormat, and a plural with every
 * plural form its language has (Arabic six, Polish four, English two). A translator who drops a key, renames
 * {0} or leaves out Arabic's "few" fails here, not in front of a resident.
 */
class TranslationBundlesTest {

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() {
        Map<String, String> english = Translations.bundle("en");
        assertThat(english).hasSizeGreaterThan(400);
        List<String> problems = new ArrayList<>();
        for (Languages.Language language : Languages.all()) {
            problems.addAll(problems(english, Translations.bundle(language.tag()), language));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingKeyAWrongPlaceholderAndAMissingPluralFormAreEachFound() {
        Languages.Language arabic = Languages.find("ar").orElseThrow();
        Map<String, String> english =
                Map.of("a", "Hello {0}", "b", "Bye", "c", "{0, plural, one {# answer} other {# answers}}", "d", "x");
        Map<String, String> broken = Map.of(
                "a", "مرحبا {1}",
                "c", "{0, plural, one {# إجابة} other {# إجابات}}",
                "d", "{0, plural, one {");
        assertThat(problems(english, broken, arabic))
                .anyMatch(p -> p.contains("ar: b is missing"))
                .anyMatch(p -> p.contains("ar: a has placeholders [1], English [0]"))
                .anyMatch(p -> p.contains("ar: c lacks plural forms [few, many, two, zero]"))
                .anyMatch(p -> p.contains("ar: d is not ICU MessageFormat"));
    }

    /** sync/rules/messages.vectors.json: the texts both sides must give (frontend/test/i18n.test.ts runs them too). */
    @Test
    void pluralsAndNumbersAreWordedByEachLanguagesOwnRules() throws Exception {
        var vectors = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(java.nio.file.Path.of("sync/rules/messages.vectors.json")
                        .toFile());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var c : vectors.path("cases")) {
            Locale locale =
                    Languages.find(c.path("language").asString()).orElseThrow().locale();
            List<Object> args = new ArrayList<>();
            c.path("args").forEach(a -> args.add(a.isNumber() ? (Object) a.numberValue() : a.asString()));
            String text = Translations.text(locale, c.path("key").asString(), args.toArray());
            checked++;
            if (!text.equals(c.path("text").asString())) {
                wrong.add(c.path("language").asString() + " " + c.path("key").asString() + " " + args + ": " + text);
            }
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(wrong).isEmpty();
    }

    static List<String> problems(Map<String, String> english, Map<String, String> bundle, Languages.Language language) {
        List<String> problems = new ArrayList<>();
        Set<String> plural =
                PluralRules.forLocale(ULocale.forLocale(language.locale())).getKeywords();
        for (var entry : new java.util.TreeMap<>(english).entrySet()) {
            String key = entry.getKey();
            String text = bundle.get(key);
            if (text == null) {
                problems.add(language.tag() + ": " + key + " is missing");
                continue;
            }
            MessagePattern own;
            try {
                own = new MessagePattern(text);
            } catch (IllegalArgumentException e) {
                problems.add(language.tag() + ": " + key + " is not ICU MessageFormat (" + e.getMessage() + ")");
                continue;
            }
            Set<String> ownArgs = arguments(own);
            Set<String> englishArgs = arguments(new MessagePattern(entry.getValue()));
            if (!ownArgs.equals(englishArgs)) {
                problems.add(language.tag() + ": " + key + " has placeholders " + ownArgs + ", English " + englishArgs);
            }
            for (Set<String> forms : pluralForms(own)) {
                Set<String> lacking = new TreeSet<>(plural);
                lacking.removeAll(forms);
                if (!lacking.isEmpty()) {
                    problems.add(language.tag() + ": " + key + " lacks plural forms " + lacking);
                }
            }
        }
        for (String key : bundle.keySet()) {
            if (!english.containsKey(key)) {
                problems.add(language.tag() + ": " + key + " is not an English key");
            }
        }
        return problems;
    }

    private static Set<String> arguments(MessagePattern pattern) {
        Set<String> args = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME
                    || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                args.add(pattern.getSubstring(part));
            }
        }
        return args;
    }

    /** The selectors of each plural argument (explicit "=0" selectors are not plural forms). */
    private static List<Set<String>> pluralForms(MessagePattern pattern) {
        List<Set<String>> all = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> forms = new TreeSet<>();
                int limit = pattern.getLimitPartIndex(i);
                int depth = 0;
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part p = pattern.getPart(j);
                    if (p.getType() == MessagePattern.Part.Type.MSG_START) {
                        depth++;
                    } else if (p.getType() == MessagePattern.Part.Type.MSG_LIMIT) {
                        depth--;
                    } else if (depth == 0 && p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        forms.add(pattern.getSubstring(p));
                    }
                }
                all.add(forms);
            }
        }
        return all;
    }
}
