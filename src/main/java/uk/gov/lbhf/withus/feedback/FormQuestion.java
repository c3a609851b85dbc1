package uk.gov.lbhf.withus.feedback;

import java.util.List;
import java.util.Optional;

/**
 * One question of a form definition (see sync/schemas/form-definition.schema.json). Types: {@code radios} (the value
 * of one of {@code options}), {@code checkboxes} (several of their values, separated by single spaces), {@code textarea} (free text up to {@code maxLength}), {@code text} (one line), {@code number} (a
 * decimal within {@code min} and {@code max}), {@code date} (YYYY-MM-DD), {@code scale} (1 to 5, {@code low} and
 * {@code high} saying what the ends mean), {@code ranking} (every option's value once, most important first),
 * {@code consent} ("yes" or "no"), {@code photo} and {@code audio} (the SHA-256 of an attachment the submission declares) and {@code reference} (the
 * id of a thing of kind {@code refers}, e.g. a material, as the pull gave it). Its texts are in each language the form
 * is written in.
 */
public record FormQuestion(
        String id,
        String type,
        LocalText label,
        LocalText hint,
        boolean required,
        List<Option> options,
        int maxLength,
        String refers,
        java.math.BigDecimal min,
        java.math.BigDecimal max,
        LocalText low,
        LocalText high) {

    public static final List<String> TYPES = List.of(
            "radios",
            "checkboxes",
            "textarea",
            "text",
            "number",
            "date",
            "scale",
            "ranking",
            "consent",
            "photo",
            "audio",
            "reference");
    /** The kinds whose answer is one or more of the question's options. */
    public static final List<String> WITH_OPTIONS = List.of("radios", "checkboxes", "ranking");
    /** What a reference question may refer to (sync/schemas/form-definition.schema.json, "refers"). */
    public static final List<String> REFERS = List.of("material", "meeting", "group");
    /** The shape of a reference answer: an id as the pull gives it (sync/rules/answers.vectors.json). */
    public static final java.util.regex.Pattern REFERENCE = uk.gov.lbhf.withus.base.SharedRules.REFERENCE;

    public static final List<String> CONSENT_ANSWERS = uk.gov.lbhf.withus.base.SharedRules.CONSENT_ANSWERS;

    /** A choice: its stable value (what answers carry), its words, and on a migrated version the words it used to carry. */
    public record Option(String value, LocalText label, String was) {}

    public FormQuestion {
        options = List.copyOf(options);
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }
}
