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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.lbhf.withus.base.Languages;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.feedback.FormAuthoring;
import uk.gov.lbhf.withus.feedback.FormGroups;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;

/**
 * A form's details, for a new form or a draft: its title and what it is for (in English; the other languages come
 * later), the other languages it is written in, and whom it is for – anyone signed in, some roles, or one group's
 * members (a group's form is written in the group's languages too).
 */
@Route("forms/write/new")
@RouteAlias("forms/write/:key/about")
@RolesAllowed("COPRODUCTION_TEAM")
class FormAboutView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FormAuthoring authoring;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("form-about-errors");
    private final Map<String, Fields.Field> fields = new LinkedHashMap<>();
    private final Map<String, Fields.Field> languages = new LinkedHashMap<>();
    private final Map<String, Fields.Field> roles = new LinkedHashMap<>();
    private CurrentUser user;
    private String formKey;
    private boolean errors;

    FormAboutView(FormAuthoring authoring, PeopleService people) {
        this.authoring = authoring;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = people.currentUser().orElseThrow();
        formKey = event.getRouteParameters().get("key").orElse(null);
        FormAuthoring.Draft draft = null;
        if (formKey != null) {
            draft = authoring.draft(user, formKey).orElse(null);
            if (draft == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        show(draft);
    }

    private void show(FormAuthoring.Draft draft) {
        removeAll();
        fields.clear();
        languages.clear();
        roles.clear();
        add(
                formKey == null
                        ? new Paragraph(Html.routerLink("forms/write", getTranslation("formWrite.backToList")))
                        : FormWriting.backToDraft(formKey, getTranslation("formWrite.backToDraft")));
        add(new H1(getTranslation(formKey == null ? "formWrite.new.heading" : "formWrite.about.heading")), summary);
        add(new Paragraph(getTranslation("formWrite.about.intro")));
        fields.put(
                "title",
                Fields.input(
                        "form-title",
                        "text",
                        getTranslation("formWrite.title"),
                        getTranslation("formWrite.title.hint"),
                        FormAuthoring.TITLE_MAX));
        fields.put(
                "description",
                Fields.textarea(
                        "form-description",
                        getTranslation("formWrite.description"),
                        getTranslation("formWrite.description.hint"),
                        FormAuthoring.DESCRIPTION_MAX,
                        3));
        fields.values().forEach(this::add);

        Map<String, String> languageLabels = new LinkedHashMap<>();
        for (Languages.Language language : Languages.all()) {
            if (!language.tag().equals("en")) {
                languageLabels.put(language.tag(), Languages.nameFor(language.tag(), getLocale()));
            }
        }
        add(FormWriting.checkboxes(
                "form-languages",
                getTranslation("formWrite.languages"),
                getTranslation("formWrite.languages.hint"),
                languageLabels,
                languages));

        var audience = Fields.radios(
                "form-audience",
                getTranslation("formWrite.audience"),
                null,
                FormAuthoring.AUDIENCES.stream()
                        .map(a -> new Fields.Option(a, getTranslation("formWrite.audience." + a)))
                        .toList());
        fields.put("audience", audience);
        add(audience);

        Map<String, String> roleLabels = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            roleLabels.put(role.name(), getTranslation("formWrite.role." + role.name()));
        }
        var roleBoxes = FormWriting.checkboxes(
                "form-roles",
                getTranslation("formWrite.roles"),
                getTranslation("formWrite.roles.hint"),
                roleLabels,
                roles);
        add(roleBoxes);
        fields.put("roles", roles.values().iterator().next());

        List<Fields.Option> groupOptions = new ArrayList<>();
        for (FormGroups.Group group : authoring.openGroups()) {
            groupOptions.add(new Fields.Option(group.slug(), group.name()));
        }
        var group = Fields.radios(
                "form-group", getTranslation("formWrite.group"), getTranslation("formWrite.group.hint"), groupOptions);
        fields.put("group", group);
        add(group);
        fields.put("languages", languages.values().iterator().next());

        if (draft != null) {
            fields.get("title").preset(draft.title().english());
            if (draft.description() != null) {
                fields.get("description").preset(draft.description().english());
            }
            draft.languages().forEach(tag -> {
                if (languages.containsKey(tag)) {
                    languages.get(tag).check(true);
                }
            });
            audience.preset(draft.audience());
            if (draft.audience().equals("roles")) {
                draft.roles().forEach(r -> roles.get(r.name()).check(true));
            }
            group.preset(draft.group());
        }

        var save = new NativeButton(getTranslation("formWrite.about.save"), e -> save());
        save.addClassNames("wu-button", "wu-button-primary");
        add(save);
    }

    private void save() {
        Set<Role> chosenRoles = EnumSet.noneOf(Role.class);
        roles.forEach((role, box) -> {
            if (box.checked()) {
                chosenRoles.add(Role.valueOf(role));
            }
        });
        List<String> chosenLanguages = new ArrayList<>();
        languages.forEach((tag, box) -> {
            if (box.checked()) {
                chosenLanguages.add(tag);
            }
        });
        var about = new FormAuthoring.About(
                fields.get("title").value(),
                fields.get("description").value(),
                chosenLanguages,
                fields.get("audience").value(),
                chosenRoles,
                fields.get("group").value().isEmpty()
                        ? null
                        : fields.get("group").value());
        var outcome = formKey == null ? authoring.start(user, about) : authoring.changeAbout(user, formKey, about);
        if (outcome.value().isPresent()) {
            errors = false;
            UI.getCurrent().navigate(FormWriting.draftPath(outcome.value().get()));
            return;
        }
        errors = true;
        FormWriting.show(summary, outcome.problems(), fields, getLocale(), this::getTranslation);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "")
                + getTranslation(formKey == null ? "formWrite.new.heading" : "formWrite.about.heading")
                + " – WithUs";
    }
}
