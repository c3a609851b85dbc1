package uk.gov.lbhf.withus.groups;

import java.util.ArrayList;
import java.util.List;
import uk.gov.lbhf.withus.base.Languages;

/**
 * A group the co-production team is starting, as typed: its name, what it is for, who it is for, whether anyone may
 * see it or only its members, and the languages it works in (English always among them: the council's own).
 */
public record NewGroup(String name, String purpose, String audience, String visibility, List<String> languages) {

    /** What is wrong, by field: a stable code each (the bundle's {@code newGroup.error.<code>}). */
    public record Problem(String field, String code) {}

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        required("name", name, CoproductionGroup.NAME_MAX, problems);
        required("purpose", purpose, CoproductionGroup.TEXT_MAX, problems);
        required("audience", audience, CoproductionGroup.TEXT_MAX, problems);
        if (visibility == null || visibility.isBlank()) {
            problems.add(new Problem("visibility", "visibility-missing"));
        } else if (!List.of("PUBLIC", "MEMBERS").contains(visibility)) {
            problems.add(new Problem("visibility", "visibility-unknown"));
        }
        if (languages.stream().anyMatch(tag -> Languages.find(tag).isEmpty())) {
            problems.add(new Problem("languages", "language-unknown"));
        }
        return problems;
    }

    /** The languages to keep: English first, then the others in the order of languages.json. */
    List<String> languageTags() {
        return Languages.all().stream()
                .map(Languages.Language::tag)
                .filter(tag -> tag.equals("en") || languages.contains(tag))
                .toList();
    }

    private static void required(String field, String value, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, field + "-missing"));
        } else if (value.strip().length() > max) {
            problems.add(new Problem(field, field + "-too-long"));
        }
    }
}
