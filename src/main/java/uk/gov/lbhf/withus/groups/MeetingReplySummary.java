package uk.gov.lbhf.withus.groups;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A person's reply to a meeting that counts (their latest).
 *
 * @param attending {@code yes}, {@code no} or {@code online}
 * @param needs the values of form meeting-reply's "needs" choices (bundle keys {@code meetingReply.need.<value>})
 */
public record MeetingReplySummary(
        long personId, String name, String attending, List<String> needs, String otherNeeds, OffsetDateTime repliedAt) {

    public MeetingReplySummary {
        needs = List.copyOf(needs);
    }
}
