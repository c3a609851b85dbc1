package uk.gov.lbhf.withus.groups;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.OfflineItems;

/** Kinds {@code group} and {@code meeting} of the pull: the groups a person can see and their upcoming meetings. */
@Component
class GroupOfflineItems implements OfflineItems {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final GroupService groups;

    private final GroupInvitations invitations;

    GroupOfflineItems(GroupService groups, GroupInvitations invitations) {
        this.groups = groups;
        this.invitations = invitations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfflineItem> offlineItemsFor(CurrentUser user) {
        List<OfflineItem> items = new ArrayList<>();
        for (GroupSummary group : groups.visibleGroups(user)) {
            var details = groups.details(group.slug(), user).orElseThrow();
            ObjectNode data = NODES.objectNode();
            data.put("id", group.id());
            data.put("slug", group.slug());
            data.put("name", group.name());
            data.put("purpose", group.purpose());
            data.put("audience", group.audience());
            data.put("member", details.viewerIsMember());
            var request = groups.myRequest(user, group.id());
            data.put("canAskToJoin", groups.canAskToJoin(group.id(), user));
            request.ifPresent(r -> {
                ObjectNode mine = data.putObject("myRequest");
                mine.put("status", r.status());
                if (r.reason() != null) {
                    mine.put("reason", r.reason());
                }
                mine.put("askedAt", r.askedAt().toString());
                if (r.decidedAt() != null) {
                    mine.put("decidedAt", r.decidedAt().toString());
                }
            });
            invitations
                    .myInvitation(user, group.id())
                    .ifPresent(i -> GroupInvitations.writeTo(i, data.putObject("myInvitation")));
            items.add(new OfflineItem("group", group.slug(), data));
            var mine = details.viewerIsMember()
                    ? groups.myReplies(
                            user,
                            details.upcomingMeetings().stream()
                                    .map(MeetingSummary::id)
                                    .toList())
                    : java.util.Map.<Long, MeetingReplySummary>of();
            for (MeetingSummary meeting : details.upcomingMeetings()) {
                ObjectNode m = meeting(meeting);
                m.put("canReply", details.viewerIsMember());
                MeetingReplySummary reply = mine.get(meeting.id());
                if (reply != null) {
                    reply.writeTo(m.putObject("myReply"));
                }
                items.add(new OfflineItem("meeting", String.valueOf(meeting.id()), m));
            }
        }
        return items;
    }

    private static ObjectNode meeting(MeetingSummary m) {
        ObjectNode data = NODES.objectNode();
        data.put("id", m.id());
        data.put("groupSlug", m.groupSlug());
        data.put("groupName", m.groupName());
        data.put("startsAt", m.startsAt().toInstant().toString());
        data.put("endsAt", m.endsAt().toInstant().toString());
        data.put("place", m.place());
        data.put("venueAccessibility", m.venueAccessibility());
        ArrayNode agenda = data.putArray("agenda");
        m.agendaItems().forEach(agenda::add);
        ArrayNode facts = data.putArray("accessFacts");
        m.accessFacts().forEach(facts::add);
        if (m.onlineLink() != null) {
            data.put("onlineLink", m.onlineLink());
        }
        return data;
    }
}
