package uk.gov.lbhf.withus.groups;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A person's reply to a meeting that counts (their latest).
 *
 * @param attending {@code yes}, {@code no} or {@code online}
 * @param needs the values of form meeting-reply's "needs" choices (bundle keys {@code meetingReply.need.<value>})
 * @param arranged those needs an organiser has marked arranged
 */
public record MeetingReplySummary(
        long personId,
        String name,
        String attending,
        List<String> needs,
        String otherNeeds,
        OffsetDateTime repliedAt,
        java.util.Set<String> arranged) {

    public MeetingReplySummary {
        needs = List.copyOf(needs);
        arranged = java.util.Set.copyOf(arranged);
    }

    /** As the pull's {@code myReply} (pull-response.schema.json), for the phone and for the Flow group page alike. */
    public tools.jackson.databind.node.ObjectNode writeTo(tools.jackson.databind.node.ObjectNode node) {
        node.put("attending", attending);
        var chosen = node.putArray("needs");
        needs.forEach(chosen::add);
        if (otherNeeds != null) {
            node.put("otherNeeds", otherNeeds);
        }
        node.put("repliedAt", repliedAt.toInstant().toString());
        var done = node.putArray("arranged");
        needs.stream().filter(arranged::contains).forEach(done::add);
        return node;
    }

    /** The same reply, with those of its needs that an organiser has arranged. */
    MeetingReplySummary arranging(java.util.Collection<String> arrangedNeeds) {
        var these = new java.util.LinkedHashSet<>(arrangedNeeds);
        these.retainAll(needs);
        return new MeetingReplySummary(personId, name, attending, needs, otherNeeds, repliedAt, these);
    }
}
