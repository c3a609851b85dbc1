package uk.gov.lbhf.withus.sync;

import uk.gov.lbhf.withus.people.CurrentUser;

/**
 * What a reference answer may point to (sync/SPEC.md, "Answers that refer to things"): a feature that owns a kind of
 * thing (materials: {@code material}) says whether a person can see the one an answer names. The push refuses an
 * answer that names one they cannot see with {@code unknown-reference}, the same whether it exists or not.
 */
public interface AnswerReferences {

    /** The kind, as a reference question's {@code refers} names it. */
    String refersTo();

    /** Whether this person can see the thing with this id (an id of the right shape, as the pull gave it). */
    boolean canSee(CurrentUser person, String id);
}
