package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.feedback.FormAuthoring;
import uk.gov.lbhf.withus.feedback.FormQuestion;
import uk.gov.lbhf.withus.feedback.LocalText;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * One question of a form being written, new (its kind chosen on the page before) or changed: its words in each of
 * the form's languages, a hint, whether it needs an answer, and what its kind needs – the choices (one per line, the
 * same number in each language), a number's smallest and largest answers, or what a scale's ends mean.
 */
@Route("forms/write/:key/questions/:id")
@RouteAlias("forms/write/:key/add/:kind")
@RolesAllowed("COPRODUCTION_TEAM")
class QuestionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FormAuthoring authoring;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("question-errors");
    private final Map<String, Fields.Field> fields = new LinkedHashMap<>();
    private CurrentUser user;
    private String formKey;
    private String questionId;
    private String kind;
    private boolean errors;

    QuestionView(FormAuthoring authoring, PeopleService people) {
        this.authoring = authoring;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = people.currentUser().orElseThrow();
        formKey = event.getRouteParameters().get("key").orElse("");
        questionId = event.getRouteParameters().get("id").orElse(null);
        var draft = authoring.draft(user, formKey).orElse(null);
        FormQuestion held = null;
        if (draft != null && questionId != null) {
            held = draft.questions().stream()
                    .filter(q -> q.id().equals(questionId))
                    .findFirst()
                    .orElse(null);
        }
        kind = held != null
                ? held.type()
                : event.getRouteParameters().get("kind").orElse("");
        if (draft == null || (questionId != null && held == null) || !FormAuthoring.KINDS.contains(kind)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(draft.languages(), held);
    }

    private void show(List<String> languages, FormQuestion held) {
        removeAll();
        fields.clear();
        add(FormWriting.backToDraft(formKey, getTranslation("formWrite.backToDraft")));
        var caption = new Paragraph(getTranslation("formWrite.kind." + kind));
        caption.addClassName("wu-caption");
        add(caption, new H1(getTranslation(held == null ? "formWrite.question.new" : "formWrite.question.change")));
        add(summary);
        fields.putAll(perLanguage(
                "label",
                languages,
                "formWrite.question.label",
                null,
                false,
                FormAuthoring.LABEL_MAX,
                held == null ? null : held.label()));
        fields.putAll(perLanguage(
                "hint",
                languages,
                "formWrite.question.hintIn",
                getTranslation("formWrite.question.hint.hint"),
                false,
                FormAuthoring.HINT_MAX,
                held == null ? null : held.hint()));
        if (FormQuestion.WITH_OPTIONS.contains(kind)) {
            Map<String, String> lines = new LinkedHashMap<>();
            if (held != null) {
                for (String tag : languages) {
                    lines.put(
                            tag,
                            held.options().stream()
                                    .map(o -> o.label().byLanguage().getOrDefault(tag, ""))
                                    .collect(Collectors.joining("\n")));
                }
            }
            fields.putAll(perLanguage(
                    "options",
                    languages,
                    "formWrite.question.options",
                    getTranslation(
                            kind.equals("ranking")
                                    ? "formWrite.question.options.hint.ranking"
                                    : "formWrite.question.options.hint"),
                    true,
                    0,
                    held == null ? null : new LocalText(lines)));
        }
        if (kind.equals("number")) {
            var min = Fields.input(
                    "form-min",
                    "text",
                    getTranslation("formWrite.question.min"),
                    getTranslation("formWrite.question.min.hint"),
                    20);
            var max = Fields.input("form-max", "text", getTranslation("formWrite.question.max"), null, 20);
            if (held != null) {
                min.preset(held.min() == null ? "" : held.min().toPlainString());
                max.preset(held.max() == null ? "" : held.max().toPlainString());
            }
            fields.put("min", min);
            fields.put("max", max);
        }
        if (kind.equals("scale")) {
            fields.putAll(perLanguage(
                    "low",
                    languages,
                    "formWrite.question.low",
                    getTranslation("formWrite.question.low.hint"),
                    false,
                    FormAuthoring.OPTION_MAX,
                    held == null ? null : held.low()));
            fields.putAll(perLanguage(
                    "high",
                    languages,
                    "formWrite.question.high",
                    null,
                    false,
                    FormAuthoring.OPTION_MAX,
                    held == null ? null : held.high()));
        }
        var required = Fields.radios(
                "form-required",
                getTranslation("formWrite.question.required"),
                null,
                List.of(
                        new Fields.Option("yes", getTranslation("formWrite.question.required.yes")),
                        new Fields.Option("no", getTranslation("formWrite.question.required.no"))));
        required.preset(held == null ? "" : held.required() ? "yes" : "no");
        fields.put("required", required);
        fields.values().forEach(this::add);
        var save = new NativeButton(getTranslation("formWrite.question.save"), e -> save());
        save.addClassNames("wu-button", "wu-button-primary");
        add(save);
    }

    private Map<String, Fields.Field> perLanguage(
            String name, List<String> languages, String labelKey, String hint, boolean lines, int max, LocalText held) {
        return FormWriting.perLanguage(
                name, languages, getLocale(), this::getTranslation, labelKey, hint, lines, max, held);
    }

    private void save() {
        String required = fields.get("required").value();
        var input = new FormAuthoring.QuestionInput(
                kind,
                FormWriting.values(fields, "label"),
                FormWriting.values(fields, "hint"),
                required.isEmpty() ? null : required.equals("yes"),
                FormWriting.values(fields, "options"),
                fields.containsKey("min") ? fields.get("min").value() : null,
                fields.containsKey("max") ? fields.get("max").value() : null,
                FormWriting.values(fields, "low"),
                FormWriting.values(fields, "high"));
        var outcome = authoring.saveQuestion(user, formKey, questionId, input);
        if (outcome.value().isPresent()) {
            errors = false;
            UI.getCurrent().navigate(FormWriting.draftPath(formKey));
            return;
        }
        errors = true;
        FormWriting.show(summary, outcome.problems(), fields, getLocale(), this::getTranslation);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "")
                + getTranslation(questionId == null ? "formWrite.question.new" : "formWrite.question.change")
                + " – WithUs";
    }
}
