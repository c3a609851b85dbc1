package uk.gov.lbhf.withus.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.base.SharedRules;

/** Reads form definitions and checks answers against them. The TypeScript form applies the same rules. */
public final class FormQuestions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int DEFAULT_MAX_LENGTH = uk.gov.lbhf.withus.base.SharedRules.DEFAULT_MAX_LENGTH;

    private FormQuestions() {}

    /** A text of the definition itself (its title or description), in each language it is written in. */
    static java.util.Optional<LocalText> text(String definitionJson, String field) {
        try {
            return java.util.Optional.ofNullable(
                    LocalText.read(JSON.readTree(definitionJson).path(field)));
        } catch (JacksonException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** A true/false field of a definition (false where it is missing or the definition is not JSON). */
    static boolean flag(String definitionJson, String field) {
        try {
            return JSON.readTree(definitionJson).path(field).asBoolean(false);
        } catch (JacksonException | IllegalArgumentException e) {
            return false;
        }
    }

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
            if (!id.matches("[a-zA-Z][a-zA-Z0-9]{0,79}") || !FormQuestion.TYPES.contains(type)) {
                throw new IllegalArgumentException("Question " + result.size() + " needs an id and a known type");
            }
            LocalText label = LocalText.read(q.path("label"));
            if (label == null) {
                throw new IllegalArgumentException("Question " + id + " needs a label");
            }
            List<FormQuestion.Option> options = new ArrayList<>();
            for (JsonNode option : q.path("options")) {
                String value = option.path("value").asString("");
                LocalText optionLabel = LocalText.read(option.path("label"));
                if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*") || value.length() > 80 || optionLabel == null) {
                    throw new IllegalArgumentException("Each choice of question " + id + " needs a value and words");
                }
                if (options.stream().anyMatch(o -> o.value().equals(value))) {
                    throw new IllegalArgumentException("Question " + id + " has the value '" + value + "' twice");
                }
                options.add(new FormQuestion.Option(
                        value,
                        optionLabel,
                        option.path("was").isString() ? option.path("was").asString() : null));
            }
            if (FormQuestion.WITH_OPTIONS.contains(type) && options.isEmpty()) {
                throw new IllegalArgumentException("Question " + id + " has no options");
            }
            if (type.equals("ranking") && options.size() < 2) {
                throw new IllegalArgumentException("Question " + id + " ranks at least two choices");
            }
            java.math.BigDecimal min = q.path("min").isNumber() ? q.path("min").decimalValue() : null;
            java.math.BigDecimal max = q.path("max").isNumber() ? q.path("max").decimalValue() : null;
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw new IllegalArgumentException("Question " + id + ": min is more than max");
            }
            String refers = q.path("refers").isString() ? q.path("refers").asString() : null;
            if (type.equals("reference") != (refers != null)
                    || (refers != null && !FormQuestion.REFERS.contains(refers))) {
                throw new IllegalArgumentException(
                        "Question " + id + ": a reference question, and only one, names what it refers to");
            }
            result.add(new FormQuestion(
                    id,
                    type,
                    label,
                    LocalText.read(q.path("hint")),
                    q.path("required").asBoolean(false),
                    options,
                    q.path("maxLength")
                            .asInt(type.equals("text") ? SharedRules.SHORT_TEXT_MAX_LENGTH : DEFAULT_MAX_LENGTH),
                    refers,
                    min,
                    max,
                    LocalText.read(q.path("low")),
                    LocalText.read(q.path("high"))));
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
                    problems.add(
                            new AnswerProblem(field, "required", "'" + q.label().english() + "' needs an answer"));
                }
                continue;
            }
            if (!answer.isString()) {
                problems.add(new AnswerProblem(
                        field, "not-text", "The answer to '" + q.label().english() + "' must be text"));
                continue;
            }
            String value = answer.asString();
            switch (q.type()) {
                case "radios" -> {
                    if (q.option(valueOf(q, value)).isEmpty()) {
                        problems.add(new AnswerProblem(
                                field,
                                "not-an-option",
                                "'" + value + "' is not one of the choices for '"
                                        + q.label().english() + "'"));
                    }
                }
                case "checkboxes" -> {
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    String code = null;
                    for (String chosen : value.split(" ", -1)) {
                        if (q.option(chosen).isEmpty()) {
                            code = "not-an-option";
                            break;
                        }
                        if (!seen.add(chosen)) {
                            code = "repeated-choice";
                        }
                    }
                    if (code != null) {
                        problems.add(new AnswerProblem(
                                field,
                                code,
                                code.equals("not-an-option")
                                        ? "'" + value + "' holds a value that is not one of the choices for '"
                                                + q.label().english() + "'"
                                        : "'" + value + "' holds a choice twice"));
                    }
                }
                case "ranking" -> {
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    String code = null;
                    for (String chosen : value.split(" ", -1)) {
                        if (q.option(chosen).isEmpty()) {
                            code = "not-an-option";
                            break;
                        }
                        if (!seen.add(chosen)) {
                            code = "repeated-choice";
                        }
                    }
                    if (code == null && seen.size() < q.options().size()) {
                        code = "incomplete-ranking";
                    }
                    if (code != null) {
                        problems.add(new AnswerProblem(
                                field,
                                code,
                                switch (code) {
                                    case "not-an-option" ->
                                        "'" + value + "' holds a value that is not one of the" + " choices for '"
                                                + q.label().english() + "'";
                                    case "repeated-choice" -> "'" + value + "' holds a choice twice";
                                    default -> "'" + q.label().english() + "' must put every choice in order";
                                }));
                    }
                }
                case "text" -> {
                    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                        problems.add(new AnswerProblem(
                                field,
                                "not-one-line",
                                "The answer to '" + q.label().english() + "' is one line"));
                    } else if (value.codePointCount(0, value.length()) > q.maxLength()) {
                        problems.add(new AnswerProblem(
                                field,
                                "too-long",
                                "The answer to '" + q.label().english() + "' must be " + q.maxLength()
                                        + " characters or fewer"));
                    }
                }
                case "number" -> {
                    if (!SharedRules.NUMBER.matcher(value).matches()) {
                        problems.add(new AnswerProblem(
                                field,
                                "not-a-number",
                                "The answer to '" + q.label().english() + "' must be a number"));
                    } else {
                        var number = new java.math.BigDecimal(value);
                        if ((q.min() != null && number.compareTo(q.min()) < 0)
                                || (q.max() != null && number.compareTo(q.max()) > 0)) {
                            problems.add(new AnswerProblem(
                                    field,
                                    "out-of-range",
                                    "The answer to '" + q.label().english() + "' is outside the numbers it takes"));
                        }
                    }
                }
                case "date" -> {
                    if (!isDate(value)) {
                        problems.add(new AnswerProblem(
                                field,
                                "not-a-date",
                                "The answer to '" + q.label().english() + "' must be a real date, YYYY-MM-DD"));
                    }
                }
                case "scale" -> {
                    if (scalePoint(value) == null) {
                        problems.add(new AnswerProblem(
                                field,
                                "not-an-option",
                                "The answer to '" + q.label().english() + "' must be a whole number from "
                                        + SharedRules.SCALE_MIN + " to " + SharedRules.SCALE_MAX));
                    }
                }
                case "textarea" -> {
                    if (value.codePointCount(0, value.length()) > q.maxLength()) {
                        problems.add(new AnswerProblem(
                                field,
                                "too-long",
                                "The answer to '" + q.label().english() + "' must be " + q.maxLength()
                                        + " characters or fewer"));
                    }
                }
                case "consent" -> {
                    if (!FormQuestion.CONSENT_ANSWERS.contains(value)) {
                        problems.add(new AnswerProblem(
                                field,
                                "not-an-option",
                                "The answer to '" + q.label().english() + "' must be yes or no"));
                    }
                }
                case "photo", "audio" -> {
                    if (!SHA256.matcher(value).matches() || !value.equals(attachments.get(q.id()))) {
                        problems.add(new AnswerProblem(
                                field,
                                "attachment-not-declared",
                                "The file for '" + q.label().english()
                                        + "' must be one of the submission's attachments"));
                    }
                }
                case "reference" -> {
                    if (!FormQuestion.REFERENCE.matcher(value).matches()) {
                        problems.add(new AnswerProblem(
                                field,
                                "bad-reference",
                                "The answer to '" + q.label().english() + "' must be the id of a " + q.refers()));
                    }
                }
                default -> throw new IllegalStateException(q.type());
            }
        }
        return problems;
    }

    /** A date answer that is a day that exists (2024-02-29 is; 2023-02-29 is not). */
    static boolean isDate(String value) {
        if (!SharedRules.DATE.matcher(value).matches()) {
            return false;
        }
        try {
            java.time.LocalDate.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** A scale answer's point (1 to 5), or null when it is not one. */
    public static Integer scalePoint(String value) {
        if (!value.matches("[0-9]{1,2}")) {
            return null;
        }
        int point = Integer.parseInt(value);
        return point >= SharedRules.SCALE_MIN && point <= SharedRules.SCALE_MAX ? point : null;
    }

    /**
     * An answer that a device captured before options had values (its words, e.g. "Housing", on a migrated version)
     * read as the value it stands for; every other answer as it is (sync/SPEC.md, "Choices and their values").
     */
    public static String valueOf(FormQuestion q, String answer) {
        if (!q.type().equals("radios") || q.option(answer).isPresent()) {
            return answer;
        }
        return q.options().stream()
                .filter(o -> answer.equals(o.was()))
                .map(FormQuestion.Option::value)
                .findFirst()
                .orElse(answer);
    }

    /** One answer as a person reads it: the question's words and the answer's, in their language. */
    public record ReadableAnswer(String question, String questionLanguage, String answer, String answerLanguage) {}

    /**
     * Answers (by value, as stored) in a reader's language: a choice by its words in that language, a consent as the
     * bundle's yes/no (the caller words it), a text as it was written (its language unknown: null).
     */
    public static List<ReadableAnswer> readable(
            String definitionJson,
            JsonNode answers,
            java.util.Locale locale,
            java.util.function.Function<String, String> yesNo) {
        List<ReadableAnswer> result = new ArrayList<>();
        for (FormQuestion q : parse(definitionJson)) {
            JsonNode answer = answers == null ? null : answers.get(q.id());
            if (answer == null
                    || answer.isNull()
                    || !answer.isString()
                    || answer.asString().isBlank()) {
                continue;
            }
            result.add(readable(q, answer.asString(), locale, yesNo));
        }
        return result;
    }

    /** One answer (by value, as stored) in a reader's language, with its question: see {@link #readable(String, JsonNode, java.util.Locale, java.util.function.Function)}. */
    public static ReadableAnswer readable(
            FormQuestion q, String value, java.util.Locale locale, java.util.function.Function<String, String> yesNo) {
        String words = value;
        String wordsLanguage = null;
        switch (q.type()) {
            case "radios" -> {
                var option = q.option(valueOf(q, value));
                if (option.isPresent()) {
                    words = option.get().label().in(locale);
                    wordsLanguage = option.get().label().languageFor(locale);
                }
            }
            case "checkboxes" -> {
                List<String> chosen = new ArrayList<>();
                for (String v : value.split(" ")) {
                    chosen.add(q.option(v).map(o -> o.label().in(locale)).orElse(v));
                }
                words = String.join(", ", chosen);
                wordsLanguage = q.options().isEmpty()
                        ? null
                        : q.options().getFirst().label().languageFor(locale);
            }
            case "ranking" -> {
                List<String> ordered = new ArrayList<>();
                int position = 1;
                var number = java.text.NumberFormat.getIntegerInstance(locale); // the reader's digits
                for (String v : value.split(" ")) {
                    ordered.add(number.format(position++) + ". "
                            + q.option(v).map(o -> o.label().in(locale)).orElse(v));
                }
                words = String.join(", ", ordered);
                wordsLanguage = q.options().getFirst().label().languageFor(locale);
            }
            case "date" -> {
                if (isDate(value)) {
                    words = java.time.LocalDate.parse(value)
                            .format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                                            java.time.format.FormatStyle.LONG)
                                    .withLocale(locale));
                    wordsLanguage = locale.getLanguage();
                }
            }
            case "consent" -> {
                words = yesNo.apply(value);
                wordsLanguage = locale.getLanguage();
            }
            default -> {
                // a text or a file's hash: as it is
            }
        }
        return new ReadableAnswer(q.label().in(locale), q.label().languageFor(locale), words, wordsLanguage);
    }
}
