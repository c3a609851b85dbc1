package uk.gov.lbhf.withus.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

@AppTest
class FormListViewTest extends BrowserlessInEnglish {

    @Test
    @WithUserDetails("priya")
    void an_officer_sees_the_feedback_forms_with_their_versions() {
        navigate(FormListView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Feedback forms");
        assertThat($(H2.class).all())
                .extracting(h -> h.getElement().getTextRecursively())
                .containsExactlyInAnyOrder("Community event: have your say", "Leaseholder service feedback");
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("href=\"forms/leaseholder-service\"", "/offline/capture/community-event");
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("Version 1");
    }

    @Test
    @WithUserDetails("priya")
    void a_form_list_in_polish_shows_the_forms_own_polish_titles() {
        readIn("pl-PL");
        navigate(FormListView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Formularze opinii");
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("Wydarzenie lokalne: powiedz, co myślisz", "Opinie leaseholderów o usługach")
                .doesNotContain("lang=\"en\"");
    }

    @Test
    @WithUserDetails("leon")
    void a_leaseholder_sees_only_the_leaseholder_form_and_no_event_capture() {
        navigate(FormListView.class);
        assertThat($(H2.class).all())
                .extracting(h -> h.getElement().getTextRecursively())
                .containsExactly("Leaseholder service feedback");
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("/offline/capture");
    }

    @Test
    @WithUserDetails("leon")
    void the_online_form_page_hosts_the_shared_form_component_with_the_form_version() {
        navigate("forms/leaseholder-service", FeedbackFormView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Leaseholder service feedback");
        var form = $(FeedbackFormView.FormElement.class).single().getElement();
        assertThat(form.getTag()).isEqualTo("withus-form");
        assertThat(form.getAttribute("form-json"))
                .contains("\"key\":\"leaseholder-service\"", "\"version\":1", "\"questions\"");
    }

    @Test
    @WithUserDetails("leon")
    void a_leaseholder_cannot_open_the_event_form_by_its_address() {
        assertThatThrownBy(() -> navigate("forms/community-event", FeedbackFormView.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Autowired
    FeedbackFormService forms;

    @Test
    @WithUserDetails("amara")
    @org.springframework.transaction.annotation.Transactional // the form published here is rolled back afterwards
    void who_may_open_a_form_online_is_its_audience_as_for_sync() {
        // not for residents: refused online as the pull leaves it out and the push quarantines it
        assertThatThrownBy(() -> navigate("forms/leaseholder-service", FeedbackFormView.class))
                .isInstanceOf(IllegalArgumentException.class);
        // a form for residents opens for a resident (it was refused by a role list on the page before)
        forms.publish(
                "residents-say",
                "Residents' say",
                "For any resident.",
                "{\"questions\":[{\"id\":\"comment\",\"type\":\"textarea\",\"label\":{\"en\":\"Tell us\"},\"required\":true}]}",
                java.util.Set.of(Role.RESIDENT));
        navigate("forms/residents-say", FeedbackFormView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Residents' say");
    }

    @Test
    @WithUserDetails("amara")
    @org.springframework.transaction.annotation.Transactional // the form published here is rolled back afterwards
    void the_forms_list_is_each_forms_audience_a_resident_sees_none_then_the_one_for_residents() {
        navigate(FormListView.class);
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("There are no forms for you to fill in at the moment")
                .doesNotContain("forms/leaseholder-service", "community-event");
        forms.publish(
                "residents-say",
                "Residents' say",
                "For any resident.",
                "{\"questions\":[{\"id\":\"comment\",\"type\":\"textarea\",\"label\":{\"en\":\"Tell us\"},\"required\":true}]}",
                java.util.Set.of(Role.RESIDENT));
        navigate(FormListView.class);
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("href=\"forms/residents-say\"")
                .doesNotContain("There are no forms for you", "forms/leaseholder-service");
    }

    @Test
    @WithUserDetails("jo")
    void a_councillor_is_asked_no_forms() {
        navigate(FormListView.class);
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("There are no forms for you to fill in at the moment")
                .doesNotContain("forms/leaseholder-service");
    }
}
