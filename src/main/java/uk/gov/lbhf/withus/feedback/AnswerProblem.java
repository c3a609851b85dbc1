package uk.gov.lbhf.withus.feedback;

/** Why an answer cannot be accepted: the field (e.g. {@code answers.rating}), a stable code and plain words. */
public record AnswerProblem(String field, String code, String message) {}
