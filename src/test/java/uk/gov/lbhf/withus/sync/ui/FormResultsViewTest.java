package uk.gov.lbhf.withus.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.push.Submission;
import uk.gov.lbhf.withus.sync.push.SubmissionRepository;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/**
 * The results page: each counted question as an SVG chart with a title, a description and a number on every bar, the
 * same numbers in a table with row and column headers, filters as links that say which is in use, pages of answers
 * with their words (not their stored values), and the CSV link carrying the filters.
 */
@AppTest
@Transactional
class FormResultsViewTest extends BrowserlessInEnglish {

    private static final String KEY = "results-view-test";

    @Autowired
    FeedbackFormService forms;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Autowired
    uk.gov.lbhf.withus.equality.EqualityService equality;

    /** The results page with these filters in its address, as a link on it would open it. */
    private static void openResults(String query) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("forms/" + KEY + "/results", com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private void answered(int howMany, String json) {
        var amara = people.findUser("amara").orElseThrow();
        UUID device = UUID.randomUUID();
        devices.register(amara, device, "Test phone");
        for (int i = 0; i < howMany; i++) {
            var at = OffsetDateTime.now().minusMinutes(i);
            submissions.save(new Submission(
                    UUID.randomUUID(),
                    KEY,
                    1,
                    device,
                    amara.personId(),
                    Submission.CaptureMode.PERSONAL,
                    at,
                    at,
                    json,
                    "0".repeat(64),
                    List.of()));
        }
    }

    @Test
    @WithUserDetails("priya")
    void an_officer_reads_the_counts_as_a_chart_and_a_table_and_pages_through_the_answers() {
        forms.publish(KEY, "Library hours", "", """
                {"title":{"en":"Library hours"},"questions":[
                 {"id":"when","type":"radios","label":{"en":"When do you visit?"},"options":[
                   {"value":"mornings","label":{"en":"Mornings"}},{"value":"evenings","label":{"en":"Evenings"}}]},
                 {"id":"since","type":"date","label":{"en":"Member since"}}]}""", EnumSet.allOf(Role.class));
        answered(27, "{\"when\":\"evenings\",\"since\":\"2024-02-29\"}");
        answered(3, "{\"when\":\"mornings\"}");
        navigate("forms/" + KEY + "/results", FormResultsView.class);
        String page = pageHtml().replaceAll(">\\s+<", "><").replaceAll("\\s+", " ");
        assertThat(page)
                .contains("30 answers shown.", "30 people answered this question.")
                .contains(
                        "role=\"img\"",
                        "<title id=\"chart-when-title\">How many chose each answer to \"When do you visit?\"</title>")
                .contains("<desc id=\"chart-when-desc\">Mornings: 3, Evenings: 27</desc>")
                .contains("<th scope=\"row\">Evenings</th><td>27</td><td>90%</td>")
                .contains("<th scope=\"col\">When do you visit?</th>")
                .contains("29 February 2024", "Newest first: page 1 of 2", "Older answers")
                .contains("href=\"/files/forms/" + KEY + "/answers.csv\"")
                .contains("aria-current=\"true\"");
        assertThat(page).as("answers are shown by their words").doesNotContain(">evenings<");

        openResults("page=2&mode=event");
        assertThat(getCurrentView()).isInstanceOf(FormResultsView.class);
        assertThat(pageHtml()).contains("0 answers shown.", "href=\"/files/forms/" + KEY + "/answers.csv?mode=event\"");
    }

    @Test
    @WithUserDetails("sam")
    void equality_answers_show_only_as_counts_with_fewer_than_5_and_never_among_the_answers() {
        forms.publish(KEY, "Fun day", "", """
                {"title":{"en":"Fun day"},"equality":true,"questions":[
                 {"id":"when","type":"radios","label":{"en":"When did you come?"},"options":[
                   {"value":"morning","label":{"en":"Morning"}},{"value":"afternoon","label":{"en":"Afternoon"}}]}]}""", EnumSet.allOf(Role.class));
        answered(9, "{\"when\":\"morning\"}");
        var month = java.time.YearMonth.of(2026, 12);
        List<uk.gov.lbhf.withus.equality.EqualityService.Respondent> respondents = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            respondents.add(new uk.gov.lbhf.withus.equality.EqualityService.Respondent(
                    KEY, 1, "personal", month, java.util.Map.of("ageBand", "25-34")));
        }
        respondents.add(new uk.gov.lbhf.withus.equality.EqualityService.Respondent(
                KEY, 1, "event", month, java.util.Map.of("ageBand", "75-or-over", "carer", "no")));
        equality.record(respondents);
        navigate("forms/" + KEY + "/results", FormResultsView.class);
        String page = pageHtml().replaceAll(">\\s+<", "><").replaceAll("\\s+", " ");
        assertThat(page)
                .contains("Equality information", "8 people answered at least one equality question.")
                .contains("<caption>What is your age?</caption>")
                .contains("<th scope=\"row\">25 to 34</th><td>7</td>")
                .contains("<th scope=\"row\">75 or over</th><td>Fewer than 5</td>")
                .contains("<th scope=\"row\">Not answered</th><td>7</td>") // the carer question
                .contains("<th scope=\"row\">Prefer not to say</th><td>0</td>");
        assertThat(page.substring(page.indexOf("The answers")))
                .as("the answers table has no equality column")
                .doesNotContain("What is your age?", "25-34");
        // the capture-mode filter narrows them too: one person at events is "fewer than 5"
        openResults("mode=event");
        assertThat(pageHtml()).contains("Fewer than 5 people answered the equality questions.");
        // a group narrows the answers (Amara's are the Digital Accessibility Group's), never the equality counts
        openResults("group=digital-accessibility");
        String narrowed = pageHtml().replaceAll(">\\s+<", "><").replaceAll("\\s+", " ");
        assertThat(narrowed)
                .contains("9 answers shown.", "8 people answered at least one equality question.")
                .contains("They are not narrowed to the group you chose: nothing links them to who answered.")
                .contains("aria-current=\"true\" href=\"forms/" + KEY + "/results?group=digital-accessibility\"")
                .contains("href=\"/files/forms/" + KEY + "/answers.csv?group=digital-accessibility\"");
        openResults("group=cost-of-living");
        assertThat(pageHtml()).contains("0 answers shown.");
    }

    @Autowired
    uk.gov.lbhf.withus.sync.inbox.FormResults results;

    /**
     * A councillor oversees, read-only: how many answered, the charts and their tables – never the answers, their
     * CSV, photos or recordings, which the service does not even give them.
     */
    @Test
    @WithUserDetails("jo")
    void a_councillor_sees_the_counts_but_never_the_answers() {
        forms.publish(KEY, "Fun day", "", """
                {"title":{"en":"Fun day"},"questions":[
                 {"id":"when","type":"radios","label":{"en":"When did you come?"},"options":[
                   {"value":"morning","label":{"en":"Morning"}},{"value":"afternoon","label":{"en":"Afternoon"}}]},
                 {"id":"why","type":"textarea","label":{"en":"Why?"}}]}""", EnumSet.allOf(Role.class));
        answered(3, "{\"when\":\"morning\",\"why\":\"My neighbour Rosa at 4 Elm Row told me\"}");
        navigate("results", ResultsListView.class);
        assertThat(pageHtml()).contains("Results of forms", "href=\"forms/" + KEY + "/results\"");

        navigate("forms/" + KEY + "/results", FormResultsView.class);
        String page = pageHtml().replaceAll(">\\s+<", "><").replaceAll("\\s+", " ");
        assertThat(page)
                .contains("3 answers", "<th scope=\"row\">Morning</th><td>3</td>")
                .contains("As a councillor you see how many answered and the counts.")
                .doesNotContain("Elm Row", "answers.csv", ">The answers<");
        var jo = people.findUser("jo").orElseThrow();
        var found = results.results(jo, KEY, uk.gov.lbhf.withus.sync.inbox.FormResults.Filter.ALL, 0)
                .orElseThrow();
        assertThat(found.total()).isEqualTo(3);
        assertThat(found.page()).as("no answer reaches a councillor").isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> results.csv(
                        jo, KEY, uk.gov.lbhf.withus.sync.inbox.FormResults.Filter.ALL, new java.io.StringWriter()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatResidentsAreRefused();
    }

    private void assertThatResidentsAreRefused() {
        var amara = people.findUser("amara").orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> results.results(amara, KEY, uk.gov.lbhf.withus.sync.inbox.FormResults.Filter.ALL, 0))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
