package uk.gov.lbhf.withus.materials;

public enum MaterialType {
    AGENDA,
    PAPER,
    MINUTES,
    REPORT,
    CASE_STUDY,
    YOU_SAID_WE_DID
}
