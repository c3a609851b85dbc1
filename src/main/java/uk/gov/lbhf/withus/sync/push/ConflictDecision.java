package uk.gov.lbhf.withus.sync.push;

/** Which copy of a submission sent twice with different answers counts: the one stored first, or the later one. */
public enum ConflictDecision {
    KEEP_FIRST,
    USE_LATER
}
