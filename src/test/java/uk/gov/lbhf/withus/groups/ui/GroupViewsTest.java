package uk.gov.lbhf.withus.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.base.ui.NotFoundView;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

@AppTest
class GroupViewsTest extends BrowserlessInEnglish {

    @Test
    @WithUserDetails("amara")
    void a_resident_sees_their_own_groups_first_and_public_groups_but_not_others_members_only_groups() {
        navigate(GroupListView.class);
        var titles = $(H3.class).all().stream()
                .map(h -> h.getElement().getTextRecursively())
                .toList();
        assertThat(titles)
                .contains(
                        "Digital Accessibility Group",
                        "Civic Campus co-production group",
                        "Disabled People's Housing Strategy Implementation Group",
                        "Co-production Matters Group",
                        "Cost of Living steering group");
        assertThat(titles).doesNotContain("Youth Voices", "Staff co-production working group");
        assertThat(titles.indexOf("Digital Accessibility Group"))
                .isLessThan(titles.indexOf("Co-production Matters Group"));
    }

    @Test
    @WithUserDetails("amara")
    void a_member_sees_purpose_members_with_roles_meetings_with_access_details_and_papers() {
        navigate("groups/digital-accessibility", GroupView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Digital Accessibility Group");
        var items = $(ListItem.class).all().stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
        assertThat(items).contains("Marek Nowak – Co-chair", "Priya Shah – Council officer");
        var text = $(Paragraph.class).all().stream()
                .map(p -> p.getElement().getTextRecursively())
                .toList();
        assertThat(text).contains("You are a member of this group.");
        assertThat(String.join(" ", items)).contains("Trying out the WithUs app together");
        assertThat($(H3.class).all())
                .extracting(h -> h.getElement().getTextRecursively())
                .contains("Agenda: next Digital Accessibility Group meeting");
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("Hearing loop");
    }

    @Test
    @WithUserDetails("amara")
    void on_a_page_in_another_language_the_councils_english_texts_are_marked_english_for_screen_readers() {
        readIn("ar");
        navigate("groups/digital-accessibility", GroupView.class);
        assertThat($(H1.class).single().getElement().getAttribute("lang")).isEqualTo("en");
        String html = getCurrentView().getElement().getOuterHTML();
        assertThat(html).containsPattern("<p lang=\"en\" dir=\"ltr\">[^<]*Hearing loop");
        assertThat(html).contains("<p lang=\"en\" dir=\"ltr\">");
        readIn("en-GB");
        navigate("groups/digital-accessibility", GroupView.class);
        assertThat($(H1.class).single().getElement().getAttribute("lang"))
                .as("in English, English needs no mark")
                .isNull();
    }

    @Test
    @WithUserDetails("amara")
    void a_member_can_reply_to_each_upcoming_meeting_but_does_not_see_who_else_is_coming() {
        navigate("groups/digital-accessibility", GroupView.class);
        var replies = $(GroupView.ReplyElement.class).all();
        assertThat(replies).isNotEmpty();
        var first = replies.getFirst().getElement();
        assertThat(first.getAttribute("meeting-id")).matches("\\d+");
        assertThat(first.getAttribute("form-json")).contains("\"key\":\"meeting-reply\"");
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("/replies");
    }

    @Test
    @WithUserDetails("marek")
    void a_resident_who_co_chairs_the_group_organises_its_meetings() {
        navigate("groups/digital-accessibility", GroupView.class);
        assertThat(getCurrentView().getElement().getOuterHTML()).containsPattern("meetings/\\d+/replies");
    }

    @Test
    @WithUserDetails("leon")
    void a_non_member_is_not_offered_to_reply() {
        navigate("groups/digital-accessibility", GroupView.class);
        assertThat($(GroupView.ReplyElement.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("leon")
    void a_non_member_of_a_public_group_sees_how_many_members_but_not_their_names() {
        navigate("groups/digital-accessibility", GroupView.class);
        String html = getCurrentView().getElement().getOuterHTML();
        assertThat(html).contains("This group has 4 members").doesNotContain("Marek Nowak");
    }

    @Test
    @WithUserDetails("leon")
    void a_resident_who_is_not_a_member_gets_page_not_found_for_a_members_only_group() {
        navigate("groups/youth-voices", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    @WithUserDetails("priya")
    void staff_who_run_groups_can_open_members_only_groups() {
        navigate("groups/disabled-peoples-housing", GroupView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Disabled People's Housing Strategy Implementation Group");
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("Fatima Hassan");
    }

    @Test
    @WithUserDetails("amara")
    void an_unknown_group_is_page_not_found() {
        navigate("groups/no-such-group", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
