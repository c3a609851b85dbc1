package uk.gov.lbhf.withus.base;

import java.util.Optional;

/**
 * Where a person's own language choice is kept with their account (people implements it), so that it follows them
 * to any device they sign in on.
 */
public interface AccountLanguages {

    /** The language tag the account chose, if it chose one. */
    Optional<String> languageOf(String username);

    /** Keeps a signed-in person's choice with their account. */
    void choose(String username, String tag);
}
