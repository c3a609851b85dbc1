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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupDetails;
import uk.gov.lbhf.withus.groups.GroupInvitations;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.MemberRole;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * The co-production team invites someone to join a group (one thing on the page): who, the part they would play, and
 * a message if it likes. The person answers on their phone – offline too – and is a member only once they say yes.
 */
@Route("groups/:slug/invite")
@RolesAllowed("COPRODUCTION_TEAM")
class InviteView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final GroupInvitations invitations;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("invite-errors");
    private final Paragraph done = new Paragraph();
    private GroupDetails group;
    private CurrentUser viewer;
    private boolean errors;

    InviteView(GroupService groups, GroupInvitations invitations, PeopleService people) {
        this.groups = groups;
        this.invitations = invitations;
        this.people = people;
        addClassName("wu-page");
        done.getElement().setAttribute("role", "status");
        done.getElement().setAttribute("tabindex", "-1");
        done.addClassName("wu-inset");
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
        done.setVisible(false);
        show();
    }

    private void show() {
        removeAll();
        String slug = group.group().slug();
        add(new Paragraph(Html.routerLink("groups/" + slug + "/members", getTranslation("invite.back"))));
        add(new H1(getTranslation("invite.heading")), summary, done);
        add(new Paragraph(getTranslation("invite.intro", group.group().name())));
        var person = Fields.input(
                "invite-person",
                "text",
                getTranslation("groupMembers.add.person"),
                getTranslation("groupMembers.add.person.hint"),
                254);
        var role = Fields.radios(
                "invite-role",
                getTranslation("invite.role"),
                null,
                Arrays.stream(MemberRole.values())
                        .map(r -> new Fields.Option(r.name(), getTranslation("memberRole." + r.name())))
                        .toList());
        var message = Fields.textarea(
                "invite-message",
                getTranslation("invite.message"),
                getTranslation("invite.message.hint"),
                GroupInvitations.MESSAGE_MAX,
                4);
        var send = new NativeButton(getTranslation("invite.submit"), e -> send(person, role, message));
        send.addClassNames("wu-button", "wu-button-primary");
        add(person, role, message, send);
    }

    private void send(Fields.Field person, Fields.Field role, Fields.Field message) {
        var problems = invitations.invite(viewer, group.group().slug(), person.value(), role.value(), message.value());
        if (!problems.isEmpty()) {
            errors = true;
            Map<String, Fields.Field> at = Map.of("person", person, "role", role, "message", message);
            summary.show(
                    problems.stream()
                            .map(p -> new ErrorSummary.Error(
                                    at.getOrDefault(p.field(), person),
                                    getTranslation("groupMembers.error." + p.code(), GroupInvitations.MESSAGE_MAX)))
                            .toList(),
                    List.of(person, role, message));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        String name = people.findUser(person.value().strip())
                .map(CurrentUser::displayName)
                .orElse("");
        errors = false;
        show();
        summary.show(List.of(), List.of());
        done.setText(getTranslation("invite.sent", name));
        done.setVisible(true);
        done.getElement().callJsFunction("focus");
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "")
                + getTranslation(
                        "invite.title", group == null ? "" : group.group().name()) + " – WithUs";
    }
}
