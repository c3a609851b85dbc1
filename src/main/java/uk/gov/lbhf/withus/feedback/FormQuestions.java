package uk.gov.lbhf.withus.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads form definitions and checks answers against them. The TypeScript form applies the same rules. */
public final class FormQuestions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int DEFAULT_MAX_LENGTH = uk.gov.lbhf.withus.base.SharedRules.DEFAULT_MAX_LENGTH;

    private FormQuestions() {}

    /** The questions of a definition; refuses one that clients could not render. */
    public static List<FormQuestion> parse(String definitionJson) {
        JsonNode root;
        try {
            root = JSON.readTree(definitionJson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The form definition is not JSON", e);
        }
        JsonNode questions = root.path("questions");
        if (!questions.isArray() || questions.isEmpty()) {
            throw new IllegalArgumentException("A form definition needs a non-empty questions array");
        }
        List<FormQuestion> result = new ArrayList<>();
        for (JsonNode q : questions) {
            String id = q.path("id").asString("");
            String type = q.path("type").asString("");
            if (!id.matches("[a-zA-Z][a-zA-Z0-9]{0,79}")
                    || !FormQuestion.TYPES.contains(type)
                    || q.path("label").asString("").isBlank()) {
                throw new IllegalArgumentException(
                        "Question " + result.size() + " needs an id, a known type and a label");
            }
            List<String> options = new ArrayList<>();
            q.path("options").forEach(option -> options.add(option.asString()));
            if (type.equals("radios") && options.isEmpty()) {
                throw new IllegalArgumentException("Question " + id + " has no options");
            }
            result.add(new FormQuestion(
                    id,
                    type,
                    q.path("label").asString(),
                    q.path("required").asBoolean(false),
                    options,
                    q.path("maxLength").asInt(DEFAULT_MAX_LENGTH)));
        }
        return List.copyOf(result);
    }

    /**
     * Checks a submission's answers.
     *
     * @param attachments the SHA-256 of the attachment the submission declares, by question id
     * @return the problems, empty when the answers are acceptable
     */
    public static List<AnswerProblem> check(FormSummary form, JsonNode answers, Map<String, String> attachments) {
        return check(form, parse(form.definition()), answers, attachments);
    }

    /** As above, with the form's questions already parsed (a sync batch parses each form version once). */
    public static List<AnswerProblem> check(
            FormSummary form, List<FormQuestion> questions, JsonNode answers, Map<String, String> attachments) {
        List<AnswerProblem> problems = new ArrayList<>();
        if (answers == null || !answers.isObject()) {
            problems.add(new AnswerProblem("answers", "not-an-object", "Answers must be a JSON object"));
            return problems;
        }
        for (String key : answers.propertyNames()) {
            if (questions.stream().noneMatch(q -> q.id().equals(key))) {
                problems.add(new AnswerProblem(
                        "answers." + key,
                        "unknown-question",
                        "Version " + form.version() + " of this form has no question '" + key + "'"));
            }
        }
        for (FormQuestion q : questions) {
            JsonNode answer = answers.get(q.id());
            String field = "answers." + q.id();
            boolean empty = answer == null
                    || answer.isNull()
                    || (answer.isString() && answer.asString().isBlank());
            if (empty) {
                if (q.required()) {
                    problems.add(new AnswerProblem(field, "required", "'" + q.label() + "' needs an answer"));
                }
                continue;
            }
            if (!answer.isString()) {
                problems.add(new AnswerProblem(field, "not-text", "The answer to '" + q.label() + "' must be text"));
                continue;
            }
            String value = answer.asString();
            switch (q.type()) {
                case "radios" -> {
                    if (!q.options().contains(value)) {
                        problems.add(new AnswerProblem(
                                field,
                                "not-an-option",
                                "'" + value + "' is not one of the choices for '" + q.label() + "'"));
                    }
                }
                case "textarea" -> {
                    if (value.codePointCount(0, value.length()) > q.maxLength()) {
                        problems.add(new AnswerProblem(
                                field,
                                "too-long",
                                "The answer to '" + q.label() + "' must be " + q.maxLength() + " characters or fewer"));
                    }
                }
                case "consent" -> {
                    if (!FormQuestion.CONSENT_ANSWERS.contains(value)) {
                        problems.add(new AnswerProblem(
                                field, "not-an-option", "The answer to '" + q.label() + "' must be yes or no"));
                    }
                }
                case "photo", "audio" -> {
                    if (!SHA256.matcher(value).matches() || !value.equals(attachments.get(q.id()))) {
                        problems.add(new AnswerProblem(
                                field,
                                "attachment-not-declared",
                                "The file for '" + q.label() + "' must be one of the submission's attachments"));
                    }
                }
                default -> throw new IllegalStateException(q.type());
            }
        }
        return problems;
    }
}
