package uk.gov.lbhf.withus.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.base.ui.NotFoundView;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.groups.NewGroup;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/**
 * A resident co-chair answers requests to join their public group: declining without a reason is refused at the
 * field (the title saying Error:), with one the request is declined; accepting makes the person a member. Someone
 * who neither chairs the group nor is on the team gets "not found".
 */
@AppTest
class JoinRequestsViewTest extends BrowserlessInEnglish {

    @Autowired
    GroupService groups;

    @Autowired
    PeopleService people;

    private CurrentUser user(String username) {
        return people.findUser(username).orElseThrow();
    }

    private GroupSummary groupChairedByMarek(String name) {
        var group = groups.start(
                        user("sam"), new NewGroup(name, "Lifts that work.", "Tower blocks", "PUBLIC", List.of()))
                .group()
                .orElseThrow();
        groups.addMember(user("sam"), group.slug(), "marek", "CO_CHAIR");
        return group;
    }

    @Test
    @WithUserDetails("marek")
    void a_co_chair_declines_with_a_reason_and_accepts_another_request() {
        var group = groupChairedByMarek("Lift Watch");
        groups.askedToJoin(
                UUID.randomUUID(), group.id(), user("leon").personId(), "I live on floor 14.", OffsetDateTime.now());
        groups.askedToJoin(UUID.randomUUID(), group.id(), user("fatima").personId(), null, OffsetDateTime.now());

        navigate("groups/" + group.slug(), GroupView.class);
        assertThat(pageHtml()).contains("Requests to join: 2 waiting");
        navigate("groups/" + group.slug() + "/requests", JoinRequestsView.class);
        assertThat(pageHtml()).contains("Leon Hart", "I live on floor 14.", "waiting less than a day");

        press("Decline Leon Hart's request");
        assertThat(pageHtml()).contains("There is a problem", "Enter a reason to decline the request");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error: Requests to join Lift Watch");
        assertThat(groups.waitingRequests(group.slug(), user("sam"))).hasSize(2);

        long leonsRequest = groups.waitingRequests(group.slug(), user("sam")).stream()
                .filter(r -> r.personId() == user("leon").personId())
                .findFirst()
                .orElseThrow()
                .id();
        fill("decline-reason-" + leonsRequest, "The group is full until April.");
        press("Decline Leon Hart's request");
        assertThat(pageHtml()).contains("Leon Hart's request is declined").doesNotContain("I live on floor 14.");
        assertThat(groups.myRequest(user("leon"), group.id()).orElseThrow().reason())
                .isEqualTo("The group is full until April.");

        String fatima = user("fatima").displayName();
        press("Accept " + fatima);
        assertThat(pageHtml())
                .contains(fatima + " is now a member of the group.", "Nobody is waiting to join this group.");
        assertThat(groups.groupsOf(user("fatima"))).extracting(GroupSummary::id).contains(group.id());
    }

    @Test
    @WithUserDetails("amara")
    void someone_who_does_not_chair_the_group_gets_not_found() {
        var group = groupChairedByMarek("Lift Watch Two");
        navigate("groups/" + group.slug() + "/requests", NotFoundView.class);
        navigate("groups/" + group.slug(), GroupView.class);
        assertThat(pageHtml()).doesNotContain("Requests to join").contains("<withus-group-membership", "can-ask");
    }
}
