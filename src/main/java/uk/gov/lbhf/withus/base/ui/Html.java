package uk.gov.lbhf.withus.base.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.time.OffsetDateTime;

/** Small builders for semantic HTML that Flow's html package lacks. */
public final class Html {

    private Html() {}

    /** {@code <time datetime="...">text</time>}. */
    @Tag("time")
    public static class Time extends HtmlComponent implements HasText {

        public Time(OffsetDateTime when, String text) {
            getElement().setAttribute("datetime", Dates.iso(when));
            setText(text);
        }
    }

    /** A {@code <section>} named by its {@code <h2>} (aria-labelledby), so it is a landmark screen readers list. */
    public static Section section(String id, String heading) {
        var section = new Section();
        var h2 = new H2(heading);
        h2.setId(id);
        section.getElement().setAttribute("aria-labelledby", id);
        section.add(h2);
        return section;
    }

    /** A username or code to read out or copy: large, spaced and bold (class wu-code). */
    /** Words for a screen reader only (they stay in the accessible name; a sighted reader has them from the page). */
    public static com.vaadin.flow.component.html.Span visuallyHidden(String text) {
        var span = new com.vaadin.flow.component.html.Span(text);
        span.addClassName("wu-visually-hidden");
        return span;
    }

    public static com.vaadin.flow.component.html.Span code(String text) {
        var span = new com.vaadin.flow.component.html.Span(text);
        span.addClassName("wu-code");
        return span;
    }

    /** A link that the Vaadin router follows without reloading the page. */
    public static Anchor routerLink(String href, String text) {
        var anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    /**
     * A link from a Flow page into the offline app (/offline/…), loaded as a new page: the service worker serves it
     * from the device at once, where an in-app move would first ask the server (Flow's leave check) and wait, with
     * the server down, on "Connection lost".
     */
    public static Anchor toOfflineApp(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    /**
     * Marks a text the council wrote in English (a group's name, a paper's title, a meeting's place) as English when
     * the page is in another language, so screen readers read it with an English voice; and left to right, so that in
     * a right-to-left page its full stop and brackets stay where an English reader expects them.
     */
    public static <T extends com.vaadin.flow.component.HasElement> T inEnglish(T component) {
        if (component instanceof com.vaadin.flow.component.html.ListItem) {
            // a left-to-right list item's bullet hangs outside a right-to-left list and widens the page at 320 px
            throw new IllegalArgumentException("mark the list item's content as English, not the item itself");
        }
        var ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null && !"en".equals(ui.getLocale().getLanguage())) {
            component.getElement().setAttribute("lang", "en");
            component.getElement().setAttribute("dir", "ltr");
        }
        return component;
    }
}
