package uk.gov.lbhf.withus.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import uk.gov.lbhf.withus.testsupport.AppTest;
import org.springframework.security.test.context.support.WithUserDetails;

@AppTest
class FormListViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("priya")
    void an_officer_sees_the_feedback_forms_with_their_versions() {
        navigate(FormListView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Feedback forms");
        assertThat($(H2.class).all()).extracting(H2::getText)
                .containsExactlyInAnyOrder("Community event: have your say", "Leaseholder service feedback");
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("Version 1");
    }

    @Test
    @WithUserDetails("amara")
    void a_resident_cannot_open_the_forms_page() {
        assertThatThrownBy(() -> navigate(FormListView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(FormListView.class);
    }

    @Test
    @WithUserDetails("jo")
    void a_councillor_cannot_open_the_forms_page() {
        assertThatThrownBy(() -> navigate(FormListView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(FormListView.class);
    }
}
