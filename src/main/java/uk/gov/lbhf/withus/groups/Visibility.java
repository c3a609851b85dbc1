package uk.gov.lbhf.withus.groups;

/** Who can see a group: any signed-in person, or only its members (and staff who run groups). */
public enum Visibility {
    PUBLIC,
    MEMBERS
}
