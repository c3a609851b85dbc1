package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.lbhf.withus.base.Languages;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.NewGroup;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * The co-production team starts a group: its name, what it is for, who it is for, public or members only, and the
 * languages it works in (its papers and forms come in them). Every problem at its field; nothing saved until none.
 */
@Route("groups/new")
@RolesAllowed("COPRODUCTION_TEAM")
class NewGroupView extends Div implements HasDynamicTitle {

    private final GroupService groups;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("new-group-errors");
    private final Map<String, Fields.Field> fields = new LinkedHashMap<>();
    private final Map<String, Fields.Field> languages = new LinkedHashMap<>();
    private boolean errors;

    NewGroupView(GroupService groups, PeopleService people) {
        this.groups = groups;
        this.people = people;
        addClassName("wu-page");
        add(new H1(getTranslation("newGroup.heading")), summary);
        add(new Paragraph(getTranslation("newGroup.intro")));
        fields.put(
                "name",
                Fields.input(
                        "group-name",
                        "text",
                        getTranslation("newGroup.name"),
                        getTranslation("newGroup.name.hint"),
                        160));
        fields.put(
                "purpose",
                Fields.textarea(
                        "group-purpose",
                        getTranslation("newGroup.purpose"),
                        getTranslation("newGroup.purpose.hint"),
                        4000,
                        4));
        fields.put(
                "audience",
                Fields.textarea(
                        "group-audience",
                        getTranslation("newGroup.audience"),
                        getTranslation("newGroup.audience.hint"),
                        4000,
                        3));
        fields.put(
                "visibility",
                Fields.radios(
                        "group-visibility",
                        getTranslation("newGroup.visibility"),
                        null,
                        List.of(
                                new Fields.Option("PUBLIC", getTranslation("newGroup.visibility.PUBLIC")),
                                new Fields.Option("MEMBERS", getTranslation("newGroup.visibility.MEMBERS")))));
        fields.values().forEach(this::add);

        var fieldset = new Element("fieldset");
        fieldset.getClassList().add("wu-fieldset");
        fieldset.setAttribute("id", "group-languages");
        var legend = new Element("legend");
        legend.getClassList().add("wu-legend");
        legend.setText(getTranslation("newGroup.languages"));
        fieldset.appendChild(legend);
        var hint = new Element("p");
        hint.getClassList().add("wu-hint");
        hint.setText(getTranslation("newGroup.languages.hint"));
        fieldset.appendChild(hint);
        for (Languages.Language language : Languages.all()) {
            if (language.tag().equals("en")) {
                continue; // always: the council's own
            }
            Locale tag = Locale.forLanguageTag(language.tag());
            String name = tag.getDisplayLanguage(getLocale());
            var box = Fields.checkbox(
                    "group-language-" + language.tag(),
                    name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1));
            languages.put(language.tag(), box);
            fieldset.appendChild(box.getElement());
        }
        var group = new Div();
        group.addClassName("wu-form-group");
        group.getElement().appendChild(fieldset);
        add(group);

        var save = new NativeButton(getTranslation("newGroup.save"), e -> save());
        save.addClassNames("wu-button", "wu-button-primary");
        add(save);
    }

    private void save() {
        var group = new NewGroup(
                fields.get("name").value(),
                fields.get("purpose").value(),
                fields.get("audience").value(),
                fields.get("visibility").value(),
                languages.entrySet().stream()
                        .filter(e -> e.getValue().checked())
                        .map(Map.Entry::getKey)
                        .toList());
        var started = groups.start(people.currentUser().orElseThrow(), group);
        if (started.group().isPresent()) {
            getUI().ifPresent(
                            ui -> ui.navigate("groups/" + started.group().get().slug()));
            return;
        }
        List<ErrorSummary.Error> list = new ArrayList<>();
        for (NewGroup.Problem p : started.problems()) {
            list.add(new ErrorSummary.Error(
                    fields.getOrDefault(p.field(), fields.get("name")), getTranslation("newGroup.error." + p.code())));
        }
        errors = true;
        summary.show(list, List.copyOf(fields.values()));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "") + getTranslation("newGroup.heading")
                + " – WithUs";
    }
}
