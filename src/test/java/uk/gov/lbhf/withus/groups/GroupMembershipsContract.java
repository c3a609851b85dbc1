package uk.gov.lbhf.withus.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.testsupport.TestMailServer;

/**
 * Joining and leaving a group through the real push (form group-membership, vector 017): a request to join a public
 * group waits for the team or a co-chair, who accept it (the person becomes a member) or decline it with a reason
 * the person's phone shows; a replay or a second request records nothing twice; a member leaves; a members-only or
 * closed group cannot be named. Each test starts its own group and resident. Run on H2 and PostgreSQL.
 */
abstract class GroupMembershipsContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Autowired
    GroupService groups;

    @Autowired
    FeedbackFormService forms;

    @Autowired
    JoinRequestRepository requests;

    @Autowired
    GroupInvitations invitations;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.springframework.test.context.DynamicPropertySource
    static void mailServer(org.springframework.test.context.DynamicPropertyRegistry registry) {
        TestMailServer.pointAt(registry);
    }

    record Phone(UUID id, String token) {}

    private CurrentUser user(String username) {
        return people.findUser(username).orElseThrow();
    }

    private CurrentUser newResident() {
        String username = "joiner-" + UUID.randomUUID().toString().substring(0, 8);
        people.createAccount(username, "Robin Joiner", "a long enough password 42", Set.of(Role.RESIDENT));
        return user(username);
    }

    private GroupSummary newGroup(String visibility) {
        return groups.start(
                        user("sam"),
                        new NewGroup(
                                "Lifts " + UUID.randomUUID().toString().substring(0, 6),
                                "Residents and officers fix the lifts together.",
                                "Residents of tower blocks",
                                visibility,
                                List.of()))
                .group()
                .orElseThrow();
    }

    private Phone phone(CurrentUser who) {
        UUID id = UUID.randomUUID();
        return new Phone(id, devices.register(who, id, "phone").token());
    }

    private ResultActions push(Phone phone, String... items) throws Exception {
        return mvc.perform(post("/api/sync/v1/push")
                .header("Authorization", "Bearer " + phone.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"protocol\":1,\"deviceId\":\"" + phone.id() + "\",\"submissions\":["
                        + String.join(",", items) + "]}"));
    }

    private String answer(UUID id, long group, String action, String message) {
        int version = forms.versionsOf("group-membership").getFirst().version();
        return """
                {"id":"%s","form":{"key":"group-membership","version":%d},"capturedAt":"2026-11-20T09:00:00Z",\
                "answers":{"group":"%d","action":"%s"%s}}""".formatted(id, version, group, action, message == null ? "" : ",\"message\":\"" + message + "\"");
    }

    private JsonNode pulledGroup(Phone phone, String slug) throws Exception {
        return pulled(phone, slug).orElseThrow().path("data");
    }

    /** The group's item in a fresh pull of the phone, if the pull has it. */
    private java.util.Optional<JsonNode> pulled(Phone phone, String slug) throws Exception {
        String body = mvc.perform(get("/api/sync/v1/pull?limit=200").header("Authorization", "Bearer " + phone.token()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(body)
                .path("changes")
                .valueStream()
                .filter(c -> c.path("kind").asString().equals("group")
                        && c.path("key").asString().equals(slug))
                .findFirst();
    }

    @Test
    void a_request_to_join_waits_and_the_team_accepts_it() throws Exception {
        var group = newGroup("PUBLIC");
        var robin = newResident();
        Phone phone = phone(robin);
        assertThat(pulledGroup(phone, group.slug()).path("canAskToJoin").asBoolean())
                .isTrue();
        assertThat(groups.canAskToJoin(group.id(), user("sam")))
                .as("the team adds people on the members page")
                .isFalse();

        String ask = answer(UUID.randomUUID(), group.id(), "join", "I use the lifts every day.");
        push(phone, ask, ask).andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        push(phone, ask).andExpect(jsonPath("$.receipts[0].status").value("duplicate"));
        push(phone, answer(UUID.randomUUID(), group.id(), "join", null)) // asked again while waiting
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));

        var waiting = groups.waitingRequests(group.slug(), user("sam"));
        assertThat(waiting).hasSize(1);
        assertThat(waiting.getFirst().name()).isEqualTo("Robin Joiner");
        assertThat(waiting.getFirst().message()).isEqualTo("I use the lifts every day.");
        assertThat(groups.waitingRequests(group.slug(), user("amara")))
                .as("a resident who does not chair the group")
                .isEmpty();
        var mine = pulledGroup(phone, group.slug());
        assertThat(mine.path("member").asBoolean()).isFalse();
        assertThat(mine.path("canAskToJoin").asBoolean()).isFalse();
        assertThat(mine.path("myRequest").path("status").asString()).isEqualTo("waiting");

        assertThatThrownBy(() -> groups.decideJoinRequest(
                        user("amara"), group.slug(), waiting.getFirst().id(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(groups.decideJoinRequest(
                        user("sam"), group.slug(), waiting.getFirst().id(), true, null))
                .isEmpty();
        assertThat(groups.groupsOf(robin)).extracting(GroupSummary::id).contains(group.id());
        assertThat(groups.decideJoinRequest(
                        user("sam"), group.slug(), waiting.getFirst().id(), false, "Late"))
                .extracting(NewGroup.Problem::code)
                .containsExactly("request-already-answered");
        mine = pulledGroup(phone, group.slug());
        assertThat(mine.path("member").asBoolean()).isTrue();
        assertThat(mine.path("myRequest").path("status").asString()).isEqualTo("accepted");

        // a member leaves from their phone: their place ends; asking to leave again records nothing
        push(phone, answer(UUID.randomUUID(), group.id(), "leave", null))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        assertThat(groups.groupsOf(robin)).extracting(GroupSummary::id).doesNotContain(group.id());
        push(phone, answer(UUID.randomUUID(), group.id(), "leave", null))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
    }

    @Test
    void a_co_chair_declines_with_a_reason_the_person_is_shown() throws Exception {
        var group = newGroup("PUBLIC");
        var chair = newResident();
        groups.addMember(user("sam"), group.slug(), chair.username(), "CO_CHAIR");
        var robin = newResident();
        Phone phone = phone(robin);
        push(phone, answer(UUID.randomUUID(), group.id(), "join", null))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        long id = groups.waitingRequests(group.slug(), chair).getFirst().id();

        assertThat(groups.decideJoinRequest(chair, group.slug(), id, false, "  "))
                .extracting(NewGroup.Problem::code)
                .containsExactly("decline-reason-missing");
        assertThat(groups.waitingRequests(group.slug(), chair)).hasSize(1);
        assertThat(groups.decideJoinRequest(chair, group.slug(), id, false, "The group is full until April."))
                .isEmpty();
        assertThat(groups.groupsOf(robin)).extracting(GroupSummary::id).doesNotContain(group.id());
        var mine = pulledGroup(phone, group.slug());
        assertThat(mine.path("myRequest").path("status").asString()).isEqualTo("declined");
        assertThat(mine.path("myRequest").path("reason").asString()).isEqualTo("The group is full until April.");
        assertThat(mine.path("canAskToJoin").asBoolean())
                .as("may ask again later")
                .isTrue();
    }

    @Test
    void asking_to_leave_withdraws_a_waiting_request_and_the_team_adding_someone_answers_theirs() throws Exception {
        var group = newGroup("PUBLIC");
        var robin = newResident();
        Phone phone = phone(robin);
        push(phone, answer(UUID.randomUUID(), group.id(), "join", "I chair my block's residents' association."))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        assertThat(groups.waitingRequests(group.slug(), user("sam"))).hasSize(1);

        // changed their mind before anyone answered ("Withdraw my request" sends leave)
        push(phone, answer(UUID.randomUUID(), group.id(), "leave", null))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        assertThat(groups.waitingRequests(group.slug(), user("sam"))).isEmpty();
        var mine = pulledGroup(phone, group.slug());
        assertThat(mine.path("myRequest").isMissingNode()
                        || mine.path("myRequest").isNull())
                .as("a withdrawn request is not shown as waiting: " + mine)
                .isTrue();
        assertThat(mine.path("canAskToJoin").asBoolean()).isTrue();

        // asks again; the team adds them on the members page meanwhile: the request is answered, not left waiting
        push(phone, answer(UUID.randomUUID(), group.id(), "join", null))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        assertThat(groups.addMember(user("sam"), group.slug(), robin.username(), "RESIDENT"))
                .isEmpty();
        assertThat(groups.waitingRequests(group.slug(), user("sam"))).isEmpty();
        mine = pulledGroup(phone, group.slug());
        assertThat(mine.path("member").asBoolean()).isTrue();
        assertThat(mine.path("myRequest").path("status").asString()).isEqualTo("accepted");
    }

    @Test
    void a_members_only_or_closed_group_cannot_be_named() throws Exception {
        var hidden = newGroup("MEMBERS");
        var closed = newGroup("PUBLIC");
        assertThat(groups.close(user("sam"), closed.slug(), "Finished.")).isEmpty();
        Phone phone = phone(newResident());
        long before = requests.count();
        push(
                        phone,
                        answer(UUID.randomUUID(), hidden.id(), "join", null),
                        answer(UUID.randomUUID(), closed.id(), "join", null),
                        answer(UUID.randomUUID(), 987654321L, "join", null))
                .andExpect(jsonPath("$.receipts[0].problems[0].code").value("unknown-reference"))
                .andExpect(jsonPath("$.receipts[1].problems[0].code").value("unknown-reference"))
                .andExpect(jsonPath("$.receipts[2].problems[0].code").value("unknown-reference"));
        assertThat(requests.count()).isEqualTo(before);
    }

    private boolean pulls(Phone phone, String slug) throws Exception {
        return pulled(phone, slug).isPresent();
    }

    private static List<String> codes(List<NewGroup.Problem> problems) {
        return problems.stream().map(NewGroup.Problem::code).toList();
    }

    @Test
    void an_invitation_to_a_members_only_group_is_seen_on_the_phone_and_yes_makes_a_co_chair() throws Exception {
        var group = newGroup("MEMBERS");
        var robin = newResident();
        var sam = user("sam");
        Phone phone = phone(robin);
        assertThat(pulls(phone, group.slug()))
                .as("members only: not seen before an invitation")
                .isFalse();

        assertThatThrownBy(() -> invitations.invite(user("amara"), group.slug(), robin.username(), "RESIDENT", null))
                .as("only the team invites")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codes(invitations.invite(sam, group.slug(), " ", null, "x".repeat(2001))))
                .containsExactly("person-missing", "role-missing", "invitation-message-too-long");
        assertThat(codes(invitations.invite(sam, group.slug(), "nobody-" + UUID.randomUUID(), "CO_CHAIR", null)))
                .containsExactly("person-unknown");
        assertThat(codes(invitations.invite(sam, group.slug(), robin.username(), "CHAIRPERSON", null)))
                .containsExactly("role-unknown");
        assertThat(invitations.invite(sam, group.slug(), robin.username(), "CO_CHAIR", "Chair it with Priya?"))
                .isEmpty();
        assertThat(codes(invitations.invite(sam, group.slug(), robin.username(), "RESIDENT", null)))
                .containsExactly("person-already-invited");
        var waiting = invitations.waiting(sam, group.slug());
        assertThat(waiting).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("Robin Joiner");
            assertThat(w.role()).isEqualTo(MemberRole.CO_CHAIR);
            assertThat(w.message()).isEqualTo("Chair it with Priya?");
        });
        assertThat(groups.groupsOf(robin)).as("not a member before saying yes").isEmpty();

        var mine = pulledGroup(phone, group.slug());
        assertThat(mine.path("member").asBoolean()).isFalse();
        assertThat(mine.path("canAskToJoin").asBoolean()).isFalse();
        assertThat(mine.path("myInvitation").path("status").asString()).isEqualTo("waiting");
        assertThat(mine.path("myInvitation").path("role").asString()).isEqualTo("CO_CHAIR");
        assertThat(mine.path("myInvitation").path("message").asString()).isEqualTo("Chair it with Priya?");

        String yes = answer(UUID.randomUUID(), group.id(), "join", null);
        push(phone, yes, yes).andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        push(phone, yes).andExpect(jsonPath("$.receipts[0].status").value("duplicate"));
        assertThat(groups.details(group.slug(), sam).orElseThrow().members())
                .filteredOn(m -> m.personId() == robin.personId())
                .singleElement()
                .extracting(Member::role)
                .isEqualTo(MemberRole.CO_CHAIR);
        assertThat(requests.countByPersonId(robin.personId()))
                .as("saying yes is no request to join")
                .isZero();
        mine = pulledGroup(phone, group.slug());
        assertThat(mine.path("member").asBoolean()).isTrue();
        assertThat(mine.path("myInvitation").path("status").asString()).isEqualTo("accepted");
        assertThat(mine.path("myInvitation").has("answeredAt")).isTrue();
        assertThat(invitations.waiting(sam, group.slug())).isEmpty();
    }

    @Test
    void no_thank_you_declines_and_a_withdrawn_invitation_opens_nothing() throws Exception {
        var group = newGroup("MEMBERS");
        var sam = user("sam");
        var robin = newResident();
        Phone phone = phone(robin);
        assertThat(invitations.invite(sam, group.slug(), robin.username(), "RESIDENT", null))
                .isEmpty();
        push(phone, answer(UUID.randomUUID(), group.id(), "leave", null))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        assertThat(groups.groupsOf(robin)).isEmpty();
        assertThat(invitations.myInvitation(robin, group.id()).orElseThrow().status())
                .isEqualTo("declined");
        assertThat(pulls(phone, group.slug()))
                .as("members only, and no invitation waits")
                .isFalse();

        var kim = newResident();
        Phone kims = phone(kim);
        assertThat(invitations.invite(sam, group.slug(), kim.username(), "RESIDENT", null))
                .isEmpty();
        long id = invitations.waiting(sam, group.slug()).getFirst().id();
        assertThatThrownBy(() -> invitations.withdraw(user("amara"), group.slug(), id))
                .isInstanceOf(AccessDeniedException.class);
        invitations.withdraw(sam, group.slug(), id);
        assertThat(invitations.waiting(sam, group.slug())).isEmpty();
        push(kims, answer(UUID.randomUUID(), group.id(), "join", null))
                .andExpect(jsonPath("$.receipts[0].status").value("rejected"))
                .andExpect(jsonPath("$.receipts[0].problems[0].code").value("unknown-reference"));
        assertThat(groups.groupsOf(kim)).isEmpty();
    }

    /**
     * The invitation reaches the person by email too, in their language, if they confirmed an email address: the
     * group, the part (in their words), the team's message and the group's page. An unconfirmed address and a
     * refused invitation get nothing.
     */
    @Test
    void an_invitation_is_emailed_in_the_persons_language_only_to_a_confirmed_address() throws Exception {
        var group = newGroup("MEMBERS");
        var sam = user("sam");
        var robin = newResident();
        var kim = newResident();
        String robins = robin.username() + "@example.org";
        String kims = kim.username() + "@example.org";
        jdbc.update(
                "update person set email = ?, email_confirmed_at = current_timestamp, language = 'ar' where id = ?",
                robins,
                robin.personId());
        jdbc.update("update person set email = ? where id = ?", kims, kim.personId());

        assertThat(invitations.invite(sam, group.slug(), robin.username(), "CO_CHAIR", "Chair it with Priya?"))
                .isEmpty();
        assertThat(invitations.invite(sam, group.slug(), kim.username(), "RESIDENT", null))
                .isEmpty();
        assertThat(codes(invitations.invite(sam, group.slug(), robin.username(), "RESIDENT", null)))
                .containsExactly("person-already-invited");

        var email = TestMailServer.onlyEmail(robins);
        var arabic = uk.gov.lbhf.withus.base.Languages.find("ar").orElseThrow().locale();
        assertThat(email.getSubject())
                .isEqualTo(uk.gov.lbhf.withus.base.Translations.text(arabic, "invite.email.subject", group.name()));
        assertThat(TestMailServer.body(email))
                .contains(uk.gov.lbhf.withus.base.Translations.text(
                        arabic,
                        "invite.email.body",
                        "Robin Joiner",
                        group.name(),
                        uk.gov.lbhf.withus.base.Translations.text(arabic, "memberRole.CO_CHAIR")))
                .contains("Chair it with Priya?")
                .contains("\nhttps://withus.example/groups/" + group.slug() + "\n")
                .doesNotContain("Co-chair");
        TestMailServer.noEmailTo(kims);
        assertThat(TestMailServer.to(robins))
                .as("the refused second invitation sent nothing")
                .hasSize(1);
    }
}
