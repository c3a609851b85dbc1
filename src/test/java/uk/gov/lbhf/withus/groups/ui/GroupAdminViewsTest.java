package uk.gov.lbhf.withus.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/**
 * The team starts a group (each problem at its field, the title saying Error:, the new group's page after) and closes
 * one with a reason, which its page then shows; the closed group's meetings offer no reply.
 */
@AppTest
class GroupAdminViewsTest extends BrowserlessInEnglish {

    @Autowired
    GroupService groups;

    @Autowired
    PeopleService people;

    @Test
    @WithUserDetails("sam")
    void the_team_starts_a_group_and_closes_it_with_a_reason_that_its_page_shows() {
        navigate("groups/new", NewGroupView.class);
        long before = groups.count();
        press("Start the group");
        assertThat(pageHtml())
                .contains(
                        "There is a problem",
                        "Enter the name of the group",
                        "Say what the group is for",
                        "Say who the group is for",
                        "Select who can see the group");
        assertThat(element("group-name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error: Start a group");
        assertThat(groups.count()).isEqualTo(before);

        fill("group-name", "Parks Panel");
        fill("group-purpose", "Residents decide what the parks budget is spent on.");
        fill("group-audience", "Anyone who uses the borough's parks");
        choose("group-visibility"); // the first radio: anyone signed in
        element("group-language-pl").setProperty("checked", true);
        press("Start the group");
        assertThat(getCurrentView()).isInstanceOf(GroupView.class);
        assertThat(pageHtml()).contains("Parks Panel", "Close this group");
        long id = groups.visibleGroups(people.findUser("amara").orElseThrow()).stream()
                .filter(g -> g.slug().equals("parks-panel"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(groups.languagesOf(id)).containsExactly("en", "pl");

        navigate("groups/parks-panel/close", CloseGroupView.class);
        press("Close the group and keep its record");
        assertThat(pageHtml()).contains("Say why the group is closing");
        fill("close-reason", "The budget was decided in March.");
        press("Close the group and keep its record");
        assertThat(getCurrentView()).isInstanceOf(GroupView.class);
        assertThat(pageHtml())
                .contains("This group closed on", "The budget was decided in March.")
                .doesNotContain("Close this group")
                .doesNotContain("Schedule a meeting");
    }

    @Test
    @WithUserDetails("sam")
    void the_team_adds_a_member_names_them_co_chair_and_takes_them_out() {
        groups.start(
                people.findUser("sam").orElseThrow(),
                new uk.gov.lbhf.withus.groups.NewGroup(
                        "Bus Users", "Better buses.", "Anyone", "PUBLIC", java.util.List.of()));
        navigate("groups/bus-users/members", GroupMembersView.class);
        assertThat(pageHtml()).contains("The group has no members yet.");
        press("Add to the group");
        assertThat(pageHtml()).contains("Enter their username or email address", "Select the part they play");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error: Members and co-chairs: Bus Users");
        fill("member-person", "nobody-like-this");
        choose("member-role");
        press("Add to the group");
        assertThat(pageHtml()).contains("There is no account with that username or email");
        fill("member-person", "devinder");
        press("Add to the group");
        String name = people.findUser("devinder").orElseThrow().displayName();
        assertThat(pageHtml()).contains(name + " is now a member.");
        press("Make " + name + " a co-chair");
        assertThat(pageHtml()).contains(name + " is now a co-chair.", name + " stops being a co-chair");
        press("Take " + name + " out of the group");
        assertThat(pageHtml()).contains(name + " is no longer a member.", "The group has no members yet.");
    }

    @Test
    @WithUserDetails("sam")
    void the_team_invites_someone_sees_them_waiting_and_withdraws_the_invitation() {
        groups.start(
                people.findUser("sam").orElseThrow(),
                new uk.gov.lbhf.withus.groups.NewGroup(
                        "Tram Users", "Better trams.", "Anyone", "MEMBERS", java.util.List.of()));
        navigate("groups/tram-users/members", GroupMembersView.class);
        assertThat(pageHtml())
                .contains("Nobody is waiting to answer an invitation.", "Invite someone to join")
                .contains("href=\"groups/tram-users/invite\"");
        navigate("groups/tram-users/invite", InviteView.class);
        press("Send the invitation");
        assertThat(pageHtml()).contains("Enter their username or email address", "Select the part they play");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error: Invite someone to join Tram Users");
        assertThat(element("invite-person").getAttribute("aria-invalid")).isEqualTo("true");
        fill("invite-person", "amara");
        choose("invite-role-1"); // a co-chair
        fill("invite-message", "Would you chair it with Priya?");
        press("Send the invitation");
        String name = people.findUser("amara").orElseThrow().displayName();
        assertThat(pageHtml())
                .contains(
                        name
                                + " is invited. They will see it on their phone, and by email if they have confirmed an email address.");
        assertThat(groups.groupsOf(people.findUser("amara").orElseThrow()))
                .as("not a member until she says yes")
                .noneMatch(g -> g.slug().equals("tram-users"));
        fill("invite-person", "amara");
        choose("invite-role");
        press("Send the invitation");
        assertThat(pageHtml()).contains("They have been invited already and have not answered yet");

        navigate("groups/tram-users/members", GroupMembersView.class);
        assertThat(pageHtml()).contains(name + " – invited as: Co-chair, on ");
        press("Withdraw the invitation to " + name);
        assertThat(pageHtml())
                .contains("The invitation to " + name + " is withdrawn.")
                .contains("Nobody is waiting to answer an invitation.");
    }
}
