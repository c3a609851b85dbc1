package uk.gov.lbhf.withus.groups;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A meeting as an organiser writes it, before it is checked: the day as "year-month-day" and the times as "18:30"
 * (24-hour, London time), a place and/or an online link, the access facts chosen, their own words about access, and
 * the agenda one item per line. {@link #problems} says what is wrong, per field, by stable code (bundle keys
 * {@code scheduleMeeting.error.<code>}); the service schedules only a meeting with none.
 */
public record NewMeeting(
        String day,
        String starts,
        String ends,
        String place,
        String onlineLink,
        List<String> accessFacts,
        String accessNotes,
        String agenda) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final int MAX_AGENDA_ITEMS = 30;
    public static final int PLACE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int NOTES_MAX = 2000;
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** One thing wrong: the field ({@code day}, {@code starts}, {@code ends}, {@code place}, …) and its code. */
    public record Problem(String field, String code) {}

    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate date = null;
        var dayMatch = DAY.matcher(day == null ? "" : day.strip());
        if (day == null || day.replace("-", "").isBlank()) {
            problems.add(new Problem("day", "day-missing"));
        } else if (!dayMatch.matches()) {
            problems.add(new Problem("day", "day-invalid"));
        } else {
            try {
                date = LocalDate.of(
                        Integer.parseInt(dayMatch.group(1)),
                        Integer.parseInt(dayMatch.group(2)),
                        Integer.parseInt(dayMatch.group(3)));
                if (date.isBefore(today)) {
                    problems.add(new Problem("day", "day-past"));
                }
            } catch (java.time.DateTimeException e) {
                problems.add(new Problem("day", "day-invalid"));
            }
        }
        LocalTime start = time("starts", starts, problems);
        LocalTime end = time("ends", ends, problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new Problem("ends", "ends-before-start"));
        }
        boolean noPlace = place == null || place.isBlank();
        boolean noLink = onlineLink == null || onlineLink.isBlank();
        if (noPlace && noLink) {
            problems.add(new Problem("place", "place-or-link"));
        } else if (!noPlace && place.strip().length() > PLACE_MAX) {
            problems.add(new Problem("place", "place-too-long"));
        }
        if (!noLink && !isHttpsLink(onlineLink.strip())) {
            problems.add(new Problem("onlineLink", "link-invalid"));
        }
        if (accessFacts.stream().anyMatch(f -> !MeetingSummary.ACCESS_FACTS.contains(f))) {
            problems.add(new Problem("accessFacts", "fact-unknown"));
        }
        if (accessNotes != null && accessNotes.strip().length() > NOTES_MAX) {
            problems.add(new Problem("accessNotes", "notes-too-long"));
        }
        List<String> items = agendaItems();
        if (items.isEmpty()) {
            problems.add(new Problem("agenda", "agenda-missing"));
        } else if (items.size() > MAX_AGENDA_ITEMS || String.join("\n", items).length() > NOTES_MAX) {
            problems.add(new Problem("agenda", "agenda-too-long"));
        }
        return problems;
    }

    private static LocalTime time(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(field, field + "-missing"));
            return null;
        }
        var m = TIME.matcher(text.strip());
        if (!m.matches()) {
            problems.add(new Problem(field, "time-invalid"));
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "time-invalid"));
            return null;
        }
    }

    private static boolean isHttpsLink(String link) {
        try {
            var uri = new java.net.URI(link);
            return link.length() <= LINK_MAX
                    && "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    public List<String> agendaItems() {
        return agenda == null
                ? List.of()
                : Arrays.stream(agenda.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** Start and end as instants (only once {@link #problems} is empty). */
    OffsetDateTime startsAt() {
        return at(starts);
    }

    OffsetDateTime endsAt() {
        return at(ends);
    }

    private OffsetDateTime at(String time) {
        var d = DAY.matcher(day.strip());
        d.matches();
        var t = TIME.matcher(time.strip());
        t.matches();
        var local = LocalDateTime.of(
                Integer.parseInt(d.group(1)),
                Integer.parseInt(d.group(2)),
                Integer.parseInt(d.group(3)),
                Integer.parseInt(t.group(1)),
                Integer.parseInt(t.group(2)));
        return local.atZone(LONDON).toOffsetDateTime();
    }
}
