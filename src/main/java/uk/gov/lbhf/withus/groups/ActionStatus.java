package uk.gov.lbhf.withus.groups;

/** Where an action from a meeting is (bundle keys {@code actions.status.<name>}). */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
