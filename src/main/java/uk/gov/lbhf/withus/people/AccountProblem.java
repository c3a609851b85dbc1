package uk.gov.lbhf.withus.people;

/**
 * What is wrong with what someone entered for their account: the field it belongs to and a stable code (the bundle's
 * {@code account.error.<code>} says it in the reader's language).
 */
public record AccountProblem(String field, String code) {}
