package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import uk.gov.lbhf.withus.base.Languages;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.feedback.FormAuthoring;
import uk.gov.lbhf.withus.feedback.FormQuestion;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * A form being written: its details, its words in other languages, and its questions in order, each to change or
 * take out; then "Check and publish". Opening a published form here starts its next version from it.
 */
@Route("forms/write/:key")
@RolesAllowed("COPRODUCTION_TEAM")
class FormDraftView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FormAuthoring authoring;
    private final PeopleService people;
    private CurrentUser user;
    private String title = "";
    private String caption = "";

    FormDraftView(FormAuthoring authoring, PeopleService people) {
        this.authoring = authoring;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = people.currentUser().orElseThrow();
        String key = event.getRouteParameters().get("key").orElse("");
        var draft = authoring.draft(user, key);
        if (draft.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(draft.get());
    }

    private void show(FormAuthoring.Draft draft) {
        removeAll();
        String key = draft.formKey();
        title = draft.title().in(getLocale());
        caption = getTranslation("formWrite.draft.caption", draft.nextVersion());
        add(new Paragraph(Html.routerLink("forms/write", getTranslation("formWrite.backToList"))));
        var captionLine = new Paragraph(caption);
        captionLine.addClassName("wu-caption");
        var heading = new H1(title);
        FormTexts.markLanguage(heading, draft.title(), getLocale());
        add(captionLine, heading);

        var facts = new DescriptionList();
        facts.addClassName("wu-summary-list");
        String languages = draft.languages().stream()
                .map(tag -> Languages.nameFor(tag, getLocale()))
                .collect(Collectors.joining(", "));
        String audience = switch (draft.audience()) {
            case "group" ->
                getTranslation(
                        "formWrite.draft.forGroup",
                        authoring.openGroups().stream()
                                .filter(g -> g.slug().equals(draft.group()))
                                .map(g -> g.name())
                                .findFirst()
                                .orElse(draft.group()));
            case "roles" ->
                draft.roles().stream()
                        .map(r -> getTranslation("formWrite.role." + r.name()))
                        .collect(Collectors.joining(", "));
            default -> getTranslation("formWrite.audience.anyone");
        };
        fact(facts, "formWrite.draft.languages", languages);
        fact(facts, "formWrite.draft.audience", audience);
        fact(
                facts,
                "formWrite.draft.equality",
                getTranslation(draft.equality() ? "formWrite.draft.equality.added" : "formWrite.draft.equality.none"));
        add(facts);
        add(new Paragraph(FormWriting.changeLink(
                "forms/write/" + key + "/about",
                getTranslation("formWrite.draft.changeAbout"),
                getTranslation("formWrite.draft.changeAbout.what"))));
        add(new Paragraph(FormWriting.changeLink(
                "forms/write/" + key + "/equality",
                getTranslation("formWrite.draft.changeEquality"),
                getTranslation("formWrite.draft.changeEquality.what"))));
        if (draft.languages().size() > 1) {
            add(new Paragraph(
                    Html.routerLink("forms/write/" + key + "/texts", getTranslation("formWrite.draft.texts"))));
        }

        add(new H2(getTranslation("formWrite.draft.questions")));
        if (draft.questions().isEmpty()) {
            add(new Paragraph(getTranslation("formWrite.draft.noQuestions")));
        }
        var list = new OrderedList();
        list.addClassName("wu-question-list");
        for (FormQuestion q : draft.questions()) {
            var item = new ListItem();
            var label = new Paragraph(q.label().in(getLocale()));
            label.addClassName("wu-question-label");
            FormTexts.markLanguage(label, q.label(), getLocale());
            var kind = new Paragraph(getTranslation("formWrite.kind." + q.type()) + " · "
                    + getTranslation(q.required() ? "formWrite.draft.required" : "formWrite.draft.optional"));
            kind.addClassName("wu-meta");
            item.add(label, kind);
            String what = q.label().in(getLocale());
            var change = FormWriting.changeLink(
                    "forms/write/" + key + "/questions/" + q.id(), getTranslation("formWrite.draft.change"), what);
            var remove = new NativeButton(getTranslation("formWrite.draft.remove"), e -> {
                authoring.removeQuestion(user, key, q.id());
                authoring.draft(user, key).ifPresent(d -> {
                    show(d);
                    announce(getTranslation("formWrite.draft.removed", what));
                });
            });
            remove.add(Html.visuallyHidden(" " + what));
            remove.addClassNames("wu-button-secondary", "wu-button-small");
            // photos and recordings are questions WithUs sets (their files travel apart): kept or removed, not changed
            var actions =
                    FormAuthoring.KINDS.contains(q.type()) ? new Paragraph(change, remove) : new Paragraph(remove);
            actions.addClassName("wu-actions");
            item.add(actions);
            list.add(item);
        }
        if (!draft.questions().isEmpty()) {
            add(list);
        }
        var addQuestion = Html.routerLink("forms/write/" + key + "/add", getTranslation("formWrite.draft.add"));
        addQuestion.addClassName("wu-button");
        add(new Paragraph(addQuestion));
        var check = Html.routerLink("forms/write/" + key + "/check", getTranslation("formWrite.draft.check"));
        check.addClassNames("wu-button", "wu-button-primary");
        add(new Paragraph(check));
    }

    private void announce(String words) {
        var status = new Paragraph(words);
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("tabindex", "-1");
        status.addClassName("wu-inset");
        addComponentAtIndex(2, status);
        status.getElement().callJsFunction("focus");
    }

    private void fact(DescriptionList facts, String key, String value) {
        var row = new Div(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        row.addClassName("wu-summary-row");
        facts.add(row);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + caption + " – WithUs"; // not the form's own page title
    }
}
