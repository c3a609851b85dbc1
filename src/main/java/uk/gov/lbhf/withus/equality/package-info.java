/**
 * Equality information: the optional section a form can carry (the GOV.UK equality information pattern with the ONS
 * Census 2021 categories, sync/rules/rules.json "equality"). Its answers are kept apart from the form's answers and
 * from the person – a row per respondent under a random id, with only the form, version, capture mode and month – and
 * are shown only as counts, a count under 5 as "fewer than 5". Its door: {@link EqualityService}; the rule both
 * sides apply: {@link EqualitySection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Equality information")
package uk.gov.lbhf.withus.equality;
