package uk.gov.lbhf.withus.equality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import uk.gov.lbhf.withus.base.SharedRules;

/**
 * The equality section's rule, as sync/rules/equality.vectors.json states it for both sides (the device's is
 * validateEquality in frontend/offline/equality/equality.ts): every question optional, each answer one of its
 * question's choices or prefer-not-to-say; problems in the section's order, then questions it does not have.
 */
public final class EqualitySection {

    private EqualitySection() {}

    /** The section's questions in order, each with its choices (prefer-not-to-say is offered besides them). */
    public static Map<String, List<String>> questions() {
        return SharedRules.EQUALITY_QUESTIONS;
    }

    /** Whether this question has a hint of its own (bundle key {@code equality.<id>.hint}). */
    public static boolean hasHint(String questionId) {
        return SharedRules.EQUALITY_HINTS.contains(questionId);
    }

    /**
     * What is wrong with one equality answer: its question ({@code null}: the whole object), a stable code, and plain
     * words.
     */
    public record Problem(String questionId, String code, String message) {
        /** Where the protocol names it: {@code equality.<id>}, or {@code equality}. */
        public String field() {
            return questionId == null ? "equality" : "equality." + questionId;
        }
    }

    /** What an {@code equality} object of a submission gets wrong. */
    public static List<Problem> check(JsonNode equality) {
        if (equality == null || equality.isNull()) {
            return List.of();
        }
        if (!equality.isObject()) {
            return List.of(
                    new Problem(null, "not-an-object", "equality must be a JSON object of answers by question id"));
        }
        List<Problem> problems = new ArrayList<>();
        questions().forEach((id, choices) -> {
            JsonNode answer = equality.get(id);
            if (answer == null
                    || answer.isNull()
                    || answer.isString() && answer.asString().isEmpty()) {
                return; // not answered: every question is optional
            }
            if (!answer.isString()
                    || !choices.contains(answer.asString())
                            && !SharedRules.PREFER_NOT_TO_SAY.equals(answer.asString())) {
                problems.add(new Problem(
                        id,
                        "not-an-option",
                        "The equality answer to " + id + " must be one of its choices or "
                                + SharedRules.PREFER_NOT_TO_SAY));
            }
        });
        equality.propertyNames().forEach(name -> {
            if (!questions().containsKey(name)) {
                problems.add(new Problem(
                        printable(name),
                        "unknown-question",
                        "The equality section has no question '" + printable(name) + "'"));
            }
        });
        return problems;
    }

    /** The answers given (a checked object), by question in the section's order; those not answered left out. */
    public static Map<String, String> answered(JsonNode equality) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (equality != null && equality.isObject()) {
            questions().keySet().forEach(id -> {
                JsonNode answer = equality.get(id);
                if (answer != null && answer.isString() && !answer.asString().isEmpty()) {
                    answers.put(id, answer.asString());
                }
            });
        }
        return answers;
    }

    private static String printable(String name) {
        String cut = name.length() > 80 ? name.substring(0, 80) : name;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
