package uk.gov.lbhf.withus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit's own axe runner (Browser.axe: the script injected once per document, violations only) still finds what
 * axe finds: a field without a label, text without enough contrast – and nothing on a page without them; the same
 * document can be checked again without injecting the script a second time.
 */
class BrowserAxeTest {

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;

    @BeforeAll
    static void start() {
        playwright = Browser.playwright();
        chromium = Browser.chromium(playwright);
    }

    @AfterAll
    static void stop() {
        chromium.close();
        playwright.close();
    }

    private static Page page(String body) {
        Page page = chromium.newPage();
        page.setContent("<!doctype html><html lang=\"en\"><head><title>Axe test</title></head><body><main><h1>Axe</h1>"
                + body + "</main></body></html>");
        return page;
    }

    @Test
    void a_field_without_a_label_is_a_violation_and_a_labelled_one_is_not() {
        Page page = page("<input id=\"name\" type=\"text\">");
        assertThat(Browser.axe(page, Browser.WCAG_TAGS, List.of()))
                .extracting(Browser.AxeViolation::id)
                .contains("label");
        assertThat(Browser.axeViolations(page)).anyMatch(line -> line.startsWith("label (critical)"));
        page.evaluate("() => document.querySelector('#name').insertAdjacentHTML('beforebegin',"
                + " '<label for=\"name\">Your name</label>')");
        assertThat(page.evaluate("() => typeof window.axe.run")).isEqualTo("function");
        assertThat(Browser.axe(page, Browser.WCAG_TAGS, List.of())).isEmpty();
    }

    @Test
    void the_colour_rules_alone_find_low_contrast_and_nothing_else() {
        Page page = page("<p style=\"color:#bbb;background:#fff\">Pale words</p><input type=\"text\">");
        assertThat(Browser.axe(page, List.of(), AccessibilityAuditIT.COLOUR_RULES))
                .extracting(Browser.AxeViolation::id)
                .containsExactly("color-contrast");
    }
}
