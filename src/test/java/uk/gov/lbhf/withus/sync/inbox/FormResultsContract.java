package uk.gov.lbhf.withus.sync.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.push.Submission;
import uk.gov.lbhf.withus.sync.push.SubmissionRepository;

/**
 * A form's results from real submissions: counts by value whatever language the answer was given in, a ranking's
 * points and places, filters by version, time and mode, pages of 25, staff only, and the CSV (BOM, a column per
 * question across versions, a formula kept as text) over HTTP.
 */
@Transactional // each test's form and submissions are rolled back after it
abstract class FormResultsContract {

    private static final String KEY = "youth-priorities-results";
    private static final String V1 = """
            {"title":{"en":"Youth priorities","ar":"أولويات الشباب"},"questions":[
             {"id":"q1","type":"ranking","label":{"en":"Order these","ar":"رتب"},"required":true,"options":[
               {"value":"youth-clubs","label":{"en":"Youth clubs","ar":"نوادي الشباب"}},
               {"value":"parks","label":{"en":"Parks","ar":"الحدائق"}},
               {"value":"jobs","label":{"en":"Jobs","ar":"الوظائف"}}]},
             {"id":"q2","type":"scale","label":{"en":"Equal partner?","ar":"شريك متساو؟"}},
             {"id":"q3","type":"text","label":{"en":"Your street","ar":"شارعك"}}]}""";
    private static final String V2 = V1.replace(
            "{\"id\":\"q3\"",
            "{\"id\":\"q4\",\"type\":\"consent\",\"label\":{\"en\":\"Contact?\",\"ar\":\"تواصل؟\"}},{\"id\":\"q3\"");

    @Autowired
    FormResults results;

    @Autowired
    FeedbackFormService forms;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Autowired
    MockMvc mvc;

    private CurrentUser who(String username) {
        return people.findUser(username).orElseThrow();
    }

    private void answers(int howMany, int version, Submission.CaptureMode mode, int daysAgo, String json) {
        answersBy("amara", howMany, version, mode, daysAgo, json);
    }

    private void answersBy(
            String username, int howMany, int version, Submission.CaptureMode mode, int daysAgo, String json) {
        var amara = who(username);
        UUID device = UUID.randomUUID();
        devices.register(amara, device, "Test phone");
        OffsetDateTime at = OffsetDateTime.now().minusDays(daysAgo);
        for (int i = 0; i < howMany; i++) {
            submissions.save(new Submission(
                    UUID.randomUUID(),
                    KEY,
                    version,
                    device,
                    amara.personId(),
                    mode,
                    at,
                    at.plusMinutes(i),
                    json,
                    "0".repeat(64),
                    List.of()));
        }
    }

    private void published() {
        var all = EnumSet.allOf(Role.class);
        forms.publish(KEY, "Youth priorities", "", V1, all);
        forms.publish(KEY, "Youth priorities", "", V2, all);
        answers(
                20,
                1,
                Submission.CaptureMode.PERSONAL,
                1,
                "{\"q1\":\"parks jobs youth-clubs\",\"q2\":\"4\",\"q3\":\"Fulham Road\"}");
        answers(5, 1, Submission.CaptureMode.PERSONAL, 30, "{\"q1\":\"jobs parks youth-clubs\",\"q2\":\"2\"}");
        // answered in Arabic on a shared device: the same values
        answers(
                5,
                2,
                Submission.CaptureMode.EVENT,
                0,
                "{\"q1\":\"youth-clubs parks jobs\",\"q2\":\"5\",\"q3\":\"=HYPERLINK(\\\"x\\\")\",\"q4\":\"yes\"}");
    }

    @Test
    void counts_points_filters_and_pages() {
        published();
        var all = results.results(who("sam"), KEY, FormResults.Filter.ALL, 0).orElseThrow();
        assertThat(all.total()).isEqualTo(30);
        assertThat(all.pages()).isEqualTo(2);
        assertThat(all.page()).hasSize(25);
        assertThat(all.columns().stream().map(q -> q.id())).containsExactly("q1", "q2", "q4", "q3");
        var ranking = all.questions().stream()
                .filter(q -> q.question().id().equals("q1"))
                .findFirst()
                .orElseThrow();
        assertThat(ranking.answered()).isEqualTo(30);
        // points: first 3, second 2, third 1 – parks 20×3 + 5×2 + 5×2 = 80; jobs 20×2 + 5×3 + 5×1 = 60; clubs 20 + 5 +
        // 15 = 40
        assertThat(ranking.ranking().stream().map(r -> r.value() + " " + r.points() + " " + r.first()))
                .containsExactly("parks 80 20", "jobs 60 5", "youth-clubs 40 5");
        assertThat(ranking.ranking().getFirst().averagePlace())
                .isCloseTo((20 * 1 + 5 * 2 + 5 * 2) / 30.0, org.assertj.core.data.Offset.offset(0.001));
        var scale = all.questions().stream()
                .filter(q -> q.question().id().equals("q2"))
                .findFirst()
                .orElseThrow();
        assertThat(scale.counts().stream().map(c -> c.value() + "=" + c.count()))
                .containsExactly("1=0", "2=5", "3=0", "4=20", "5=5");
        var consent = all.questions().stream()
                .filter(q -> q.question().id().equals("q4"))
                .findFirst()
                .orElseThrow();
        assertThat(consent.counts().stream().map(c -> c.value() + "=" + c.count()))
                .containsExactly("yes=5", "no=0");

        assertThat(results.results(who("sam"), KEY, FormResults.Filter.ALL, 1)
                        .orElseThrow()
                        .page())
                .hasSize(5);
        assertThat(results.results(who("sam"), KEY, new FormResults.Filter(1, null, null), 0)
                        .orElseThrow()
                        .total())
                .isEqualTo(25);
        assertThat(results.results(who("priya"), KEY, new FormResults.Filter(null, 7, null), 0)
                        .orElseThrow()
                        .total())
                .as("the last 7 days")
                .isEqualTo(25);
        assertThat(results.results(who("sam"), KEY, new FormResults.Filter(null, null, "event"), 0)
                        .orElseThrow()
                        .total())
                .isEqualTo(5);
        assertThat(results.results(who("sam"), "no-such-form", FormResults.Filter.ALL, 0))
                .isEmpty();
        for (String username : List.of("amara", "leon")) {
            assertThatThrownBy(() -> results.results(who(username), KEY, FormResults.Filter.ALL, 0))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
        var overseen =
                results.results(who("jo"), KEY, FormResults.Filter.ALL, 0).orElseThrow();
        assertThat(overseen.total()).as("a councillor oversees the counts").isEqualTo(30);
        assertThat(overseen.page()).as("but reads no answer").isEmpty();
    }

    /**
     * A group narrows the results to what its members sent themselves: Amara is in the Digital Accessibility Group,
     * Leon is not (he is in the Cost of Living steering group). An unknown group keeps nothing; the CSV follows.
     */
    @Test
    void the_group_filter_keeps_the_answers_its_members_sent() throws Exception {
        published();
        answersBy("leon", 4, 1, Submission.CaptureMode.PERSONAL, 0, "{\"q1\":\"jobs parks youth-clubs\",\"q2\":\"1\"}");
        assertThat(results.groups().stream().map(g -> g.slug())).contains("digital-accessibility", "cost-of-living");
        var dag = results.results(who("sam"), KEY, FormResults.Filter.ALL.withGroup("digital-accessibility"), 0)
                .orElseThrow();
        assertThat(dag.total()).isEqualTo(30);
        assertThat(dag.questions().stream()
                        .filter(q -> q.question().id().equals("q2"))
                        .findFirst()
                        .orElseThrow()
                        .counts()
                        .getFirst()
                        .count())
                .as("Leon's four 1s are not the group's")
                .isZero();
        var leons = results.results(who("sam"), KEY, FormResults.Filter.ALL.withGroup("cost-of-living"), 0)
                .orElseThrow();
        assertThat(leons.total()).isEqualTo(4);
        assertThat(leons.page()).hasSize(4);
        assertThat(results.results(who("sam"), KEY, FormResults.Filter.ALL.withGroup("no-such-group"), 0)
                        .orElseThrow()
                        .total())
                .isZero();
        assertThat(results.results(who("sam"), KEY, new FormResults.Filter(1, null, "personal", "cost-of-living"), 0)
                        .orElseThrow()
                        .total())
                .as("with the other filters")
                .isEqualTo(4);

        byte[] body = mvc.perform(get("/files/forms/" + KEY + "/answers.csv?group=cost-of-living")
                        .with(user(people.loadUserByUsername("sam"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(body, StandardCharsets.UTF_8).lines()).hasSize(5);
        mvc.perform(get("/files/forms/" + KEY + "/answers.csv?group=Not%20a%20slug")
                        .with(user(people.loadUserByUsername("sam"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_csv_has_a_bom_a_column_per_question_and_keeps_a_formula_as_text() throws Exception {
        published();
        var out = new StringWriter();
        results.csv(who("sam"), KEY, new FormResults.Filter(2, null, null), out);
        String csv = out.toString();
        assertThat(csv)
                .startsWith(
                        "\uFEFFreference,captured_at,received_at,version,mode,q1: Order these,q2: Equal partner?,q4: Contact?,q3: Your street\r\n");
        assertThat(csv.lines()).hasSize(6);
        assertThat(csv).contains(",2,event,youth-clubs parks jobs,5,yes,\"'=HYPERLINK(\"\"x\"\")\"");

        byte[] body = mvc.perform(get("/files/forms/" + KEY + "/answers.csv?version=1")
                        .with(user(people.loadUserByUsername("sam"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8).lines()).hasSize(26);
        mvc.perform(get("/files/forms/" + KEY + "/answers.csv?mode=everything")
                        .with(user(people.loadUserByUsername("sam"))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/files/forms/" + KEY + "/answers.csv").with(user(people.loadUserByUsername("amara"))))
                .andExpect(status().isNotFound());
    }
}
