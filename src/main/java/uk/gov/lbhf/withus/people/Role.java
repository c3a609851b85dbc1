package uk.gov.lbhf.withus.people;

/** What a person may do in WithUs. Checked on the server for every view and endpoint. */
public enum Role {
    RESIDENT,
    LEASEHOLDER,
    OFFICER,
    COPRODUCTION_TEAM,
    COUNCILLOR;

    /** Staff roles run groups and see every group, including members-only ones. */
    public boolean isStaff() {
        return this == OFFICER || this == COPRODUCTION_TEAM;
    }
}
