package uk.gov.lbhf.withus.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;

/**
 * A browserless view test that may switch the page's language: the tests of one class share a Vaadin session, so a
 * language chosen in one must not carry over to the next (each starts in English, the default).
 */
public abstract class BrowserlessInEnglish extends SpringBrowserlessTest {

    /** Reads the next page in this language (as a person's choice would). */
    protected static void readIn(String languageTag) {
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag(languageTag));
    }

    /** The element of the current view with this id (a native field's control, say), or null. */
    protected Element element(String id) {
        return find(getCurrentView().getElement(), id);
    }

    /** Types into a native field, as the browser would send its value. */
    protected void fill(String id, String value) {
        element(id).setProperty("value", value);
    }

    /** Chooses a radio button: its choice reaches the server through its change event, as in the browser. */
    protected void choose(String radioId) {
        Element radio = element(radioId);
        radio.getNode()
                .getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(
                        radio, "change", tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
    }

    /** Presses the native button with exactly these words. */
    protected void press(String words) {
        test($(com.vaadin.flow.component.html.NativeButton.class).all().stream()
                        .filter(b -> b.getText().equals(words))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("No button '" + words + "'")))
                .click();
    }

    /** The current view's HTML, to read what it shows. */
    protected String pageHtml() {
        return getCurrentView().getElement().getOuterHTML();
    }

    private static Element find(Element from, String id) {
        if (id.equals(from.getAttribute("id"))) {
            return from;
        }
        return from.getChildren()
                .map(c -> find(c, id))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    @AfterEach
    void backToEnglish() {
        VaadinSession.getCurrent().setLocale(Locale.UK);
    }
}
