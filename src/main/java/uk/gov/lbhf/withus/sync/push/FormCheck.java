package uk.gov.lbhf.withus.sync.push;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.gov.lbhf.withus.equality.EqualitySection;
import uk.gov.lbhf.withus.feedback.AnswerProblem;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.feedback.FormQuestion;
import uk.gov.lbhf.withus.feedback.FormQuestions;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.AnswerReferences;
import uk.gov.lbhf.withus.sync.push.ItemParser.Parsed;

/**
 * Push, step "check against the form": the item's form version (kept in memory once found: a published version
 * never changes) and its answers against that version's questions (the rules of sync/rules/answers.vectors.json).
 */
@Component
public class FormCheck {

    private final FeedbackFormService forms;
    private final Map<String, AnswerReferences> references = new HashMap<>(); // by what they refer to
    private final Map<String, FormSummary> formVersions = new ConcurrentHashMap<>();
    private final Map<String, List<FormQuestion>> formQuestions = new ConcurrentHashMap<>(); // by key@version
    private final Map<String, Boolean> equalitySections = new ConcurrentHashMap<>(); // by key@version

    FormCheck(FeedbackFormService forms, List<AnswerReferences> references) {
        this.forms = forms;
        references.forEach(r -> this.references.put(r.refersTo(), r));
    }

    /**
     * A published form version never changes (a change is a new version), so once found it is kept in memory;
     * a version not found is asked for again, as it may be published later.
     */
    /** Whether the person may answer this version (its audience: roles, or a group's members). */
    boolean mayFillIn(FormSummary form, uk.gov.lbhf.withus.people.CurrentUser user) {
        return forms.mayFillIn(form, user);
    }

    Optional<FormSummary> formVersion(String key, int version) {
        String name = key + "@" + version;
        FormSummary known = formVersions.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<FormSummary> found = forms.find(key, version);
        found.ifPresent(f -> formVersions.put(name, f));
        return found;
    }

    /**
     * The answers' problems against the form version's questions; then, for the sender (null: a later copy an officer
     * may choose, whose sender was checked with the first), whether each thing a reference answer names is one they
     * can see.
     */
    List<AnswerProblem> answerProblems(FormSummary form, Parsed parsed, JsonNode item, CurrentUser sender) {
        Map<String, String> byQuestion = new HashMap<>();
        parsed.attachments.forEach(a -> byQuestion.put(a.questionId(), a.sha256()));
        List<FormQuestion> questions = formQuestions.computeIfAbsent(
                parsed.formKey + "@" + parsed.formVersion, k -> FormQuestions.parse(form.definition()));
        List<AnswerProblem> problems = FormQuestions.check(form, questions, item.get("answers"), byQuestion);
        if (!problems.isEmpty() || sender == null) {
            return problems;
        }
        for (FormQuestion q : questions) {
            JsonNode answer = item.get("answers").get(q.id());
            if (q.refers() == null
                    || answer == null
                    || !answer.isString()
                    || answer.asString().isBlank()) {
                continue;
            }
            AnswerReferences owner = references.get(q.refers());
            if (owner == null || !owner.canSee(sender, answer.asString())) {
                problems.add(new AnswerProblem(
                        "answers." + q.id(),
                        "unknown-reference",
                        "There is no " + q.refers() + " '" + answer.asString() + "' that this account can see"));
            }
        }
        return problems;
    }

    /**
     * What an item's equality answers get wrong (sync/SPEC.md, "Equality information"): any on a version without the
     * section, or what the section's rule refuses.
     */
    List<AnswerProblem> equalityProblems(FormSummary form, Parsed parsed, JsonNode equality) {
        if (equality == null) {
            return List.of();
        }
        boolean section = equalitySections.computeIfAbsent(
                parsed.formKey + "@" + parsed.formVersion, k -> form.hasEqualitySection());
        if (!section) {
            return List.of(new AnswerProblem(
                    "equality", "no-equality-section", "This form version has no equality section to answer"));
        }
        return EqualitySection.check(equality).stream()
                .map(p -> new AnswerProblem(p.field(), p.code(), p.message()))
                .toList();
    }

    /**
     * The answers as stored: by value. An answer a device captured before options had values (the option's former
     * words, on a migrated version) is stored as the value it stands for; the item itself is kept as it came, and its
     * content identity is what was sent (sync/SPEC.md, "Choices and their values").
     */
    String storedAnswers(Parsed parsed, JsonNode item, String written) {
        List<FormQuestion> questions = formQuestions.get(parsed.formKey + "@" + parsed.formVersion);
        JsonNode answers = item.get("answers");
        if (questions == null || answers == null || !answers.isObject()) {
            return written;
        }
        tools.jackson.databind.node.ObjectNode rewritten = null;
        for (FormQuestion q : questions) {
            JsonNode answer = answers.get(q.id());
            if (answer != null && answer.isString()) {
                String value = FormQuestions.valueOf(q, answer.asString());
                if (!value.equals(answer.asString())) {
                    if (rewritten == null) {
                        rewritten = ((tools.jackson.databind.node.ObjectNode) answers).deepCopy();
                    }
                    rewritten.put(q.id(), value);
                }
            }
        }
        return rewritten == null ? written : uk.gov.lbhf.withus.sync.CanonicalJson.write(rewritten);
    }

    /**
     * Why an item could not be stored as answers to its form version (empty if it could). Used for the later copy
     * of a conflict before an officer may choose it; who may send to the form was settled by the first copy.
     */
    public List<AnswerProblem> problemsOf(JsonNode item) {
        List<AnswerProblem> problems = new ArrayList<>();
        Parsed parsed = ItemParser.parse(item, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Optional<FormSummary> form = formVersion(parsed.formKey, parsed.formVersion);
        if (form.isEmpty()) {
            return List.of(unknownVersion(parsed));
        }
        return answerProblems(form.get(), parsed, item, null);
    }

    static AnswerProblem unknownVersion(Parsed parsed) {
        return new AnswerProblem(
                "form",
                "unknown-form-version",
                "There is no version " + parsed.formVersion + " of form '" + parsed.formKey + "'");
    }
}
