package uk.gov.lbhf.withus.feedback;

import java.util.List;

/**
 * One question of a form definition (see sync/schemas/form-definition.schema.json). Types: {@code radios} (one of
 * {@code options}), {@code textarea} (free text up to {@code maxLength}), {@code consent} ("yes" or "no") and
 * {@code photo} and {@code audio} (the SHA-256 of an attachment the submission declares).
 */
public record FormQuestion(
        String id, String type, String label, boolean required, List<String> options, int maxLength) {

    public static final List<String> TYPES = List.of("radios", "textarea", "consent", "photo", "audio");
    public static final List<String> CONSENT_ANSWERS = uk.gov.lbhf.withus.base.SharedRules.CONSENT_ANSWERS;

    public FormQuestion {
        options = List.copyOf(options);
    }
}
