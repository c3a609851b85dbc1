package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.ActionStatus;
import uk.gov.lbhf.withus.groups.ActionSummary;
import uk.gov.lbhf.withus.groups.MeetingActions;
import uk.gov.lbhf.withus.groups.NewAction;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Actions from a meeting, for its organisers (staff and the group's co-chairs; {@link MeetingActions#toOrganise}
 * gives anyone else "not found"): what will be done, who does it and by when, each moved on in words (not started, in
 * progress, done); a new one is checked whole – every problem in the error summary and at its field, nothing saved.
 */
@Route("meetings/:id/actions")
@PermitAll // organisers only: the service decides, per meeting (a co-chair is a resident, not a staff role)
class MeetingActionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingActions actions;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("action-errors");
    private final Paragraph done = new Paragraph();
    private final Map<String, Fields.Field> fields = new LinkedHashMap<>();
    private CurrentUser viewer;
    private long meetingId;
    private String title = "";
    private boolean errors;

    MeetingActionsView(MeetingActions actions, PeopleService people) {
        this.actions = actions;
        this.people = people;
        addClassName("wu-page");
        done.getElement().setAttribute("role", "status");
        done.getElement().setAttribute("tabindex", "-1");
        done.addClassName("wu-inset");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = people.currentUser().orElseThrow();
        try {
            meetingId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (actions.toOrganise(meetingId, viewer).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        done.setVisible(false);
        show();
    }

    private void show() {
        var found = actions.toOrganise(meetingId, viewer).orElseThrow();
        var meeting = found.meeting();
        removeAll();
        fields.clear();
        title = getTranslation("actions.title", Dates.day(meeting.startsAt()));
        add(new Paragraph(Html.inEnglish(Html.routerLink("groups/" + meeting.groupSlug(), meeting.groupName()))));
        add(new H1(getTranslation("actions.heading")), summary, done);
        add(new Paragraph(new Html.Time(meeting.startsAt(), Dates.span(meeting.startsAt(), meeting.endsAt()))));
        add(new Paragraph(getTranslation("actions.intro")));

        var recorded = Html.section("meeting-actions", getTranslation("actions.recorded"));
        if (found.actions().isEmpty()) {
            recorded.add(new Paragraph(getTranslation("actions.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("wu-card-list");
            found.actions().forEach(a -> list.add(card(a)));
            recorded.add(list);
        }
        add(recorded);

        var form = new Div();
        form.add(new H2(getTranslation("actions.add.heading")));
        fields.put(
                "what",
                Fields.textarea(
                        "action-what",
                        getTranslation("actions.what"),
                        getTranslation("actions.what.hint"),
                        NewAction.WHAT_MAX,
                        3));
        fields.put(
                "owner",
                Fields.input(
                        "action-owner",
                        "text",
                        getTranslation("actions.owner"),
                        getTranslation("actions.owner.hint"),
                        NewAction.OWNER_MAX));
        fields.put("due", Fields.date("action-due", getTranslation("actions.due"), getTranslation("actions.due.hint")));
        fields.values().forEach(form::add);
        var save = new NativeButton(getTranslation("actions.add"), e -> add());
        save.addClassNames("wu-button", "wu-button-primary");
        form.add(save);
        add(form);
    }

    private ListItem card(ActionSummary action) {
        var card = new ListItem();
        card.addClassName("wu-card");
        card.add(Html.inEnglish(new H3(action.what())));
        var facts = new DescriptionList();
        facts.addClassName("wu-summary-list");
        fact(facts, getTranslation("actions.owner"), action.owner(), true);
        fact(facts, getTranslation("actions.due"), Dates.shortDay(action.dueOn()), false);
        fact(facts, getTranslation("actions.status"), getTranslation("actions.status." + action.status()), false);
        card.add(facts);
        var buttons = new Div();
        buttons.addClassName("wu-actions");
        for (ActionStatus status : ActionStatus.values()) {
            if (status != action.status()) {
                var button = new NativeButton(getTranslation("actions.move." + status), e -> move(action, status));
                // the visible words start the name; the action's own words tell one button from the next
                button.add(Html.visuallyHidden(" – " + action.what()));
                button.addClassNames("wu-button", "wu-button-secondary");
                buttons.add(button);
            }
        }
        card.add(buttons);
        return card;
    }

    private void fact(DescriptionList facts, String term, String value, boolean theirWords) {
        var description = new DescriptionList.Description(value);
        if (theirWords) {
            Html.inEnglish(description);
        }
        facts.add(new Div(new DescriptionList.Term(term), description));
    }

    private void move(ActionSummary action, ActionStatus status) {
        actions.setStatus(viewer, action.id(), status);
        errors = false;
        summary.show(List.of(), List.of());
        show();
        said(getTranslation("actions.moved", action.what(), getTranslation("actions.status." + status)));
    }

    private void add() {
        var action = new NewAction(
                fields.get("what").value(),
                fields.get("owner").value(),
                fields.get("due").value());
        var problems = actions.add(viewer, meetingId, action);
        if (problems.isEmpty()) {
            errors = false;
            summary.show(List.of(), List.of());
            show();
            said(getTranslation("actions.added", action.what().strip()));
            return;
        }
        errors = true;
        List<ErrorSummary.Error> found = new ArrayList<>();
        for (NewAction.Problem p : problems) {
            found.add(new ErrorSummary.Error(fields.get(p.field()), getTranslation("actions.error." + p.code())));
        }
        done.setVisible(false);
        summary.show(found, List.copyOf(fields.values()));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void said(String words) {
        done.setText(words);
        done.setVisible(true);
        done.getElement().callJsFunction("focus");
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "") + title + " – WithUs";
    }
}
