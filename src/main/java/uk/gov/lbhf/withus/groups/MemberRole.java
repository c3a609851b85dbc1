package uk.gov.lbhf.withus.groups;

/** The part a member plays in a co-production group. */
public enum MemberRole {
    RESIDENT,
    CO_CHAIR,
    OFFICER,
    COUNCILLOR,
    PARTNER
}
