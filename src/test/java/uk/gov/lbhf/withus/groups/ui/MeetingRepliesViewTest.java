package uk.gov.lbhf.withus.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.lbhf.withus.base.ui.NotFoundView;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.OwnedForm;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/** Who is coming and what they need: for the meeting's organisers only, counted, each need worded. */
@AppTest
class MeetingRepliesViewTest extends BrowserlessInEnglish {

    @Autowired
    List<OwnedForm> owned;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PeopleService people;

    @Autowired
    GroupService groups;

    private long meetingDevinderAnswered() {
        long meeting = groups.details(
                        "digital-accessibility", people.findUser("sam").orElseThrow())
                .orElseThrow()
                .upcomingMeetings()
                .getLast()
                .id();
        var form = owned.stream()
                .filter(o -> o.formKey().equals("meeting-reply"))
                .findFirst()
                .orElseThrow();
        transactions.executeWithoutResult(t -> form.accepted(new OwnedForm.Accepted(
                UUID.randomUUID(),
                people.findUser("devinder").orElseThrow().personId(),
                OffsetDateTime.parse("2026-11-20T09:30:00Z"),
                OffsetDateTime.parse("2026-11-20T09:31:00Z"),
                Map.of(
                        "meeting",
                        String.valueOf(meeting),
                        "attending",
                        "yes",
                        "needs",
                        "quiet-room travel-costs",
                        "otherNeeds",
                        "A chair with arms"))));
        return meeting;
    }

    @Test
    @WithUserDetails("sam")
    void the_organiser_sees_who_is_coming_and_every_need_counted() {
        long meeting = meetingDevinderAnswered();
        navigate("meetings/" + meeting + "/replies", MeetingRepliesView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Who is coming and what they need");
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text)
                .contains("Devinder Kaur", "A quiet room: 1 person", "My travel costs paid", "A chair with arms");
        assertThat(text).containsPattern("\\d+ (person is|people are) coming");
    }

    @Test
    @WithUserDetails("marek")
    void a_co_chair_marks_one_need_arranged_and_the_page_says_so_in_words() {
        long meeting = meetingDevinderAnswered();
        navigate("meetings/" + meeting + "/replies", MeetingRepliesView.class);
        assertThat(pageHtml())
                .contains("A quiet room: not arranged yet", "My travel costs paid: not arranged yet")
                .contains(
                        "Mark as arranged<span class=\"wu-visually-hidden\"> – A quiet room, for Devinder Kaur</span>");
        press("Mark as arranged");
        assertThat(pageHtml())
                .contains("A quiet room: arranged for Devinder Kaur. They will see it in WithUs.")
                .contains("A quiet room: arranged<", "My travel costs paid: not arranged yet");
        var devinder = people.findUser("devinder").orElseThrow();
        assertThat(groups.myReplies(devinder, List.of(meeting)).get(meeting).arranged())
                .containsExactly("quiet-room");
    }

    @Test
    @WithUserDetails("marek")
    void a_resident_who_co_chairs_the_group_sees_the_replies_too() {
        long meeting = meetingDevinderAnswered();
        navigate("meetings/" + meeting + "/replies", MeetingRepliesView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Devinder Kaur");
    }

    @Test
    @WithUserDetails("amara")
    void a_member_who_does_not_organise_gets_not_found() {
        long meeting = meetingDevinderAnswered();
        navigate("meetings/" + meeting + "/replies", NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Devinder");
    }
}
