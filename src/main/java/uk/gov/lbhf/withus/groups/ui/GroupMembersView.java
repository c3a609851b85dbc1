package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupDetails;
import uk.gov.lbhf.withus.groups.GroupInvitations;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.Member;
import uk.gov.lbhf.withus.groups.MemberRole;
import uk.gov.lbhf.withus.groups.NewGroup;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * The team looks after a group's members: adds residents, officers, councillors and partners by username or email,
 * names co-chairs (residents chair alongside officers), and takes people out. A closed group's members are its record.
 */
@Route("groups/:slug/members")
@RolesAllowed("COPRODUCTION_TEAM")
class GroupMembersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("members-errors");
    private final GroupInvitations invitations;
    private final Paragraph done = new Paragraph();
    private Fields.Field person;
    private Fields.Field role;
    private GroupDetails group;
    private CurrentUser viewer;
    private boolean errors;

    GroupMembersView(GroupService groups, PeopleService people, GroupInvitations invitations) {
        this.groups = groups;
        this.invitations = invitations;
        this.people = people;
        addClassName("wu-page");
        done.getElement().setAttribute("role", "status");
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
        add(new Paragraph(Html.inEnglish(
                Html.routerLink("groups/" + group.group().slug(), group.group().name()))));
        add(new H1(getTranslation("groupMembers.heading")), summary, done);
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (Member member : group.members()) {
            var item = new ListItem();
            item.addClassName("wu-card");
            item.add(new Paragraph(
                    new Span(member.displayName() + " – "),
                    new Span(getTranslation("memberRole." + member.role().name()))));
            var actions = new Div();
            actions.addClassName("wu-actions");
            if (member.role() == MemberRole.RESIDENT) {
                actions.add(button(
                        getTranslation("groupMembers.makeCoChair", member.displayName()),
                        () -> change(member, MemberRole.CO_CHAIR, "groupMembers.madeCoChair")));
            } else if (member.role() == MemberRole.CO_CHAIR) {
                actions.add(button(
                        getTranslation("groupMembers.endCoChair", member.displayName()),
                        () -> change(member, MemberRole.RESIDENT, "groupMembers.endedCoChair")));
            }
            actions.add(button(getTranslation("groupMembers.remove", member.displayName()), () -> remove(member)));
            item.add(actions);
            list.add(item);
        }
        add(group.members().isEmpty() ? new Paragraph(getTranslation("groupMembers.none")) : list);

        add(new H2(getTranslation("groupMembers.invited.heading")));
        var waiting = invitations.waiting(viewer, group.group().slug());
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("groupMembers.invited.none")));
        } else {
            var invited = new UnorderedList();
            invited.addClassName("wu-card-list");
            for (var invitation : waiting) {
                var item = new ListItem();
                item.addClassName("wu-card");
                item.add(new Paragraph(getTranslation(
                        "groupMembers.invited.item",
                        invitation.name(),
                        getTranslation("memberRole." + invitation.role().name()),
                        uk.gov.lbhf.withus.base.ui.Dates.day(
                                invitation.invitedAt().atOffset(java.time.ZoneOffset.UTC)))));
                var actions = new Div();
                actions.addClassName("wu-actions");
                actions.add(button(getTranslation("groupMembers.withdraw", invitation.name()), () -> {
                    invitations.withdraw(viewer, group.group().slug(), invitation.id());
                    refresh(getTranslation("groupMembers.withdrawn", invitation.name()));
                }));
                item.add(actions);
                invited.add(item);
            }
            add(invited);
        }
        var invite =
                Html.routerLink("groups/" + group.group().slug() + "/invite", getTranslation("groupMembers.invite"));
        invite.addClassNames("wu-button", "wu-button-primary");
        add(new Paragraph(getTranslation("groupMembers.invite.hint")), new Paragraph(invite));

        add(new H2(getTranslation("groupMembers.add.heading")));
        add(new Paragraph(getTranslation("groupMembers.add.intro")));
        person = Fields.input(
                "member-person",
                "text",
                getTranslation("groupMembers.add.person"),
                getTranslation("groupMembers.add.person.hint"),
                254);
        role = Fields.radios(
                "member-role",
                getTranslation("groupMembers.add.role"),
                null,
                Arrays.stream(MemberRole.values())
                        .map(r -> new Fields.Option(r.name(), getTranslation("memberRole." + r.name())))
                        .toList());
        add(person, role, button(getTranslation("groupMembers.add.submit"), this::addMember));
    }

    private NativeButton button(String words, Runnable action) {
        var button = new NativeButton(words, e -> action.run());
        button.addClassName("wu-button");
        return button;
    }

    private void addMember() {
        List<NewGroup.Problem> problems = groups.addMember(viewer, group.group().slug(), person.value(), role.value());
        if (!problems.isEmpty()) {
            errors = true;
            summary.show(
                    problems.stream()
                            .map(p -> new ErrorSummary.Error(
                                    p.field().equals("role") ? role : person,
                                    getTranslation("groupMembers.error." + p.code())))
                            .toList(),
                    List.of(person, role));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        String name =
                people.findUser(person.value()).map(CurrentUser::displayName).orElse("");
        refresh(getTranslation("groupMembers.added", name));
    }

    private void change(Member member, MemberRole to, String doneKey) {
        groups.setMemberRole(viewer, group.group().slug(), member.personId(), to);
        refresh(getTranslation(doneKey, member.displayName()));
    }

    private void remove(Member member) {
        groups.removeMember(viewer, group.group().slug(), member.personId());
        refresh(getTranslation("groupMembers.removed", member.displayName()));
    }

    private void refresh(String message) {
        errors = false;
        group = groups.details(group.group().slug(), viewer).orElseThrow();
        show();
        summary.show(List.of(), List.of());
        done.setText(message);
        done.setVisible(true);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "")
                + getTranslation(
                        "groupMembers.title", group == null ? "" : group.group().name()) + " – WithUs";
    }
}
