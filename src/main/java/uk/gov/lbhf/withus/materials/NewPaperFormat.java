package uk.gov.lbhf.withus.materials;

import java.util.ArrayList;
import java.util.List;

/**
 * An alternative format an organiser adds to a paper, as entered: which format (easy read, large print, audio, or the
 * paper in another of the group's languages), its language, and its content – text, a file or both, as for the paper
 * ({@link NewPaper#contentProblems}).
 */
public record NewPaperFormat(String kind, String language, String text, String fileName, byte[] file) {

    /** The formats added beside a paper's standard version. */
    public static final List<FormatKind> KINDS =
            List.of(FormatKind.EASY_READ, FormatKind.LARGE_PRINT, FormatKind.AUDIO, FormatKind.TRANSLATED);

    /** Checked against the group's languages and the formats the paper has already. */
    List<NewPaper.Problem> problems(List<String> groupLanguages, List<FormatOption> existing) {
        List<NewPaper.Problem> problems = new ArrayList<>();
        FormatKind chosen = chosenKind().orElse(null);
        if (kind == null || kind.isBlank()) {
            problems.add(new NewPaper.Problem("kind", "kind-missing"));
        } else if (chosen == null) {
            problems.add(new NewPaper.Problem("kind", "kind-unknown"));
        }
        if (language == null || language.isBlank()) {
            problems.add(new NewPaper.Problem("language", "language-missing"));
        } else if (!groupLanguages.contains(language)) {
            problems.add(new NewPaper.Problem("language", "language-unknown"));
        } else if (chosen == FormatKind.TRANSLATED && "en".equals(language)) {
            problems.add(new NewPaper.Problem("language", "language-translated-english"));
        } else if (chosen != null
                && existing.stream()
                        .anyMatch(f -> f.kind() == chosen && f.language().equals(language))) {
            problems.add(new NewPaper.Problem("kind", "format-exists"));
        }
        problems.addAll(NewPaper.contentProblems(text, fileName, file, chosen == FormatKind.AUDIO));
        return problems;
    }

    java.util.Optional<FormatKind> chosenKind() {
        return KINDS.stream().filter(k -> k.name().equals(kind)).findFirst();
    }
}
