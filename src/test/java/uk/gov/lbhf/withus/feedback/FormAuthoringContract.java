package uk.gov.lbhf.withus.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Writing forms through the door: only the co-production team; each problem named at its field with nothing saved (a
 * question without words, a choice twice, a translation missing, a smallest answer above the largest); a form for a
 * group's members reaches them and nobody else; publishing a change makes the next version and the older one, with
 * the answers it was given, stays valid.
 */
@Transactional // each test's drafts and versions are rolled back after it
abstract class FormAuthoringContract {

    @Autowired
    FormAuthoring authoring;

    @Autowired
    FeedbackFormService forms;

    @Autowired
    PeopleService people;

    @Autowired
    FormDraftRepository drafts;

    private CurrentUser who(String username) {
        return people.findUser(username).orElseThrow();
    }

    private static FormAuthoring.About forTheGroup(String title) {
        return new FormAuthoring.About(
                title, "Which should come first?", List.of("ar"), "group", Set.of(), "digital-accessibility");
    }

    private static FormAuthoring.QuestionInput ranking(Map<String, String> labels, Map<String, String> options) {
        return new FormAuthoring.QuestionInput(
                "ranking", labels, Map.of(), true, options, null, null, Map.of(), Map.of());
    }

    private static List<String> codes(List<FormAuthoring.Problem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.code()).toList();
    }

    @Test
    void only_the_co_production_team_writes_forms() {
        for (String username : List.of("amara", "marek", "priya", "jo", "leon")) {
            assertThatThrownBy(() -> authoring.start(who(username), forTheGroup("Priorities")))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> authoring.written(who(username))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> authoring.publish(who(username), "leaseholder-service"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(drafts.count()).isZero();
    }

    @Test
    void a_form_s_details_are_refused_field_by_field_and_nothing_is_saved() {
        var outcome = authoring.start(
                who("sam"), new FormAuthoring.About(" ", "x".repeat(501), List.of("xx"), "roles", Set.of(), null));
        assertThat(codes(outcome.problems()))
                .containsExactly(
                        "title title-missing",
                        "description description-too-long",
                        "languages language-unknown",
                        "roles roles-missing");
        assertThat(codes(authoring
                        .start(
                                who("sam"),
                                new FormAuthoring.About("A", "", List.of(), "group", Set.of(), "no-such-group"))
                        .problems()))
                .containsExactly("group group-missing");
        assertThat(drafts.count()).isZero();
    }

    @Test
    void a_ranking_in_english_and_arabic_is_published_for_the_group_s_members_only() {
        var sam = who("sam");
        String key = authoring
                .start(sam, forTheGroup("Our priorities for 2027"))
                .value()
                .orElseThrow();
        assertThat(key).isEqualTo("our-priorities-for-2027");
        var draft = authoring.draft(sam, key).orElseThrow();
        assertThat(draft.languages()).as("English first, then those chosen").containsExactly("en", "ar");
        List<String> languages = draft.languages();

        // each problem at its field, and nothing saved
        var refused = authoring.saveQuestion(
                sam,
                key,
                null,
                ranking(
                        Map.of("en", "Put these in order"),
                        Map.of("en", "Youth clubs\nParks\nyouth clubs", "ar", "نوادي الشباب\nالحدائق")));
        assertThat(codes(refused.problems())).contains("label-ar translation-missing", "options-en option-twice");
        refused = authoring.saveQuestion(
                sam,
                key,
                null,
                ranking(
                        Map.of("en", "Put these in order", "ar", "رتب هذه"),
                        Map.of("en", "Youth clubs\nParks\nJobs", "ar", "نوادي الشباب\nالحدائق")));
        assertThat(codes(refused.problems())).contains("options-ar options-count");
        var number = new FormAuthoring.QuestionInput(
                "number", Map.of("en", "How many?"), Map.of(), null, Map.of(), "10", "2", Map.of(), Map.of());
        assertThat(codes(authoring.saveQuestion(sam, key, null, number).problems()))
                .contains("min min-more-than-max", "required required-missing");
        assertThat(authoring.draft(sam, key).orElseThrow().questions()).isEmpty();
        assertThat(codes(authoring.problemsBeforePublishing(sam, key))).contains("questions no-questions");

        Map<String, String> labels = new java.util.HashMap<>();
        Map<String, String> options = new java.util.HashMap<>();
        for (String tag : languages) {
            labels.put(tag, tag.equals("ar") ? "رتب هذه الأولويات" : "Put these priorities in order");
            options.put(
                    tag, tag.equals("ar") ? "نوادي الشباب\nالحدائق\nالوظائف" : "Youth clubs\nParks\nJobs and training");
        }
        String id = authoring
                .saveQuestion(sam, key, null, ranking(labels, options))
                .value()
                .orElseThrow();
        var question = authoring.draft(sam, key).orElseThrow().questions().getFirst();
        assertThat(question.id()).isEqualTo(id);
        assertThat(question.options().stream().map(FormQuestion.Option::value))
                .containsExactly("youth-clubs", "parks", "jobs-and-training");

        // the title is not yet in the group's other languages: publishing is refused and says which
        var before = authoring.publish(sam, key);
        assertThat(before.value()).isEmpty();
        assertThat(codes(before.problems())).contains("title translation-missing");
        Map<String, String> titles = new java.util.HashMap<>();
        Map<String, String> descriptions = new java.util.HashMap<>();
        languages.forEach(tag -> {
            titles.put(tag, "Title " + tag);
            descriptions.put(tag, "About " + tag);
        });
        assertThat(authoring.translate(sam, key, titles, descriptions).problems())
                .isEmpty();
        FormSummary published = authoring.publish(sam, key).value().orElseThrow();
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.forGroup()).isEqualTo("digital-accessibility");
        assertThat(drafts.existsById(key)).as("the draft became the version").isFalse();

        // for the group's members: amara is one, leon is not
        assertThat(forms.latestFormsFor(who("amara")).stream().map(FormSummary::formKey))
                .contains(key);
        assertThat(forms.latestFormsFor(who("leon")).stream().map(FormSummary::formKey))
                .doesNotContain(key);
        assertThat(forms.mayFillIn(published, who("amara"))).isTrue();
        assertThat(forms.mayFillIn(published, who("leon"))).isFalse();
        var answer = JsonMapper.builder().build().createObjectNode().put(id, "parks jobs-and-training youth-clubs");
        assertThat(FormQuestions.check(published, answer, Map.of())).isEmpty();

        // a change is the next version; version 1 and its answers stay valid
        authoring.draft(sam, key).orElseThrow();
        authoring.removeQuestion(sam, key, id);
        var text = new FormAuthoring.QuestionInput(
                "text", labels, Map.of(), false, Map.of(), null, null, Map.of(), Map.of());
        authoring.saveQuestion(sam, key, null, text).value().orElseThrow();
        FormSummary second = authoring.publish(sam, key).value().orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        FormSummary first = forms.find(key, 1).orElseThrow();
        assertThat(FormQuestions.check(first, answer, Map.of()))
                .as("an answer to version 1")
                .isEmpty();
        assertThat(FormQuestions.check(second, answer, Map.of()))
                .extracting(AnswerProblem::code)
                .contains("unknown-question");
    }
}
