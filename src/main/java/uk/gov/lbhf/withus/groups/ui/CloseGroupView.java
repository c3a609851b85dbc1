package uk.gov.lbhf.withus.groups.ui;

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
import java.util.List;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupDetails;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * The co-production team closes a group that has finished, saying why (members read it on the group's page). The
 * group's record stays: its members, meetings and papers can still be read; its meetings are no longer answered.
 */
@Route("groups/:slug/close")
@RolesAllowed("COPRODUCTION_TEAM")
class CloseGroupView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("close-group-errors");
    private Fields.Field reason;
    private GroupDetails group;
    private CurrentUser viewer;
    private boolean errors;

    CloseGroupView(GroupService groups, PeopleService people) {
        this.groups = groups;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = people.currentUser().orElseThrow();
        group = groups.openDetails(event.getRouteParameters().get("slug").orElse(""), viewer)
                .orElse(null);
        if (group == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new Paragraph(Html.inEnglish(
                Html.routerLink("groups/" + group.group().slug(), group.group().name()))));
        add(new H1(getTranslation("group.close.heading")), summary);
        add(new Paragraph(getTranslation("group.close.intro")));
        reason = Fields.textarea(
                "close-reason",
                getTranslation("group.close.reason"),
                getTranslation("group.close.reason.hint"),
                4000,
                4);
        add(reason);
        var close = new NativeButton(getTranslation("group.close.submit"), e -> close());
        close.addClassNames("wu-button", "wu-button-primary");
        add(close);
    }

    private void close() {
        var problems = groups.close(viewer, group.group().slug(), reason.value());
        if (problems.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate("groups/" + group.group().slug()));
            return;
        }
        errors = true;
        summary.show(
                problems.stream()
                        .map(p -> new ErrorSummary.Error(reason, getTranslation("newGroup.error." + p.code())))
                        .toList(),
                List.of(reason));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "") + getTranslation("group.close.heading")
                + " – WithUs";
    }
}
