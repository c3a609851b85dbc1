package uk.gov.lbhf.withus.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.base.ui.NotFoundView;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.MeetingAttendances;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/**
 * Who attended: a resident co-chair ticks who came to a past meeting from its register (each with what they replied)
 * and saves; the group page says how many came. A meeting still to come has no register yet; a member who does not
 * chair gets "not found" and the service refuses her, a councillor, and anyone not on the register.
 */
@AppTest
class MeetingAttendanceViewTest extends BrowserlessInEnglish {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingAttendances attendance;

    @Autowired
    PeopleService people;

    private uk.gov.lbhf.withus.groups.GroupDetails dag() {
        return groups.details("digital-accessibility", people.findUser("sam").orElseThrow())
                .orElseThrow();
    }

    @Test
    @WithUserDetails("marek")
    void a_co_chair_records_who_came_and_the_group_page_says_how_many() {
        long meeting = dag().pastMeetings().getFirst().id();
        navigate("meetings/" + meeting + "/attendance", MeetingAttendanceView.class);
        assertThat(pageHtml()).contains("Tick everyone who came", "Amara Okafor", "Kai Thompson");
        long amara = people.idOf("amara").orElseThrow();
        long kai = people.idOf("kai").orElseThrow();
        element("attended-" + amara).setProperty("checked", true);
        element("attended-" + kai).setProperty("checked", true);
        press("Save who attended");
        assertThat(pageHtml()).contains("Saved: 2 people attended.");
        assertThat(element("attended-" + amara).getProperty("checked", false)).isTrue();

        element("attended-" + kai).setProperty("checked", false);
        press("Save who attended");
        assertThat(pageHtml()).as("saving again replaces what was recorded").contains("Saved: 1 person attended.");
        assertThat(attendance.counts(List.of(meeting))).containsEntry(meeting, 1L);

        navigate("groups/digital-accessibility", GroupView.class);
        assertThat(pageHtml()).contains("1 person attended.", "Who attended");

        long upcoming = dag().upcomingMeetings().getFirst().id();
        navigate("meetings/" + upcoming + "/attendance", NotFoundView.class);
        var marek = people.findUser("marek").orElseThrow();
        assertThatThrownBy(() -> attendance.record(marek, upcoming, List.of(amara)))
                .as("a meeting still to come")
                .isInstanceOf(AccessDeniedException.class);
        var onRegister = attendance.toRecord(meeting, marek).orElseThrow().people().stream()
                .map(MeetingAttendances.Attendee::personId)
                .toList();
        long outsider = java.util.stream.Stream.of("jo", "fatima", "devinder", "leon")
                .map(u -> people.idOf(u).orElseThrow())
                .filter(id -> !onRegister.contains(id))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> attendance.record(marek, meeting, List.of(amara, outsider)))
                .as("someone not on the register")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(attendance.counts(List.of(meeting))).as("nothing half saved").containsEntry(meeting, 1L);
    }

    @Test
    @WithUserDetails("amara")
    void a_member_who_does_not_chair_gets_not_found_and_the_service_refuses_her_and_a_councillor() {
        long meeting = dag().pastMeetings().getFirst().id();
        navigate("meetings/" + meeting + "/attendance", NotFoundView.class);
        long amara = people.idOf("amara").orElseThrow();
        for (String who : new String[] {"amara", "jo"}) {
            assertThatThrownBy(() -> attendance.record(people.findUser(who).orElseThrow(), meeting, List.of(amara)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
