package uk.gov.lbhf.withus.about.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import uk.gov.lbhf.withus.testsupport.AppTest;

@AppTest
class AboutViewsTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void the_accessibility_statement_is_open_to_everyone_and_has_the_sections_the_regulations_require() {
        navigate(AccessibilityStatementView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Accessibility statement for WithUs");
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .contains(
                        "How accessible WithUs is",
                        "Feedback and contact information",
                        "Reporting accessibility problems with WithUs",
                        "Enforcement procedure",
                        "Technical information about the accessibility of WithUs",
                        "Non-accessible content",
                        "Preparation of this accessibility statement");
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("partially compliant", "Equality Advisory and Support Service");
    }

    @Test
    @WithAnonymousUser
    void the_privacy_notice_states_the_controller_lawful_basis_retention_and_rights() {
        navigate(PrivacyNoticeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Privacy notice for WithUs");
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains(
                        "data controller",
                        "public task",
                        // equality information: the lawful basis the form states, and how it is kept
                        "Data Protection Act 2018, Schedule 1, paragraph 8",
                        "never a count under 5",
                        "How long we keep it",
                        "Information Commissioner");
    }
}
