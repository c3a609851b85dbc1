package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupDetails;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.MeetingSummary;
import uk.gov.lbhf.withus.groups.NewMeeting;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Scheduling a meeting, for the group's organisers (staff and its co-chairs; {@link GroupService#schedule} refuses
 * anyone else, and this page shows them "not found"): when, where (a place, an online link or both), the access
 * facts and the organisers' own words about access, and the agenda. Every problem is named in the error summary and
 * at its field; nothing is saved until there is none.
 */
@Route("groups/:slug/meetings/new")
@PermitAll // organisers only: decided per group by the service (a co-chair is a resident, not a staff role)
class ScheduleMeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("schedule-errors");
    private final Map<String, Fields.Field> fields = new LinkedHashMap<>();
    private final Map<String, Fields.Field> facts = new LinkedHashMap<>();
    private GroupDetails group;
    private CurrentUser viewer;

    ScheduleMeetingView(GroupService groups, PeopleService people) {
        this.groups = groups;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = people.currentUser().orElseThrow();
        String slug = event.getRouteParameters().get("slug").orElse("");
        group = groups.details(slug, viewer)
                .filter(d -> groups.canSchedule(d.group().id(), viewer))
                .orElse(null);
        if (group == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        fields.clear();
        facts.clear();
        add(new Paragraph(Html.inEnglish(
                Html.routerLink("groups/" + group.group().slug(), group.group().name()))));
        add(new H1(getTranslation("scheduleMeeting.heading")), summary);
        fields.put(
                "day",
                Fields.date(
                        "meeting-day",
                        getTranslation("scheduleMeeting.day"),
                        getTranslation("scheduleMeeting.day.hint")));
        fields.put(
                "starts",
                Fields.input(
                        "meeting-starts",
                        "text",
                        getTranslation("scheduleMeeting.starts"),
                        getTranslation("scheduleMeeting.time.hint"),
                        5));
        fields.put(
                "ends",
                Fields.input(
                        "meeting-ends",
                        "text",
                        getTranslation("scheduleMeeting.ends"),
                        getTranslation("scheduleMeeting.time.hint"),
                        5));
        fields.put(
                "place",
                Fields.input(
                        "meeting-place",
                        "text",
                        getTranslation("scheduleMeeting.place"),
                        getTranslation("scheduleMeeting.place.hint"),
                        NewMeeting.PLACE_MAX));
        fields.put(
                "onlineLink",
                Fields.input(
                        "meeting-link",
                        "url",
                        getTranslation("scheduleMeeting.link"),
                        getTranslation("scheduleMeeting.link.hint"),
                        NewMeeting.LINK_MAX));
        fields.values().forEach(this::add);

        var fieldset = new Element("fieldset");
        fieldset.getClassList().add("wu-fieldset");
        fieldset.setAttribute("id", "meeting-facts");
        var legend = new Element("legend");
        legend.getClassList().add("wu-legend");
        legend.setText(getTranslation("scheduleMeeting.facts"));
        fieldset.appendChild(legend);
        for (String fact : MeetingSummary.ACCESS_FACTS) {
            var box = Fields.checkbox("meeting-fact-" + fact, getTranslation("meeting.fact." + fact));
            facts.put(fact, box);
            fieldset.appendChild(box.getElement());
        }
        var factsGroup = new Div();
        factsGroup.addClassName("wu-form-group");
        factsGroup.getElement().appendChild(fieldset);
        add(factsGroup);

        var notes = Fields.textarea(
                "meeting-access-notes",
                getTranslation("scheduleMeeting.notes"),
                getTranslation("scheduleMeeting.notes.hint"),
                NewMeeting.NOTES_MAX,
                3);
        fields.put("accessNotes", notes);
        add(notes);
        var agenda = Fields.textarea(
                "meeting-agenda",
                getTranslation("scheduleMeeting.agenda"),
                getTranslation("scheduleMeeting.agenda.hint"),
                NewMeeting.NOTES_MAX,
                6);
        fields.put("agenda", agenda);
        add(agenda);

        var save = new NativeButton(getTranslation("scheduleMeeting.save"), e -> save());
        save.addClassNames("wu-button", "wu-button-primary");
        add(save);
    }

    private void save() {
        var meeting = new NewMeeting(
                fields.get("day").value(),
                fields.get("starts").value(),
                fields.get("ends").value(),
                fields.get("place").value(),
                fields.get("onlineLink").value(),
                facts.entrySet().stream()
                        .filter(e -> e.getValue().checked())
                        .map(Map.Entry::getKey)
                        .toList(),
                fields.get("accessNotes").value(),
                fields.get("agenda").value());
        var result = groups.schedule(group.group().slug(), viewer, meeting);
        if (result.meeting().isPresent()) {
            getUI().ifPresent(ui -> ui.navigate("groups/" + group.group().slug()));
            return;
        }
        List<ErrorSummary.Error> errors = new ArrayList<>();
        for (NewMeeting.Problem p : result.problems()) {
            var field = fields.getOrDefault(p.field(), fields.get("agenda"));
            errors.add(new ErrorSummary.Error(field, getTranslation("scheduleMeeting.error." + p.code())));
        }
        summary.show(errors, List.copyOf(fields.values()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scheduleMeeting.heading") + " – WithUs";
    }
}
