package uk.gov.lbhf.withus.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Starting and closing groups: only the team does; each problem has its code and nothing is saved while there is
 * one; the web address comes from the name and stays unique; a closed group keeps its record (members, meetings)
 * but takes no new meetings and no replies. Run on H2 and PostgreSQL.
 */
abstract class GroupLifecycleContract {

    @Autowired
    GroupService groups;

    @Autowired
    PeopleService people;

    private CurrentUser user(String name) {
        return people.findUser(name).orElseThrow();
    }

    @Test
    void the_team_starts_a_group_each_problem_named_and_nothing_saved_until_all_is_right() {
        long before = groups.count();
        var refused = groups.start(user("sam"), new NewGroup(" ", "", "x".repeat(4001), null, List.of("xx")));
        assertThat(refused.group()).isEmpty();
        assertThat(refused.problems())
                .extracting(NewGroup.Problem::code)
                .containsExactly(
                        "name-missing",
                        "purpose-missing",
                        "audience-too-long",
                        "visibility-missing",
                        "language-unknown");
        assertThat(groups.count()).isEqualTo(before);

        var started = groups.start(
                user("sam"),
                new NewGroup(
                        "Youth Voices – Café",
                        "Young people shape the youth offer.",
                        "Residents aged 11 to 25",
                        "PUBLIC",
                        List.of("so", "ar")));
        var group = started.group().orElseThrow();
        assertThat(group.slug()).isEqualTo("youth-voices-cafe");
        assertThat(groups.languagesOf(group.id())).containsExactly("en", "ar", "so");
        var again = groups.start(
                        user("sam"), new NewGroup("Youth voices café", "Another.", "Anyone", "MEMBERS", List.of()))
                .group()
                .orElseThrow();
        assertThat(again.slug()).isEqualTo("youth-voices-cafe-2");
        assertThat(groups.visibleGroups(user("amara")))
                .extracting(GroupSummary::slug)
                .contains("youth-voices-cafe")
                .doesNotContain("youth-voices-cafe-2"); // members only

        assertThatThrownBy(() -> groups.start(user("priya"), new NewGroup("A", "B", "C", "PUBLIC", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.start(user("marek"), new NewGroup("A", "B", "C", "PUBLIC", List.of())))
                .as("a co-chair runs their group, not the list of groups")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_team_adds_members_by_username_or_email_names_co_chairs_and_takes_people_out() {
        var group = groups.start(
                        user("sam"), new NewGroup("Streets Panel", "Safer streets.", "Everyone", "MEMBERS", List.of()))
                .group()
                .orElseThrow();
        assertThat(groups.addMember(user("sam"), group.slug(), "", null))
                .extracting(NewGroup.Problem::code)
                .containsExactly("person-missing", "role-missing");
        assertThat(groups.addMember(user("sam"), group.slug(), "nobody-here", "RESIDENT"))
                .extracting(NewGroup.Problem::code)
                .containsExactly("person-unknown");
        assertThat(groups.addMember(user("sam"), group.slug(), "AMARA", "RESIDENT"))
                .isEmpty();
        assertThat(groups.addMember(user("sam"), group.slug(), "amara", "OFFICER"))
                .extracting(NewGroup.Problem::code)
                .containsExactly("person-already-member");
        assertThat(groups.addMember(user("sam"), group.slug(), "jo", "ROYALTY"))
                .extracting(NewGroup.Problem::code)
                .containsExactly("role-unknown");
        assertThat(groups.canView(group.id(), user("amara")))
                .as("a member sees a members-only group")
                .isTrue();
        assertThat(groups.canSchedule(group.id(), user("amara"))).isFalse();
        groups.setMemberRole(user("sam"), group.slug(), user("amara").personId(), MemberRole.CO_CHAIR);
        assertThat(groups.canSchedule(group.id(), user("amara")))
                .as("co-chairs organise")
                .isTrue();
        assertThatThrownBy(() -> groups.addMember(user("marek"), group.slug(), "leon", "RESIDENT"))
                .isInstanceOf(AccessDeniedException.class);
        groups.removeMember(user("sam"), group.slug(), user("amara").personId());
        assertThat(groups.canView(group.id(), user("amara"))).isFalse();
    }

    @Test
    void a_closed_group_keeps_its_record_but_takes_no_new_meetings_or_replies() {
        var group = groups.start(
                        user("sam"),
                        new NewGroup(
                                "Library Futures", "Decide the library's hours.", "Library users", "PUBLIC", List.of()))
                .group()
                .orElseThrow();
        groups.addMember(group.id(), user("amara").personId(), MemberRole.CO_CHAIR);
        var meeting = groups.scheduleMeeting(
                group.id(),
                OffsetDateTime.now().plusDays(10),
                OffsetDateTime.now().plusDays(10).plusHours(2),
                "Town Hall",
                "Step-free",
                List.of("Opening hours"));
        assertThat(groups.canSchedule(group.id(), user("amara"))).isTrue();
        assertThat(groups.canReply(meeting.id(), user("amara"))).isTrue();

        assertThat(groups.close(user("sam"), group.slug(), "  "))
                .extracting(NewGroup.Problem::code)
                .containsExactly("reason-missing");
        assertThat(groups.closing(group.id())).isEmpty();
        assertThatThrownBy(() -> groups.close(user("priya"), group.slug(), "Done"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(groups.close(user("sam"), group.slug(), "The new hours start in January."))
                .isEmpty();

        assertThat(groups.closing(group.id()).orElseThrow().reason()).isEqualTo("The new hours start in January.");
        assertThat(groups.closedGroups()).contains(group.id());
        assertThat(groups.canSchedule(group.id(), user("amara"))).isFalse();
        assertThat(groups.canSchedule(group.id(), user("sam"))).isFalse();
        assertThat(groups.canReply(meeting.id(), user("amara"))).isFalse();
        var record = groups.details(group.slug(), user("amara")).orElseThrow();
        assertThat(record.members()).extracting(Member::displayName).contains("Amara Okafor");
        assertThat(record.upcomingMeetings()).extracting(MeetingSummary::id).contains(meeting.id());
        assertThat(groups.organises(group.id(), user("sam")))
                .as("organisers still read who came: the record")
                .isTrue();
    }
}
