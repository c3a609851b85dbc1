package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import uk.gov.lbhf.withus.base.Languages;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.feedback.FormAuthoring;
import uk.gov.lbhf.withus.feedback.FormQuestion;
import uk.gov.lbhf.withus.feedback.LocalText;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * GOV.UK "check your answers" before a form is published: every question in every language of the form, each with a
 * link to change it; publishing is refused, with each problem linked to where it is fixed, while a text is missing in a
 * language or there are no questions. Then a confirmation: the version is published and reaches people at their next
 * sync; answers to older versions stay as they were.
 */
@Route("forms/write/:key/check")
@RolesAllowed("COPRODUCTION_TEAM")
class CheckFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FormAuthoring authoring;
    private final PeopleService people;
    private CurrentUser user;
    private FormAuthoring.Draft draft;
    private String title = "";
    private boolean errors;

    CheckFormView(FormAuthoring authoring, PeopleService people) {
        this.authoring = authoring;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = people.currentUser().orElseThrow();
        draft = authoring
                .draft(user, event.getRouteParameters().get("key").orElse(""))
                .orElse(null);
        if (draft == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(List.of());
    }

    private void show(List<FormAuthoring.Problem> problems) {
        removeAll();
        String key = draft.formKey();
        title = getTranslation("formWrite.check.heading");
        add(FormWriting.backToDraft(key, getTranslation("formWrite.backToDraft")));
        var caption = new Paragraph(draft.title().in(getLocale()));
        caption.addClassName("wu-caption");
        FormTexts.markLanguage(caption, draft.title(), getLocale());
        add(caption, new H1(title));
        if (!problems.isEmpty()) {
            add(problemSummary(problems));
        }
        add(new Paragraph(getTranslation("formWrite.check.intro", draft.nextVersion())));
        int number = 1;
        for (FormQuestion q : draft.questions()) {
            var section = new Section();
            section.addClassName("wu-card");
            var heading = new H2(getTranslation(
                    "formWrite.check.question", number++, q.label().english()));
            heading.setId("check-" + q.id());
            section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            section.add(heading);
            var facts = new DescriptionList();
            facts.addClassName("wu-summary-list");
            fact(facts, getTranslation("formWrite.check.kind"), getTranslation("formWrite.kind." + q.type()), null);
            fact(
                    facts,
                    getTranslation("formWrite.check.required"),
                    getTranslation(q.required() ? "formWrite.draft.required" : "formWrite.draft.optional"),
                    null);
            for (String tag : draft.languages()) {
                String language = Languages.nameFor(tag, getLocale());
                fact(facts, getTranslation("formWrite.check.label", language), words(q.label(), tag), tag);
                if (q.hint() != null) {
                    fact(facts, getTranslation("formWrite.check.hint", language), words(q.hint(), tag), tag);
                }
                if (!q.options().isEmpty()) {
                    fact(
                            facts,
                            getTranslation("formWrite.check.options", language),
                            q.options().stream().map(o -> words(o.label(), tag)).collect(Collectors.joining("; ")),
                            tag);
                }
                if (q.low() != null) {
                    fact(facts, getTranslation("formWrite.check.low", language), words(q.low(), tag), tag);
                }
                if (q.high() != null) {
                    fact(facts, getTranslation("formWrite.check.high", language), words(q.high(), tag), tag);
                }
            }
            if (q.min() != null || q.max() != null) {
                fact(
                        facts,
                        getTranslation("formWrite.check.range"),
                        getTranslation(
                                "formWrite.check.rangeValue",
                                q.min() == null ? "–" : q.min().toPlainString(),
                                q.max() == null ? "–" : q.max().toPlainString()),
                        null);
            }
            section.add(facts);
            if (FormAuthoring.KINDS.contains(q.type()))
                section.add(new Paragraph(FormWriting.changeLink(
                        "forms/write/" + key + "/questions/" + q.id(),
                        getTranslation("formWrite.draft.change"),
                        q.label().in(getLocale()))));
            add(section);
        }
        var equality = new Paragraph(
                getTranslation(draft.equality() ? "formWrite.check.equality.added" : "formWrite.check.equality.none"));
        equality.add(new com.vaadin.flow.component.Text(" "));
        equality.add(FormWriting.changeLink(
                "forms/write/" + key + "/equality",
                getTranslation("formWrite.draft.change"),
                getTranslation("formWrite.draft.changeEquality.what")));
        add(equality);
        var publish = new NativeButton(getTranslation("formWrite.check.publish", draft.nextVersion()), e -> publish());
        publish.addClassNames("wu-button", "wu-button-primary");
        add(publish);
    }

    /** A missing word is said, not left blank. */
    private String words(LocalText text, String tag) {
        return text.byLanguage().getOrDefault(tag, getTranslation("formWrite.check.missing"));
    }

    private void fact(DescriptionList facts, String term, String value, String lang) {
        var description = new DescriptionList.Description(value);
        if (lang != null && !lang.equals(getLocale().getLanguage())) {
            description.getElement().setAttribute("lang", lang);
        }
        if (lang != null) {
            description
                    .getElement()
                    .setAttribute(
                            "dir",
                            Languages.find(lang).map(Languages.Language::dir).orElse("ltr"));
        }
        facts.add(new Div(new DescriptionList.Term(term), description));
    }

    private Div problemSummary(List<FormAuthoring.Problem> problems) {
        var box = new Div();
        box.addClassName("wu-error-summary");
        box.getElement().setAttribute("role", "alert");
        box.getElement().setAttribute("tabindex", "-1");
        box.getElement().setAttribute("aria-labelledby", "check-errors-title");
        var heading = new H2(getTranslation("form.error.summary"));
        heading.setId("check-errors-title");
        var list = new UnorderedList();
        for (FormAuthoring.Problem problem : problems) {
            String words = FormWriting.message(problem, getLocale(), this::getTranslation);
            String href = problem.field().startsWith("question-")
                    ? "forms/write/" + draft.formKey() + "/questions/"
                            + problem.field().substring("question-".length())
                    : problem.field().equals("questions")
                            ? "forms/write/" + draft.formKey() + "/add"
                            : "forms/write/" + draft.formKey() + "/texts";
            Anchor link = Html.routerLink(href, words);
            list.add(new ListItem(link));
        }
        box.add(heading, list);
        return box;
    }

    private void publish() {
        var outcome = authoring.publish(user, draft.formKey());
        if (outcome.value().isEmpty()) {
            errors = true;
            show(outcome.problems());
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            getElement().executeJs("this.querySelector('.wu-error-summary').focus()");
            return;
        }
        errors = false;
        var form = outcome.value().get();
        removeAll();
        title = getTranslation("formWrite.published.heading");
        var panel = new Div();
        panel.addClassName("wu-panel");
        var heading = new H1(title);
        heading.getElement().setAttribute("tabindex", "-1");
        var which = new Paragraph(getTranslation("formWrite.published.which", form.version(), form.title()));
        panel.add(heading, which);
        add(panel);
        add(new Paragraph(getTranslation("formWrite.published.next")));
        add(new Paragraph(Html.routerLink("forms/write", getTranslation("formWrite.backToList"))));
        heading.getElement().callJsFunction("focus");
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "") + title + " – WithUs";
    }
}
