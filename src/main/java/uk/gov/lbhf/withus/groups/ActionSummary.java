package uk.gov.lbhf.withus.groups;

import java.time.LocalDate;

/** An action from a meeting as pages show it. */
public record ActionSummary(long id, long meetingId, String what, String owner, LocalDate dueOn, ActionStatus status) {}
