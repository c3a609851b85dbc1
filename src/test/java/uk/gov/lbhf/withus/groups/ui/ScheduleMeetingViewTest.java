package uk.gov.lbhf.withus.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeButton;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.base.ui.NotFoundView;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.NewMeeting;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/**
 * Scheduling a meeting: every problem named at its field and nothing saved; a good one lands on the group page with
 * its access facts; only the group's organisers (staff, its co-chairs) may, and the service refuses anyone else.
 */
@AppTest
class ScheduleMeetingViewTest extends BrowserlessInEnglish {

    @Autowired
    GroupService groups;

    @Autowired
    PeopleService people;

    private int meetings() {
        return groups.details("digital-accessibility", people.findUser("sam").orElseThrow())
                .orElseThrow()
                .upcomingMeetings()
                .size();
    }

    private void save() {
        test($(NativeButton.class).all().stream()
                        .filter(b -> b.getText().equals("Schedule the meeting"))
                        .findFirst()
                        .orElseThrow())
                .click();
    }

    private String page() {
        return getCurrentView().getElement().getOuterHTML();
    }

    @Test
    @WithUserDetails("marek")
    void a_resident_co_chair_schedules_a_meeting_and_each_mistake_is_named_at_its_field_first() {
        navigate("groups/digital-accessibility/meetings/new", ScheduleMeetingView.class);
        int before = meetings();
        save();
        assertThat(page())
                .contains(
                        "Enter the date of the meeting",
                        "Enter when the meeting starts",
                        "Enter when the meeting ends",
                        "Enter a place, an online link, or both",
                        "Enter at least one agenda item");
        LocalDate day = LocalDate.now().plusDays(20);
        fill("meeting-day-day", String.valueOf(day.getDayOfMonth()));
        fill("meeting-day-month", String.valueOf(day.getMonthValue()));
        fill("meeting-day-year", String.valueOf(day.getYear()));
        fill("meeting-starts", "18:30");
        fill("meeting-ends", "17:00");
        fill("meeting-link", "http://example.org/meet");
        fill("meeting-agenda", "Welcome\n\nThe new website");
        save();
        assertThat(page())
                .contains("The meeting must end after it starts", "must be a web address starting https://")
                .doesNotContain("Enter the date of the meeting");
        assertThat(meetings()).as("nothing is half saved").isEqualTo(before);

        fill("meeting-ends", "20:00");
        fill("meeting-link", "https://meet.example.org/dag");
        fill("meeting-place", "Macbeth Centre, 21 Macbeth Street, W6 9JJ");
        element("meeting-fact-step-free").setProperty("checked", true);
        element("meeting-fact-bsl-booked").setProperty("checked", true);
        save();
        assertThat(getCurrentView()).isInstanceOf(GroupView.class);
        assertThat(meetings()).isEqualTo(before + 1);
        assertThat(page()).contains("Step-free access", "BSL interpreter booked", "https://meet.example.org/dag");
    }

    @Test
    @WithUserDetails("amara")
    void a_member_who_does_not_chair_cannot_schedule_and_the_service_refuses_her_too() {
        navigate("groups/digital-accessibility/meetings/new", NotFoundView.class);
        var amara = people.findUser("amara").orElseThrow();
        var meeting =
                new NewMeeting("2030-01-01", "18:00", "19:00", "Town hall", null, java.util.List.of(), null, "Welcome");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> groups.schedule("digital-accessibility", amara, meeting))
                .isInstanceOf(AccessDeniedException.class);
    }
}
