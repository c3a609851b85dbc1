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
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.feedback.FormAuthoring;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/** A form's title and description in each of its other languages (its questions have theirs on their own pages). */
@Route("forms/write/:key/texts")
@RolesAllowed("COPRODUCTION_TEAM")
class FormTextsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FormAuthoring authoring;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("form-texts-errors");
    private final Map<String, Fields.Field> fields = new LinkedHashMap<>();
    private CurrentUser user;
    private String formKey;
    private boolean errors;

    FormTextsView(FormAuthoring authoring, PeopleService people) {
        this.authoring = authoring;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = people.currentUser().orElseThrow();
        formKey = event.getRouteParameters().get("key").orElse("");
        var draft = authoring.draft(user, formKey).orElse(null);
        if (draft == null || draft.languages().size() < 2) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        fields.clear();
        add(FormWriting.backToDraft(formKey, getTranslation("formWrite.backToDraft")));
        add(new H1(getTranslation("formWrite.texts.heading")), summary);
        var english = new Paragraph(
                getTranslation("formWrite.texts.english", draft.title().english()));
        add(english);
        List<String> others =
                draft.languages().stream().filter(l -> !l.equals("en")).toList();
        fields.putAll(FormWriting.perLanguage(
                "title",
                others,
                getLocale(),
                this::getTranslation,
                "formWrite.texts.title",
                null,
                false,
                FormAuthoring.TITLE_MAX,
                draft.title()));
        if (draft.description() != null) {
            fields.putAll(FormWriting.perLanguage(
                    "description",
                    others,
                    getLocale(),
                    this::getTranslation,
                    "formWrite.texts.description",
                    null,
                    true,
                    FormAuthoring.DESCRIPTION_MAX,
                    draft.description()));
        }
        fields.values().forEach(this::add);
        var save = new NativeButton(getTranslation("formWrite.texts.save"), e -> save());
        save.addClassNames("wu-button", "wu-button-primary");
        add(save);
    }

    private void save() {
        var outcome = authoring.translate(
                user, formKey, FormWriting.values(fields, "title"), FormWriting.values(fields, "description"));
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
                + getTranslation("formWrite.texts.heading") + " – WithUs";
    }
}
