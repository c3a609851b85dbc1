package uk.gov.lbhf.withus.groups;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An action as an organiser writes it, before it is checked: what, who (a person or a team, in their words) and the
 * day it is due as "year-month-day" (GOV.UK's Day, Month and Year boxes).
 */
public record NewAction(String what, String owner, String dueOn) {

    public static final int WHAT_MAX = 500;
    public static final int OWNER_MAX = 200;
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** One thing wrong: the field ({@code what}, {@code owner}, {@code due}) and its code. */
    public record Problem(String field, String code) {}

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (what == null || what.isBlank()) {
            problems.add(new Problem("what", "what-missing"));
        } else if (what.strip().length() > WHAT_MAX) {
            problems.add(new Problem("what", "what-too-long"));
        }
        if (owner == null || owner.isBlank()) {
            problems.add(new Problem("owner", "owner-missing"));
        } else if (owner.strip().length() > OWNER_MAX) {
            problems.add(new Problem("owner", "owner-too-long"));
        }
        if (dueOn == null || dueOn.replace("-", "").isBlank()) {
            problems.add(new Problem("due", "due-missing"));
        } else if (day() == null) {
            problems.add(new Problem("due", "due-invalid"));
        }
        return problems;
    }

    /** The due day, or null when it is not a real date. */
    LocalDate day() {
        var m = DAY.matcher(dueOn == null ? "" : dueOn.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
