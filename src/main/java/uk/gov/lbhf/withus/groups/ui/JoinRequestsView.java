package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupDetails;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.NewGroup;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Requests to join a public group (made on residents' phones, through the outbox), for the co-production team and the
 * group's co-chairs ({@link GroupService#decidesJoining}; anyone else gets "not found"): the longest waiting first,
 * with what the person wrote and how long they have waited; accept, or decline with a reason the person is shown.
 */
@Route("groups/:slug/requests")
@PermitAll // the team and the group's co-chairs: the service decides, per group (a co-chair is a resident)
class JoinRequestsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("requests-errors");
    private final Paragraph done = new Paragraph();
    private GroupDetails group;
    private CurrentUser viewer;
    private boolean errors;

    JoinRequestsView(GroupService groups, PeopleService people) {
        this.groups = groups;
        this.people = people;
        addClassName("wu-page");
        done.getElement().setAttribute("role", "status");
        done.addClassName("wu-inset");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = people.currentUser().orElseThrow();
        group = groups.openDetails(event.getRouteParameters().get("slug").orElse(""), viewer)
                .filter(d -> groups.decidesJoining(d.group().id(), viewer))
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
        add(new H1(getTranslation("joinRequests.heading")), summary, done);
        var waiting = groups.waitingRequests(group.group().slug(), viewer);
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("joinRequests.none")));
            return;
        }
        add(new Paragraph(getTranslation("joinRequests.intro")));
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (GroupService.WaitingRequest request : waiting) {
            var item = new ListItem();
            item.addClassName("wu-card");
            item.add(new H2(request.name()));
            long days = Duration.between(request.askedAt(), Instant.now()).toDays();
            item.add(new Paragraph(getTranslation(
                    "joinRequests.asked", Dates.day(request.askedAt().atOffset(ZoneOffset.UTC)), days)));
            if (request.message() != null) {
                var said = new Paragraph(request.message());
                said.addClassName("wu-inset");
                item.add(new Paragraph(getTranslation("joinRequests.theyWrote")), said);
            }
            var reason = Fields.textarea(
                    "decline-reason-" + request.id(),
                    getTranslation("joinRequests.reason", request.name()),
                    getTranslation("joinRequests.reason.hint"),
                    2000,
                    3);
            var actions = new Div(
                    button(getTranslation("joinRequests.accept", request.name()), () -> decide(request, true, null)),
                    button(
                            getTranslation("joinRequests.decline", request.name()),
                            () -> decide(request, false, reason)));
            actions.addClassName("wu-actions");
            item.add(reason, actions);
            list.add(item);
        }
        add(list);
    }

    private NativeButton button(String words, Runnable action) {
        var button = new NativeButton(words, e -> action.run());
        button.addClassName("wu-button");
        return button;
    }

    private void decide(GroupService.WaitingRequest request, boolean accept, Fields.Field reason) {
        List<NewGroup.Problem> problems = groups.decideJoinRequest(
                viewer, group.group().slug(), request.id(), accept, reason == null ? null : reason.value());
        if (!problems.isEmpty() && reason != null && problems.getFirst().field().equals("reason")) {
            errors = true;
            summary.show(
                    List.of(new ErrorSummary.Error(
                            reason,
                            getTranslation(
                                    "joinRequests.error." + problems.getFirst().code()))),
                    List.of(reason));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        errors = false;
        show();
        summary.show(List.of(), List.of());
        done.setText(
                problems.isEmpty()
                        ? getTranslation(accept ? "joinRequests.accepted" : "joinRequests.declined", request.name())
                        : getTranslation(
                                "joinRequests.error." + problems.getFirst().code()));
        done.setVisible(true);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "")
                + getTranslation(
                        "joinRequests.title", group == null ? "" : group.group().name()) + " – WithUs";
    }
}
