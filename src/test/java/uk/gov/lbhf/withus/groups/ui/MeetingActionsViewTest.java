package uk.gov.lbhf.withus.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.base.ui.NotFoundView;
import uk.gov.lbhf.withus.groups.ActionStatus;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.MeetingActions;
import uk.gov.lbhf.withus.groups.NewAction;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/**
 * Actions from a meeting: a resident co-chair records one (every field wrong at once is summarised, at each field, and
 * nothing is saved; then right), moves it on in words; the group page lists it under its meeting and, until it is
 * done, under the next meeting; a member who does not chair gets "not found" and the service refuses them and a
 * councillor.
 */
@AppTest
class MeetingActionsViewTest extends BrowserlessInEnglish {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingActions actions;

    @Autowired
    PeopleService people;

    private long lastMeeting() {
        return groups.details("digital-accessibility", people.findUser("sam").orElseThrow())
                .orElseThrow()
                .pastMeetings()
                .getFirst()
                .id();
    }

    @Test
    @WithUserDetails("marek")
    void a_co_chair_records_an_action_after_errors_and_moves_it_on() {
        long meeting = lastMeeting();
        int before = actions.of(meeting).size();
        navigate("meetings/" + meeting + "/actions", MeetingActionsView.class);
        fill("action-due-day", "31");
        fill("action-due-month", "2");
        fill("action-due-year", "2027");
        press("Add the action");
        assertThat(pageHtml())
                .contains("There is a problem", "Enter what will be done", "Enter who will do it")
                .contains("The date it will be done by must be a real date");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error: Actions from the meeting of");
        assertThat(actions.of(meeting)).hasSize(before);

        fill("action-what", "Send the easy read agenda two weeks before the meeting");
        fill("action-owner", "Priya Shah, housing");
        fill("action-due-day", "12");
        fill("action-due-month", "1");
        fill("action-due-year", "2027");
        press("Add the action");
        assertThat(pageHtml())
                .contains("Action added: Send the easy read agenda two weeks before the meeting")
                .contains("Priya Shah, housing", "Not started");
        assertThat($(uk.gov.lbhf.withus.base.ui.ErrorSummary.class).exists())
                .as("the error summary is hidden again")
                .isFalse();
        var added = actions.of(meeting).stream()
                .filter(a -> a.what().startsWith("Send the easy read agenda"))
                .findFirst()
                .orElseThrow();
        assertThat(added.dueOn()).hasToString("2027-01-12");

        press("Mark as in progress");
        assertThat(pageHtml()).contains("Send the easy read agenda two weeks before the meeting: now In progress.");
        assertThat(actions.of(meeting).stream()
                        .filter(a -> a.id() == added.id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(ActionStatus.IN_PROGRESS);

        navigate("groups/digital-accessibility", GroupView.class);
        assertThat(pageHtml())
                .contains("Actions to report on")
                .contains("Send the easy read agenda two weeks before the meeting (Priya Shah, housing, by");
        actions.setStatus(people.findUser("marek").orElseThrow(), added.id(), ActionStatus.DONE);
        navigate("groups/digital-accessibility", GroupView.class);
        assertThat(pageHtml())
                .as("done: no longer under the next meeting, still on its own meeting's record")
                .doesNotContain("Actions to report on")
                .contains("Send the easy read agenda two weeks before the meeting (Priya Shah, housing, by")
                .contains("): Done");
    }

    @Test
    @WithUserDetails("amara")
    void a_member_who_does_not_chair_gets_not_found_and_the_service_refuses_her_and_a_councillor() {
        long meeting = lastMeeting();
        navigate("meetings/" + meeting + "/actions", NotFoundView.class);
        var action = new NewAction("Book the hall", "The co-production team", "2027-01-05");
        assertThatThrownBy(() -> actions.add(people.findUser("amara").orElseThrow(), meeting, action))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.add(people.findUser("jo").orElseThrow(), meeting, action))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actions.toOrganise(meeting, people.findUser("jo").orElseThrow()))
                .isEmpty();
    }
}
