package uk.gov.lbhf.withus.base.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times the GOV.UK way: "Tuesday 8 December 2026, 6:30pm to 8pm". */
public final class Dates {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {}

    public static String day(OffsetDateTime when) {
        return DAY.format(when.atZoneSameInstant(LONDON));
    }

    public static String shortDay(java.time.LocalDate day) {
        return SHORT_DAY.format(day);
    }

    public static String shortDay(OffsetDateTime when) {
        return SHORT_DAY.format(when.atZoneSameInstant(LONDON));
    }

    public static String time(OffsetDateTime when) {
        var local = when.atZoneSameInstant(LONDON);
        int hour = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
        String suffix = local.getHour() < 12 ? "am" : "pm";
        return local.getMinute() == 0 ? hour + suffix : hour + ":" + String.format("%02d", local.getMinute()) + suffix;
    }

    /** "Tuesday 8 December 2026, 6:30pm to 8pm" (the word "to" is passed in, translated). */
    public static String span(OffsetDateTime start, OffsetDateTime end, String to) {
        return day(start) + ", " + time(start) + " " + to + " " + time(end);
    }

    /** Machine-readable form for a {@code <time datetime>} attribute. */
    public static String iso(OffsetDateTime when) {
        return when.toString();
    }
}
