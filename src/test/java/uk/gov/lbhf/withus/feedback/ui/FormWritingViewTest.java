package uk.gov.lbhf.withus.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.feedback.FormAuthoring;
import uk.gov.lbhf.withus.feedback.FormGroups;
import uk.gov.lbhf.withus.feedback.FormQuestion;
import uk.gov.lbhf.withus.feedback.FormQuestions;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/**
 * The co-production team writes a form page by page, as a person would: each page's mistakes are named at their
 * fields and in the summary (nothing saved), then a ranking question in English and Arabic, the check page refusing to
 * publish while the Arabic title is missing, and the published version reaching the group's members.
 */
@AppTest
@Transactional
class FormWritingViewTest extends BrowserlessInEnglish {

    @Autowired
    FormAuthoring authoring;

    @Autowired
    FeedbackFormService forms;

    @Autowired
    PeopleService people;

    private void check(String id) {
        element(id).setProperty("checked", true);
    }

    @Test
    @WithUserDetails("sam")
    void sam_writes_a_ranking_in_english_and_arabic_and_publishes_it_to_the_group() {
        navigate("forms/write", FormsToWriteView.class);
        assertThat(pageHtml()).contains("Forms you write", "Start a new form", "Write a new version");

        navigate("forms/write/new", FormAboutView.class);
        press("Save and continue");
        assertThat(pageHtml()).contains("There is a problem", "Enter a title", "Select who the form is for");
        assertThat(element("form-title").getAttribute("aria-invalid")).isEqualTo("true");

        fill("form-title", "Youth priorities 2027");
        check("form-languages-ar");
        choose("form-audience-2"); // the members of a group
        int dag = 0;
        for (FormGroups.Group group : authoring.openGroups()) {
            if (group.slug().equals("digital-accessibility")) {
                break;
            }
            dag++;
        }
        choose(dag == 0 ? "form-group" : "form-group-" + dag);
        press("Save and continue");
        assertThat(getCurrentView()).isInstanceOf(FormDraftView.class);
        assertThat(pageHtml()).contains("Youth priorities 2027", "There are no questions yet.", "English, Arabic");

        navigate("forms/write/youth-priorities-2027/add", QuestionKindView.class);
        press("Continue");
        assertThat(pageHtml()).contains("Select the kind of question");
        choose("question-kind-2"); // a ranking
        press("Continue");
        assertThat(getCurrentView()).isInstanceOf(QuestionView.class);
        assertThat(element("form-label-ar").getAttribute("dir"))
                .as("Arabic is typed right to left")
                .isEqualTo("rtl");
        assertThat(element("form-label-ar").getAttribute("lang")).isEqualTo("ar");

        fill("form-label-en", "Put these priorities in order");
        fill("form-options-en", "Youth clubs\nParks\nJobs and training");
        fill("form-options-ar", "نوادي الشباب\nالحدائق");
        press("Save the question");
        assertThat(pageHtml())
                .contains(
                        "Enter the question in Arabic",
                        "Enter as many choices in Arabic as in English, in the same order",
                        "Select whether the question needs an answer");
        assertThat(element("form-label-ar").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(authoring
                        .draft(people.findUser("sam").orElseThrow(), "youth-priorities-2027")
                        .orElseThrow()
                        .questions())
                .as("nothing half saved")
                .isEmpty();

        fill("form-label-ar", "رتب هذه الأولويات");
        fill("form-options-ar", "نوادي الشباب\nالحدائق\nالوظائف والتدريب");
        choose("form-required");
        press("Save the question");
        assertThat(getCurrentView()).isInstanceOf(FormDraftView.class);
        assertThat(pageHtml()).contains("Put these priorities in order", "Ranking", "Needs an answer");

        navigate("forms/write/youth-priorities-2027/check", CheckFormView.class);
        assertThat(pageHtml()).contains("Question 1: Put these priorities in order", "نوادي الشباب; الحدائق");
        press("Publish version 1");
        assertThat(pageHtml()).contains("There is a problem", "Enter the title in Arabic");
        assertThat(forms.versionsOf("youth-priorities-2027")).isEmpty();

        navigate("forms/write/youth-priorities-2027/texts", FormTextsView.class);
        fill("form-title-ar", "أولويات الشباب 2027");
        press("Save");
        navigate("forms/write/youth-priorities-2027/check", CheckFormView.class);
        press("Publish version 1");
        assertThat(pageHtml()).contains("The form is published", "Version 1 of");

        FormSummary published = forms.find("youth-priorities-2027", 1).orElseThrow();
        assertThat(published.titleText().byLanguage()).containsEntry("ar", "أولويات الشباب 2027");
        FormQuestion ranking = FormQuestions.parse(published.definition()).getFirst();
        assertThat(ranking.type()).isEqualTo("ranking");
        assertThat(ranking.options().stream().map(o -> o.label().byLanguage().get("ar")))
                .containsExactly("نوادي الشباب", "الحدائق", "الوظائف والتدريب");
        assertThat(forms.mayFillIn(published, people.findUser("amara").orElseThrow()))
                .isTrue();
        assertThat(forms.mayFillIn(published, people.findUser("leon").orElseThrow()))
                .isFalse();
    }

    @Test
    @WithUserDetails("sam")
    void a_form_written_without_a_description_opens_and_lists_for_the_people_it_is_for() {
        var sam = people.findUser("sam").orElseThrow();
        String key = authoring
                .start(
                        sam,
                        new FormAuthoring.About(
                                "Quick poll", "", java.util.List.of(), "anyone", java.util.Set.of(), null))
                .value()
                .orElseThrow();
        authoring.saveQuestion(
                sam,
                key,
                null,
                new FormAuthoring.QuestionInput(
                        "scale",
                        java.util.Map.of("en", "How did it go?"),
                        java.util.Map.of(),
                        true,
                        java.util.Map.of(),
                        null,
                        null,
                        java.util.Map.of("en", "Not yet"),
                        java.util.Map.of("en", "Really well")));
        assertThat(authoring.publish(sam, key).value()).isPresent();
        navigate("forms", FormListView.class);
        assertThat(pageHtml()).contains("Quick poll", "Write forms");
        navigate("forms/" + key, FeedbackFormView.class);
        assertThat(pageHtml()).contains("Quick poll", "withus-form");
    }

    @Test
    @WithUserDetails("sam")
    void sam_adds_the_equality_questions_and_the_published_version_carries_them() {
        var sam = people.findUser("sam").orElseThrow();
        String key = authoring
                .start(
                        sam,
                        new FormAuthoring.About(
                                "Fun day feedback", "", java.util.List.of("ar"), "anyone", java.util.Set.of(), null))
                .value()
                .orElseThrow();
        authoring.saveQuestion(
                sam,
                key,
                null,
                new FormAuthoring.QuestionInput(
                        "scale",
                        java.util.Map.of("en", "How was the day?", "ar", "كيف كان اليوم؟"),
                        java.util.Map.of(),
                        true,
                        java.util.Map.of(),
                        null,
                        null,
                        java.util.Map.of("en", "Not good", "ar", "ليس جيدًا"),
                        java.util.Map.of("en", "Very good", "ar", "جيد جدًا")));
        authoring.translate(sam, key, java.util.Map.of("ar", "ملاحظات يوم المرح"), java.util.Map.of());

        navigate("forms/write/" + key, FormDraftView.class);
        assertThat(pageHtml()).contains("Equality questions", "Not added");
        navigate("forms/write/" + key + "/equality", EqualityQuestionsView.class);
        assertThat(pageHtml())
                .contains(
                        "Add the equality questions to this form?",
                        "What is your age?",
                        "What is your ethnic group?",
                        "Data Protection Act 2018, Schedule 1, paragraph 8",
                        "kept apart from your name");
        choose("equality"); // yes
        press("Save and go back to the form");
        assertThat(getCurrentView()).isInstanceOf(FormDraftView.class);
        assertThat(pageHtml()).contains("Added at the end of the form");
        navigate("forms/write/" + key + "/check", CheckFormView.class);
        assertThat(pageHtml()).contains("The equality questions come at the end of the form.");
        press("Publish version 1");
        assertThat(pageHtml()).contains("The form is published");
        assertThat(forms.find(key, 1).orElseThrow().hasEqualitySection()).isTrue();

        // the next version can leave them out; not choosing is a problem, and only the team may choose
        assertThat(authoring.draft(sam, key).orElseThrow().equality())
                .as("the next version starts from the published one")
                .isTrue();
        assertThat(authoring.setEquality(sam, key, null).problems())
                .extracting(FormAuthoring.Problem::code)
                .containsExactly("equality-missing");
        assertThat(authoring.setEquality(sam, key, false).value()).isPresent();
        assertThat(authoring.draft(sam, key).orElseThrow().equality()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> authoring.setEquality(people.findUser("marek").orElseThrow(), key, true))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
