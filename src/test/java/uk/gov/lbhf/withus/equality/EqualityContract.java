package uk.gov.lbhf.withus.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.sync.devices.DeviceService;

/**
 * A form's equality section through the real push: its answers are counted apart from the answers and from the
 * person (no column that could lead back), once per submission however often it is sent, never on a form without the
 * section or with a value that is not a choice, never kept in quarantine; staff see counts only, a count under 5 as
 * "fewer than 5". Run on H2 and PostgreSQL.
 */
abstract class EqualityContract {

    @Autowired
    MockMvc mvc;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Autowired
    FeedbackFormService forms;

    @Autowired
    EqualityService equality;

    @Autowired
    JdbcTemplate jdbc;

    private final String key = "equality-" + UUID.randomUUID().toString().substring(0, 8);

    record Phone(UUID id, String token) {}

    private Phone phone(CurrentUser who) {
        UUID id = UUID.randomUUID();
        return new Phone(id, devices.register(who, id, "Test phone").token());
    }

    private CurrentUser who(String username) {
        return people.findUser(username).orElseThrow();
    }

    private void publishedWithEquality() {
        forms.publish(key, "How did we do?", "", """
                {"title":{"en":"How did we do?"},"equality":true,"questions":[
                 {"id":"rating","type":"scale","label":{"en":"How did we do?"},"required":true}]}""", EnumSet.allOf(Role.class));
    }

    private ResultActions push(Phone phone, String... items) throws Exception {
        return mvc.perform(post("/api/sync/v1/push")
                .header("Authorization", "Bearer " + phone.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"protocol\":1,\"deviceId\":\"" + phone.id() + "\",\"submissions\":["
                        + String.join(",", items) + "]}"));
    }

    private String item(UUID id, String formKey, String answers, String equalityJson) {
        return """
                {"id":"%s","form":{"key":"%s","version":1},"capturedAt":"2026-11-20T09:00:00Z",\
                "answers":%s%s}""".formatted(id, formKey, answers, equalityJson == null ? "" : ",\"equality\":" + equalityJson);
    }

    private long respondents() {
        return jdbc.queryForObject("select count(*) from equality_response where form_key = ?", Long.class, key);
    }

    @Test
    void equality_answers_are_counted_apart_from_the_answers_and_the_person() throws Exception {
        publishedWithEquality();
        Phone phone = phone(who("amara"));
        List<String> items = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            items.add(item(
                    id, key, "{\"rating\":\"4\"}", "{\"ageBand\":\"25-34\",\"disability\":\"yes-limited-a-lot\"}"));
        }
        UUID older = UUID.randomUUID();
        items.add(item(older, key, "{\"rating\":\"2\"}", "{\"ageBand\":\"65-74\",\"religion\":\"prefer-not-to-say\"}"));
        items.add(item(UUID.randomUUID(), key, "{\"rating\":\"5\"}", null)); // skipped the section
        items.add(item(UUID.randomUUID(), key, "{\"rating\":\"5\"}", "{}")); // opened it, answered nothing
        push(phone, items.toArray(String[]::new))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receipts[*].status")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("accepted"))));

        // the answers as stored hold nothing of the section
        List<String> stored =
                jdbc.queryForList("select answers from sync_submission where form_key = ?", String.class, key);
        assertThat(stored).hasSize(9).allSatisfy(a -> assertThat(a).doesNotContain("ageBand", "25-34"));
        // a respondent's row has nothing that leads back: only form, version, mode and month, under a random id
        assertThat(columns("equality_response"))
                .containsExactlyInAnyOrder("id", "form_key", "form_version", "capture_mode", "captured_month");
        assertThat(columns("equality_answer")).containsExactlyInAnyOrder("response_id", "question", "answer");
        assertThat(respondents()).isEqualTo(7);
        List<UUID> rowIds = jdbc.queryForList("select id from equality_response where form_key = ?", UUID.class, key);
        assertThat(rowIds).doesNotContainAnyElementsOf(ids).doesNotContain(older);
        assertThat(jdbc.queryForList(
                        "select distinct captured_month from equality_response where form_key = ?", String.class, key))
                .containsExactly("2026-11");

        // staff see counts; under 5 is "fewer than 5"
        var counts = equality.counts(who("priya"), key, null, null);
        assertThat(counts.respondents().shownCount()).isEqualTo(7);
        assertThat(shown(counts, "ageBand")).startsWith("under-16=0 16-24=0 25-34=6 35-44=0 45-54=0 55-64=0 65-74=<5 ");
        assertThat(shown(counts, "disability")).isEqualTo("yes-limited-a-lot=6 yes-limited-a-little=0 no=0 | 0 | <5");
        assertThat(shown(counts, "religion")).endsWith("| <5 | 6");
        assertThat(equality.counts(who("sam"), key, null, "event").respondents().shownCount())
                .isZero();

        // residents do not see them; a councillor oversees them, as counts like staff (never under 5)
        assertThatThrownBy(() -> equality.counts(who("amara"), key, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(shown(equality.counts(who("jo"), key, null, null), "ageBand"))
                .isEqualTo(shown(counts, "ageBand"));
    }

    @Test
    void a_submission_sent_again_with_other_equality_answers_is_a_duplicate_and_counted_once() throws Exception {
        publishedWithEquality();
        Phone phone = phone(who("amara"));
        UUID id = UUID.randomUUID();
        String first = item(id, key, "{\"rating\":\"4\"}", "{\"sex\":\"female\"}");
        String changed = item(id, key, "{\"rating\":\"4\"}", "{\"sex\":\"male\"}");
        // the same id twice in one batch, then again after a lost reply
        push(phone, first, changed)
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"))
                .andExpect(jsonPath("$.receipts[1].status").value("duplicate"));
        push(phone, changed).andExpect(jsonPath("$.receipts[0].status").value("duplicate"));
        assertThat(respondents()).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select a.answer from equality_answer a join equality_response r on r.id = a.response_id"
                                + " where r.form_key = ?",
                        String.class,
                        key))
                .containsExactly("female");
    }

    @Test
    void equality_answers_a_form_does_not_ask_for_or_not_among_the_choices_are_refused_and_never_kept()
            throws Exception {
        publishedWithEquality();
        Phone phone = phone(who("leon"));
        int leaseholderVersion =
                forms.versionsOf("leaseholder-service").getFirst().version();
        UUID noSectionId = UUID.randomUUID();
        UUID badValueId = UUID.randomUUID();
        String noSection = item(noSectionId, "leaseholder-service", "{}", "{\"ageBand\":\"25-34\"}")
                .replace("\"version\":1", "\"version\":" + leaseholderVersion);
        String badValue = item(badValueId, key, "{\"rating\":\"3\"}", "{\"ageBand\":\"thirty\",\"pets\":\"cat\"}");
        push(phone, noSection, badValue)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receipts[0].status").value("rejected"))
                .andExpect(jsonPath("$.receipts[0].problems[?(@.field == 'equality')].code")
                        .value("no-equality-section"))
                .andExpect(jsonPath("$.receipts[1].status").value("rejected"))
                .andExpect(jsonPath("$.receipts[1].problems[0].field").value("equality.ageBand"))
                .andExpect(jsonPath("$.receipts[1].problems[0].code").value("not-an-option"))
                .andExpect(jsonPath("$.receipts[1].problems[1].field").value("equality.pets"))
                .andExpect(jsonPath("$.receipts[1].problems[1].code").value("unknown-question"));
        assertThat(respondents()).isZero();
        // quarantine keeps the items for an officer, but not their equality answers
        List<String> quarantined = jdbc.queryForList(
                "select content from sync_quarantine where submission_id in (?, ?)",
                String.class,
                noSectionId.toString(),
                badValueId.toString());
        assertThat(quarantined).hasSize(2).noneSatisfy(c -> assertThat(c).contains("ageBand"));
        assertThat(quarantined).anySatisfy(c -> assertThat(c).contains("\"rating\":\"3\""));
    }

    private List<String> columns(String table) {
        return jdbc
                .queryForList(
                        "select column_name from information_schema.columns where lower(table_name) = ?",
                        String.class,
                        table)
                .stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** "value=count …", then " | prefer-not-to-say | not answered"; a count under 5 as "<5". */
    private static String shown(EqualityService.Counts counts, String question) {
        var q = counts.questions().stream()
                .filter(x -> x.questionId().equals(question))
                .findFirst()
                .orElseThrow();
        StringBuilder s = new StringBuilder();
        for (var a : q.answers()) {
            s.append(a.value()).append('=').append(words(a.count())).append(' ');
        }
        return s.toString().strip() + " | " + words(q.preferNotToSay()) + " | " + words(q.notAnswered());
    }

    private static String words(EqualityService.Shown shown) {
        return shown.fewerThanSmallest() ? "<5" : String.valueOf(shown.count());
    }
}
