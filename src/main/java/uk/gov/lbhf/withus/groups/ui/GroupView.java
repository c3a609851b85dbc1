package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.ActionStatus;
import uk.gov.lbhf.withus.groups.ActionSummary;
import uk.gov.lbhf.withus.groups.GroupDetails;
import uk.gov.lbhf.withus.groups.GroupInvitations;
import uk.gov.lbhf.withus.groups.GroupPageSection;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.MeetingActions;
import uk.gov.lbhf.withus.groups.MeetingSummary;
import uk.gov.lbhf.withus.groups.Member;
import uk.gov.lbhf.withus.groups.Visibility;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * A group's page: purpose, who it is for, members, meetings, and the sections other features add (materials).
 * A group the person may not see answers "page not found".
 */
@Route("groups/:slug")
@PermitAll
class GroupView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingActions meetingActions;
    private final uk.gov.lbhf.withus.groups.MeetingAttendances attendance;
    private final GroupService groups;
    private final PeopleService people;
    private final uk.gov.lbhf.withus.feedback.FeedbackFormService forms;
    private final List<GroupPageSection> sections;
    private final GroupInvitations invitations;
    private String title = "";

    GroupView(
            GroupService groups,
            PeopleService people,
            List<GroupPageSection> sections,
            uk.gov.lbhf.withus.feedback.FeedbackFormService forms,
            MeetingActions meetingActions,
            uk.gov.lbhf.withus.groups.MeetingAttendances attendance,
            GroupInvitations invitations) {
        this.groups = groups;
        this.invitations = invitations;
        this.attendance = attendance;
        this.meetingActions = meetingActions;
        this.people = people;
        this.forms = forms;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(GroupPageSection::order))
                .toList();
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser viewer = people.currentUser().orElseThrow();
        String slug = event.getRouteParameters().get("slug").orElse("");
        groups.details(slug, viewer)
                .ifPresentOrElse(details -> show(details, viewer), () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(GroupDetails details, CurrentUser viewer) {
        removeAll();
        var group = details.group();
        title = group.name();
        add(Html.inEnglish(new H1(group.name())));
        if (group.visibility() == Visibility.MEMBERS) {
            var tag = new Span(getTranslation("groups.membersOnly"));
            tag.addClassName("wu-tag");
            add(new Paragraph(tag));
        }
        var closing = groups.closing(group.id());
        closing.ifPresent(c -> {
            var closed = new Div();
            closed.addClassName("wu-inset");
            var when = c.at().atZone(java.time.ZoneId.of("Europe/London")).toOffsetDateTime();
            closed.add(new Paragraph(
                    new Span(getTranslation("group.closed") + " "),
                    new Html.Time(when, uk.gov.lbhf.withus.base.ui.Dates.shortDay(when))));
            closed.add(Html.inEnglish(new Paragraph(c.reason())));
            add(closed);
        });
        add(Html.inEnglish(new Paragraph(group.purpose())));
        if (closing.isEmpty() && viewer.has(uk.gov.lbhf.withus.people.Role.COPRODUCTION_TEAM)) {
            add(new UnorderedList(
                    new ListItem(Html.routerLink(
                            "groups/" + group.slug() + "/members", getTranslation("groupMembers.heading"))),
                    new ListItem(
                            Html.routerLink("groups/" + group.slug() + "/close", getTranslation("group.close.link")))));
        }
        if (closing.isEmpty() && group.visibility() == Visibility.PUBLIC && groups.decidesJoining(group.id(), viewer)) {
            int waiting = groups.waitingRequests(group.slug(), viewer).size();
            add(new Paragraph(Html.routerLink(
                    "groups/" + group.slug() + "/requests", getTranslation("joinRequests.link", waiting))));
        }

        var audience = section("group.audience");
        audience.add(Html.inEnglish(new Paragraph(group.audience())));
        add(audience);

        add(membersSection(details, viewer));
        var next = meetingsSection("group.meetings.next", details.upcomingMeetings(), "group.meetings.none", true);
        addReplies(next, details, viewer);
        if (groups.canSchedule(group.id(), viewer)) {
            next.add(new Paragraph(Html.routerLink(
                    "groups/" + group.slug() + "/meetings/new", getTranslation("scheduleMeeting.link.group"))));
        }
        var pastActions = meetingActions.ofMeetings(
                details.pastMeetings().stream().map(MeetingSummary::id).toList());
        openActions(next, details, pastActions);
        add(next);
        sections.forEach(s -> add(s.create(group, viewer)));
        if (!details.pastMeetings().isEmpty()) {
            var past = meetingsSection("group.meetings.past", details.pastMeetings(), "group.meetings.none", false);
            addActions(past, details, pastActions, groups.organises(group.id(), viewer));
            add(past);
        }
    }

    /** Under the next meeting: the actions of earlier meetings not yet done (its agenda reports on them). */
    private void openActions(Section next, GroupDetails details, List<ActionSummary> pastActions) {
        var open = pastActions.stream()
                .filter(a -> a.status() != ActionStatus.DONE)
                .toList();
        var cards = next.getChildren().filter(MeetingCard.class::isInstance).toList();
        if (open.isEmpty() || cards.isEmpty()) {
            return;
        }
        var card = (MeetingCard) cards.getFirst();
        card.add(new H4(getTranslation("actions.open.heading")));
        card.add(actionList(open));
    }

    /** Under each past meeting: what it agreed, and for its organisers the way to record and move actions on. */
    private void addActions(Section past, GroupDetails details, List<ActionSummary> all, boolean organiser) {
        var cards = past.getChildren().filter(MeetingCard.class::isInstance).toList();
        var came = attendance.counts(
                details.pastMeetings().stream().map(MeetingSummary::id).toList());
        for (int i = 0; i < cards.size(); i++) {
            var card = (MeetingCard) cards.get(i);
            long meetingId = details.pastMeetings().get(i).id();
            if (came.containsKey(meetingId)) {
                card.add(new Paragraph(getTranslation("attendance.count", came.get(meetingId))));
            }
            var these = all.stream().filter(a -> a.meetingId() == meetingId).toList();
            if (!these.isEmpty()) {
                card.add(new H4(getTranslation("actions.recorded")));
                card.add(actionList(these));
            }
            if (organiser) {
                card.add(new Paragraph(
                        Html.routerLink("meetings/" + meetingId + "/attendance", getTranslation("attendance.link"))));
                card.add(new Paragraph(
                        Html.routerLink("meetings/" + meetingId + "/actions", getTranslation("actions.link"))));
            }
        }
    }

    private UnorderedList actionList(List<ActionSummary> actions) {
        var list = new UnorderedList();
        for (ActionSummary a : actions) {
            list.add(new ListItem(getTranslation(
                    "actions.listed",
                    a.what(),
                    a.owner(),
                    Dates.shortDay(a.dueOn()),
                    getTranslation("actions.status." + a.status()))));
        }
        return list;
    }

    private Section membersSection(GroupDetails details, CurrentUser viewer) {
        var section = section("group.members");
        if (details.viewerIsMember()) {
            section.add(new Paragraph(getTranslation("group.members.youAreMember")));
        }
        // Data minimisation: names are shown to members and to the staff who run groups, not to everyone.
        if (details.viewerIsMember() || viewer.isStaff()) {
            var list = new UnorderedList();
            for (Member member : details.members()) {
                list.add(new ListItem(member.displayName() + " – "
                        + getTranslation("memberRole." + member.role().name())));
            }
            section.add(list);
        } else {
            section.add(new Paragraph(
                    getTranslation("group.members.count", details.members().size())));
        }
        membership(details, viewer).ifPresent(section::add);
        return section;
    }

    /**
     * Ask to join (a public group) or leave: the client-side element writes to the outbox (it works offline), and
     * shows the person's request as the server has it (waiting, accepted, or declined with the reason).
     */
    private java.util.Optional<MembershipElement> membership(GroupDetails details, CurrentUser viewer) {
        var group = details.group();
        var form = forms.versionsOf("group-membership").stream().findFirst();
        if (form.isEmpty() || groups.closing(group.id()).isPresent()) {
            return java.util.Optional.empty();
        }
        var request = groups.myRequest(viewer, group.id());
        var invitation = invitations.myInvitation(viewer, group.id());
        boolean canAsk = groups.canAskToJoin(group.id(), viewer);
        if (!details.viewerIsMember() && !canAsk && request.isEmpty() && invitation.isEmpty()) {
            return java.util.Optional.empty();
        }
        var element = new MembershipElement();
        element.getElement().setAttribute("group-id", String.valueOf(group.id()));
        element.getElement().setAttribute("group-name", group.name());
        element.getElement().setAttribute("member", details.viewerIsMember());
        element.getElement().setAttribute("can-ask", canAsk);
        element.getElement().setAttribute("form-json", form.get().toDeviceJson());
        request.ifPresent(r -> {
            var node = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
            node.put("status", r.status());
            if (r.reason() != null) {
                node.put("reason", r.reason());
            }
            node.put("askedAt", r.askedAt().toString());
            if (r.decidedAt() != null) {
                node.put("decidedAt", r.decidedAt().toString());
            }
            element.getElement().setAttribute("request-json", node.toString());
        });
        invitation.ifPresent(i -> {
            var node = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
            GroupInvitations.writeTo(i, node);
            element.getElement().setAttribute("invitation-json", node.toString());
        });
        return java.util.Optional.of(element);
    }

    private Section meetingsSection(
            String headingKey, List<MeetingSummary> meetings, String noneKey, boolean showAgenda) {
        var section = section(headingKey);
        if (meetings.isEmpty()) {
            section.add(new Paragraph(getTranslation(noneKey)));
        }
        meetings.forEach(m -> section.add(new MeetingCard(m, false, showAgenda)));
        return section;
    }

    /**
     * Under each upcoming meeting: for a member, their reply (the client-side element writes it to the outbox, so it
     * works offline); for an organiser, the way to who is coming and what they need.
     */
    private void addReplies(Section section, GroupDetails details, CurrentUser viewer) {
        var form = forms.versionsOf("meeting-reply").stream().findFirst();
        boolean organiser = groups.organises(details.group().id(), viewer);
        var mine = details.viewerIsMember()
                ? groups.myReplies(
                        viewer,
                        details.upcomingMeetings().stream()
                                .map(MeetingSummary::id)
                                .toList())
                : java.util.Map.<Long, uk.gov.lbhf.withus.groups.MeetingReplySummary>of();
        var cards = section.getChildren().filter(MeetingCard.class::isInstance).toList();
        for (int i = 0; i < cards.size(); i++) {
            var card = (MeetingCard) cards.get(i);
            MeetingSummary meeting = details.upcomingMeetings().get(i);
            // a closed group's meetings are its record: read, not answered
            if (details.viewerIsMember()
                    && form.isPresent()
                    && groups.closing(details.group().id()).isEmpty()) {
                var reply = new ReplyElement();
                reply.getElement().setAttribute("meeting-id", String.valueOf(meeting.id()));
                reply.getElement().setAttribute("meeting-label", Dates.day(meeting.startsAt()));
                reply.getElement().setAttribute("form-json", form.get().toDeviceJson());
                var counted = mine.get(meeting.id());
                if (counted != null) {
                    reply.getElement().setAttribute("reply-json", replyJson(counted));
                }
                card.add(reply);
            }
            if (organiser) {
                card.add(new Paragraph(Html.routerLink(
                        "meetings/" + meeting.id() + "/replies", getTranslation("meetingReplies.link"))));
            }
        }
    }

    private static String replyJson(uk.gov.lbhf.withus.groups.MeetingReplySummary r) {
        return r.writeTo(
                        tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode())
                .toString();
    }

    /** The client-side reply (frontend/offline/meetings/withus-meeting-reply.ts): it writes to the outbox. */
    @com.vaadin.flow.component.Tag("withus-meeting-reply")
    @com.vaadin.flow.component.dependency.JsModule("./offline/meetings/withus-meeting-reply.ts")
    static final class ReplyElement extends com.vaadin.flow.component.Component {}

    /** Joining or leaving (frontend/offline/groups/withus-group-membership.ts): it writes to the outbox. */
    @com.vaadin.flow.component.Tag("withus-group-membership")
    @com.vaadin.flow.component.dependency.JsModule("./offline/groups/withus-group-membership.ts")
    static final class MembershipElement extends com.vaadin.flow.component.Component {}

    private Section section(String headingKey) {
        return Html.section(headingKey.replace('.', '-'), getTranslation(headingKey));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("groups.title") + " – WithUs";
    }
}
