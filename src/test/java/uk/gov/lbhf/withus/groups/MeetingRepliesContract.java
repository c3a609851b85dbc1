package uk.gov.lbhf.withus.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.sync.devices.DeviceService;

/**
 * Replies to a meeting through the real push: a member's reply and needs reach the organisers (staff and the group's
 * co-chairs, a resident co-chair included) and nobody else; a later reply counts and both stay on record; a replay
 * records nothing again; a non-member is refused; the pull brings the person's own reply back to their phone. Run
 * on H2 and PostgreSQL.
 */
abstract class MeetingRepliesContract {

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
    MeetingReplyRepository replies;

    record Phone(UUID id, String token) {}

    private Phone phone(CurrentUser who) {
        UUID id = UUID.randomUUID();
        return new Phone(
                id, devices.register(who, id, who.displayName() + "'s phone").token());
    }

    private ResultActions push(Phone phone, String... items) throws Exception {
        return mvc.perform(post("/api/sync/v1/push")
                .header("Authorization", "Bearer " + phone.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"protocol\":1,\"deviceId\":\"" + phone.id() + "\",\"submissions\":["
                        + String.join(",", items) + "]}"));
    }

    private String reply(UUID id, long meeting, String at, String attending, String needs) {
        int version = forms.versionsOf("meeting-reply").getFirst().version();
        return """
                {"id":"%s","form":{"key":"meeting-reply","version":%d},"capturedAt":"%s",\
                "answers":{"meeting":"%d","attending":"%s"%s}}""".formatted(id, version, at, meeting, attending, needs == null ? "" : ",\"needs\":\"" + needs + "\"");
    }

    private long dagMeeting() {
        var sam = people.findUser("sam").orElseThrow();
        return groups.details("digital-accessibility", sam)
                .orElseThrow()
                .upcomingMeetings()
                .getFirst()
                .id();
    }

    @Test
    void a_members_reply_and_needs_reach_the_organisers_and_the_later_reply_counts() throws Exception {
        var amara = people.findUser("amara").orElseThrow();
        long meeting = dagMeeting();
        Phone phone = phone(amara);
        long before = replies.count();
        String first = reply(UUID.randomUUID(), meeting, "2026-11-20T09:00:00Z", "yes", "bsl easy-read");
        push(phone, first, first) // the same id twice in a batch, then again after a lost reply: recorded once
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        push(phone, first).andExpect(jsonPath("$.receipts[0].status").value("duplicate"));
        assertThat(replies.count()).isEqualTo(before + 1);

        var marek = people.findUser("marek").orElseThrow(); // a resident who co-chairs the group
        var seen = groups.repliesTo(meeting, marek).orElseThrow();
        var hers = seen.replies().stream()
                .filter(r -> r.personId() == amara.personId())
                .findFirst()
                .orElseThrow();
        assertThat(hers.attending()).isEqualTo("yes");
        assertThat(hers.needs()).containsExactly("bsl", "easy-read");
        assertThat(seen.needing("bsl")).isGreaterThanOrEqualTo(1);

        // she changes her mind later (captured later): that reply counts, both are on record
        push(phone, reply(UUID.randomUUID(), meeting, "2026-11-21T09:00:00Z", "online", "captions"))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        var after =
                groups.repliesTo(meeting, people.findUser("sam").orElseThrow()).orElseThrow();
        var latest = after.replies().stream()
                .filter(r -> r.personId() == amara.personId())
                .findFirst()
                .orElseThrow();
        assertThat(latest.attending()).isEqualTo("online");
        assertThat(latest.needs()).containsExactly("captions");
        assertThat(after.sent().get(amara.personId())).isGreaterThanOrEqualTo(2);

        // an older reply that arrives last (captured offline before) does not overturn the later one
        push(phone, reply(UUID.randomUUID(), meeting, "2026-11-19T09:00:00Z", "no", null))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        assertThat(groups.repliesTo(meeting, marek).orElseThrow().replies().stream()
                        .filter(r -> r.personId() == amara.personId())
                        .findFirst()
                        .orElseThrow()
                        .attending())
                .isEqualTo("online");

        // her phone gets back the reply that counts with the pull
        String pulled = mvc.perform(
                        get("/api/sync/v1/pull?limit=200").header("Authorization", "Bearer " + phone.token()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var item = JSON.readTree(pulled)
                .path("changes")
                .valueStream()
                .filter(c -> c.path("kind").asString().equals("meeting")
                        && c.path("key").asString().equals(String.valueOf(meeting)))
                .findFirst()
                .orElseThrow();
        assertThat(item.path("data").path("canReply").asBoolean()).isTrue();
        assertThat(item.path("data").path("myReply").path("attending").asString())
                .isEqualTo("online");
        assertThat(item.path("data").path("myReply").path("needs").toString()).isEqualTo("[\"captions\"]");
    }

    @Test
    void only_staff_and_the_groups_co_chairs_see_replies_and_only_members_may_reply() throws Exception {
        long meeting = dagMeeting();
        assertThat(groups.repliesTo(meeting, people.findUser("amara").orElseThrow()))
                .as("a resident member who does not chair")
                .isEmpty();
        assertThat(groups.repliesTo(meeting, people.findUser("jo").orElseThrow()))
                .as("a councillor")
                .isEmpty();
        assertThat(groups.repliesTo(meeting, people.findUser("priya").orElseThrow()))
                .isPresent();
        assertThat(groups.repliesTo(987654321L, people.findUser("sam").orElseThrow()))
                .isEmpty();

        var leon = people.findUser("leon").orElseThrow(); // not a member of the group
        long before = replies.count();
        push(phone(leon), reply(UUID.randomUUID(), meeting, "2026-11-20T09:00:00Z", "yes", null))
                .andExpect(jsonPath("$.receipts[0].status").value("rejected"))
                .andExpect(jsonPath("$.receipts[0].problems[0].code").value("unknown-reference"));
        push(
                        phone(people.findUser("amara").orElseThrow()),
                        reply(UUID.randomUUID(), meeting, "2026-11-20T09:00:00Z", "maybe", "bsl bsl"))
                .andExpect(jsonPath("$.receipts[0].status").value("rejected"))
                .andExpect(jsonPath("$.receipts[0].problems.length()").value(2));
        assertThat(replies.count()).isEqualTo(before);
    }

    private tools.jackson.databind.JsonNode myReply(Phone phone, long meeting) throws Exception {
        String pulled = mvc.perform(
                        get("/api/sync/v1/pull?limit=200").header("Authorization", "Bearer " + phone.token()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(pulled)
                .path("changes")
                .valueStream()
                .filter(c -> c.path("kind").asString().equals("meeting")
                        && c.path("key").asString().equals(String.valueOf(meeting)))
                .findFirst()
                .orElseThrow()
                .path("data")
                .path("myReply");
    }

    @Test
    void an_organiser_marks_a_need_arranged_and_the_persons_phone_is_told() throws Exception {
        var sam = people.findUser("sam").orElseThrow();
        String username = "needs-" + UUID.randomUUID().toString().substring(0, 8);
        people.createAccount(username, "Noor Needs", "a long enough password 42", java.util.Set.of(Role.RESIDENT));
        var noor = people.findUser(username).orElseThrow();
        assertThat(groups.addMember(sam, "digital-accessibility", username, "RESIDENT"))
                .isEmpty();
        long meeting = dagMeeting();
        Phone phone = phone(noor);
        push(phone, reply(UUID.randomUUID(), meeting, "2026-11-20T09:00:00Z", "yes", "bsl easy-read"))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        assertThat(myReply(phone, meeting).path("arranged").toString()).isEqualTo("[]");

        // neither a member who does not chair nor a councillor may mark it; the co-chair may
        assertThatThrownBy(() ->
                        groups.arrangeNeed(people.findUser("amara").orElseThrow(), meeting, noor.personId(), "bsl"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(
                        () -> groups.arrangeNeed(people.findUser("jo").orElseThrow(), meeting, noor.personId(), "bsl"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var marek = people.findUser("marek").orElseThrow();
        assertThat(groups.arrangeNeed(marek, meeting, noor.personId(), "captions"))
                .as("a need she did not ask for")
                .extracting(NewGroup.Problem::code)
                .containsExactly("need-not-asked");
        assertThat(groups.arrangeNeed(marek, meeting, noor.personId(), "bsl")).isEmpty();
        assertThat(groups.arrangeNeed(sam, meeting, noor.personId(), "bsl"))
                .as("twice changes nothing")
                .isEmpty();

        var seen = groups.repliesTo(meeting, sam).orElseThrow().replies().stream()
                .filter(r -> r.personId() == noor.personId())
                .findFirst()
                .orElseThrow();
        assertThat(seen.arranged()).containsExactly("bsl");
        assertThat(myReply(phone, meeting).path("arranged").toString()).isEqualTo("[\"bsl\"]");

        // she replies again without BSL: it is not listed; asks for it again later: it is still arranged
        push(phone, reply(UUID.randomUUID(), meeting, "2026-11-21T09:00:00Z", "online", "captions"))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        assertThat(myReply(phone, meeting).path("arranged").toString()).isEqualTo("[]");
        push(phone, reply(UUID.randomUUID(), meeting, "2026-11-22T09:00:00Z", "yes", "bsl captions"))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        assertThat(myReply(phone, meeting).path("arranged").toString()).isEqualTo("[\"bsl\"]");
    }
}
