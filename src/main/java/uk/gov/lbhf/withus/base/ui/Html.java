package uk.gov.lbhf.withus.base.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import java.time.OffsetDateTime;

/** Small builders for semantic HTML that Flow's html package lacks. */
public final class Html {

    private Html() {
    }

    /** {@code <time datetime="...">text</time>}. */
    @Tag("time")
    public static class Time extends HtmlComponent implements HasText {

        public Time(OffsetDateTime when, String text) {
            getElement().setAttribute("datetime", Dates.iso(when));
            setText(text);
        }
    }

    /** A link that the Vaadin router follows without reloading the page. */
    public static Anchor routerLink(String href, String text) {
        var anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
