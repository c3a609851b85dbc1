package uk.gov.lbhf.withus.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;

/**
 * A paper asked for in another language, through the real push: recorded once per submission (a replay, whether in
 * the same batch, a later one, or after a lost reply, records nothing again), counted for the team per paper, format
 * and language, and refused for a paper the person cannot see with nothing recorded. Run on H2 and PostgreSQL (where
 * the insert itself finds replays).
 */
abstract class PaperRequestsContract {

    @Autowired
    MockMvc mvc;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Autowired
    MaterialService materials;

    @Autowired
    GroupService groups;

    @Autowired
    FeedbackFormService forms;

    @Autowired
    PaperRequestRepository requests;

    private ResultActions push(CurrentUser who, UUID device, String token, String... items) throws Exception {
        String body =
                "{\"protocol\":1,\"deviceId\":\"" + device + "\",\"submissions\":[" + String.join(",", items) + "]}";
        return mvc.perform(post("/api/sync/v1/push")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String request(UUID id, long material, String format, String language) {
        int version = forms.versionsOf("paper-request").getFirst().version();
        return """
                {"id":"%s","form":{"key":"paper-request","version":%d},"capturedAt":"2026-11-21T18:00:00Z",\
                "answers":{"material":"%d","format":"%s","language":"%s"}}""".formatted(id, version, material, format, language);
    }

    private long visiblePaper(CurrentUser who, boolean visible) {
        var staff = people.findUser("sam").orElseThrow();
        var mine = groups.visibleGroups(who).stream().map(g -> g.id()).toList();
        return groups.visibleGroups(staff).stream()
                .filter(g -> mine.contains(g.id()) == visible)
                .flatMap(g -> materials.forGroup(g.id(), staff).stream())
                .filter(m -> m.formats().stream().noneMatch(f -> f.language().startsWith("so")))
                .map(MaterialSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private long counted(long material, FormatKind kind, String language) {
        return materials.paperRequests(people.findUser("sam").orElseThrow()).stream()
                .filter(r -> r.materialId() == material
                        && r.kind() == kind
                        && r.language().equals(language))
                .mapToLong(PaperRequestSummary::count)
                .sum();
    }

    @Test
    void a_request_is_recorded_once_per_submission_and_counted_for_the_team() throws Exception {
        var marek = people.findUser("marek").orElseThrow();
        UUID device = UUID.randomUUID();
        String token = devices.register(marek, device, "Marek's phone").token();
        long paper = visiblePaper(marek, true);
        long before = counted(paper, FormatKind.TRANSLATED, "so");
        long rows = requests.count();

        UUID first = UUID.randomUUID();
        String item = request(first, paper, "standard", "so");
        push(marek, device, token, item, item) // the same id twice in one batch: once
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"))
                .andExpect(jsonPath("$.receipts[1].status").value("duplicate"));
        push(marek, device, token, item) // sent again after a lost reply: once
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receipts[0].status").value("duplicate"));
        assertThat(requests.count()).isEqualTo(rows + 1);

        var amara = people.findUser("amara").orElseThrow();
        UUID other = UUID.randomUUID();
        String amarasToken = devices.register(amara, other, "Amara's phone").token();
        push(amara, other, amarasToken, request(UUID.randomUUID(), paper, "standard", "so"))
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"));
        assertThat(counted(paper, FormatKind.TRANSLATED, "so"))
                .as("two people asked for the paper in Somali")
                .isEqualTo(before + 2);
        var row = materials.paperRequests(people.findUser("sam").orElseThrow()).stream()
                .filter(r -> r.materialId() == paper && r.language().equals("so"))
                .findFirst()
                .orElseThrow();
        assertThat(row.offeredNow()).isFalse();
        assertThat(row.firstAsked()).isBeforeOrEqualTo(row.lastAsked());
    }

    @Test
    void a_request_for_a_paper_the_person_cannot_see_is_refused_and_nothing_is_recorded() throws Exception {
        var marek = people.findUser("marek").orElseThrow();
        UUID device = UUID.randomUUID();
        String token = devices.register(marek, device, "Marek's tablet").token();
        long rows = requests.count();
        push(
                        marek,
                        device,
                        token,
                        request(UUID.randomUUID(), visiblePaper(marek, false), "standard", "pl"),
                        request(UUID.randomUUID(), 987654321L, "standard", "pl"),
                        request(UUID.randomUUID(), visiblePaper(marek, true), "braille", "pl"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receipts[0].status").value("rejected"))
                .andExpect(jsonPath("$.receipts[0].problems[0].code").value("unknown-reference"))
                .andExpect(jsonPath("$.receipts[1].problems[0].code").value("unknown-reference"))
                .andExpect(jsonPath("$.receipts[2].problems[0].code").value("not-an-option"));
        assertThat(requests.count()).isEqualTo(rows);
    }

    @Test
    void a_resident_sees_no_requests_of_a_group_hidden_from_them() {
        var marek = people.findUser("marek").orElseThrow();
        var hidden = visiblePaper(marek, false);
        assertThat(materials.paperRequests(marek)).noneMatch(r -> r.materialId() == hidden);
    }
}
