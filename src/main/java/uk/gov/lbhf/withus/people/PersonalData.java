package uk.gov.lbhf.withus.people;

import java.util.List;

/**
 * What a feature holds about one person, for the right to erasure (UK GDPR Article 17). Each feature that keeps
 * something linked to a person implements it; the rights module asks all of them, shows the person the lines
 * before they confirm, then erases in one transaction (all or nothing). A feature never learns about the others.
 */
public interface PersonalData {

    /** One kind of thing held: how many, and whether erasure deletes it or keeps it without the person's link. */
    record Line(String key, long count, Outcome outcome) {}

    enum Outcome {
        /** Removed for good. */
        DELETED,
        /** Kept, with nothing left that links it to the person (the reason is the line's translation). */
        KEPT_ANONYMISED
    }

    /** What erasing this person would do here. Lines with a count of 0 may be left out. */
    List<Line> whatErasureDoes(long personId);

    /** Does it, inside the caller's transaction; returns what was done (the same lines, counted again). */
    List<Line> erase(long personId);
}
