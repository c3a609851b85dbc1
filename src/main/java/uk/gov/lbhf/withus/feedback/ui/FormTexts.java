package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.HasElement;
import java.util.Locale;
import uk.gov.lbhf.withus.feedback.LocalText;

/** A form's own words on a page: marked with their language where the form is not written in the page's. */
final class FormTexts {

    private FormTexts() {}

    static void markLanguage(HasElement component, LocalText text, Locale page) {
        String language = text.languageFor(page);
        if (!language.equals(page.getLanguage())) {
            component.getElement().setAttribute("lang", language);
        }
    }
}
