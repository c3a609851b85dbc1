package uk.gov.lbhf.withus.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
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

    @AfterEach
    void backToEnglish() {
        VaadinSession.getCurrent().setLocale(Locale.UK);
    }
}
