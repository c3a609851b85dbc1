package uk.gov.lbhf.withus.base.ui;

import com.vaadin.flow.component.UI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import uk.gov.lbhf.withus.base.Translations;

/**
 * Dates and times in the page's language, as CLDR writes them there (through the JDK; never a hand-made pattern):
 * "Tuesday 8 December 2026" and "6:30 pm" in English, "الثلاثاء، ٨ ديسمبر ٢٠٢٦" in Arabic, with that language's
 * own digits. Times in London, where the meetings are.
 */
public final class Dates {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Dates() {}

    /** The current page's locale (English outside a page). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.UK : ui.getLocale();
    }

    private static DateTimeFormatter localised(DateTimeFormatter formatter) {
        Locale locale = locale();
        return formatter.withLocale(locale).withDecimalStyle(DecimalStyle.of(locale));
    }

    public static String day(OffsetDateTime when) {
        return localised(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)).format(when.atZoneSameInstant(LONDON));
    }

    public static String shortDay(java.time.LocalDate day) {
        return localised(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)).format(day);
    }

    public static String shortDay(OffsetDateTime when) {
        return shortDay(when.atZoneSameInstant(LONDON).toLocalDate());
    }

    /**
     * The time of day: the language's own clock (CLDR's preferred hour cycle), except that English follows the GOV.UK
     * style guide's 12-hour clock ("6:30 pm").
     */
    public static String time(OffsetDateTime when) {
        String skeleton = locale().getLanguage().equals("en") ? "hm" : "jm";
        return localised(DateTimeFormatter.ofLocalizedPattern(skeleton)).format(when.atZoneSameInstant(LONDON));
    }

    /** "Tuesday 8 December 2026, 6:30 pm to 8:00 pm", worded by the bundle's {@code meeting.span}. */
    public static String span(OffsetDateTime start, OffsetDateTime end) {
        return Translations.text(locale(), "meeting.span", day(start), time(start), time(end));
    }

    /** Machine-readable form for a {@code <time datetime>} attribute. */
    public static String iso(OffsetDateTime when) {
        return when.toString();
    }
}
