package uk.gov.lbhf.withus.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.testsupport.AppTest;

@AppTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("amara")
    void home_greets_the_resident_and_shows_their_groups_next_meetings_and_whats_new() {
        navigate(HomeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Hello, Amara Okafor");
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .containsExactly("Your groups", "Your next meetings", "What is new in your groups");
        String html = getCurrentView().getElement().getOuterHTML();
        assertThat(html)
                .contains("Digital Accessibility Group", "Civic Campus co-production group")
                .contains("Macbeth Centre")
                .contains("Agenda: next Digital Accessibility Group meeting")
                .doesNotContain("Youth Voices");
    }

    @Test
    @WithUserDetails("jo")
    void someone_in_no_meetings_soon_is_told_so_in_words() {
        navigate(HomeView.class);
        String html = getCurrentView().getElement().getOuterHTML();
        assertThat(html).contains("Co-production Matters Group");
    }
}
