package uk.gov.lbhf.withus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/** The online pages in the reader's language: the choice on every page, the words, the form texts, the dates. */
@AppTest
class LanguageViewsTest extends BrowserlessInEnglish {

    @Test
    void every_page_offers_every_language_in_its_own_name_marked_with_its_own_lang() {
        navigate("accessibility", com.vaadin.flow.component.html.Div.class);
        assertThat($(MainLayout.class).single().getElement().getOuterHTML())
                .contains("<details class=\"wu-language-details\">", "<ul aria-label=\"Choose a language\">");
        var links = $(com.vaadin.flow.component.html.Anchor.class).all().stream()
                .filter(a -> a.getHref().startsWith("/language/"))
                .toList();
        assertThat(links)
                .extracting(a -> a.getElement().getAttribute("lang") + " " + a.getText())
                .containsExactly(
                        "en English",
                        "ar العربية",
                        "pl Polski",
                        "es Español",
                        "fr Français",
                        "pt Português",
                        "so Soomaali");
        assertThat(links)
                .allMatch(a -> a.getElement()
                        .getAttribute("hreflang")
                        .equals(a.getElement().getAttribute("lang")))
                .allMatch(a -> a.getHref().endsWith("?to=%2Faccessibility"));
        assertThat(links.getFirst().getElement().getAttribute("aria-current")).isEqualTo("true");
        assertThat(links.get(1).getElement().hasAttribute("aria-current")).isFalse();
    }

    @Test
    void a_page_in_arabic_is_worded_in_arabic() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        navigate("accessibility", com.vaadin.flow.component.html.Div.class);
        assertThat($(H1.class).single().getText()).isEqualTo("بيان إمكانية الوصول الخاص بـ WithUs");
        // a language change is a new page load, so a new layout: here the view's own words show it
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("استخدام WithUs")
                .doesNotContain("Using WithUs");
    }
}
