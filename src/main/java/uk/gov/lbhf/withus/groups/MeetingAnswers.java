package uk.gov.lbhf.withus.groups;

import java.util.List;
import java.util.Map;

/**
 * A meeting as its organisers see it: each person's reply that counts, by name, and how many replies each person sent
 * (more than one: they changed their answer, and every reply is on record).
 */
public record MeetingAnswers(MeetingSummary meeting, List<MeetingReplySummary> replies, Map<Long, Integer> sent) {

    public MeetingAnswers {
        replies = List.copyOf(replies);
        sent = Map.copyOf(sent);
    }

    /** How many of the replies that count need this (a need's value). */
    public long needing(String need) {
        return replies.stream()
                .filter(r -> !r.attending().equals("no"))
                .filter(r -> r.needs().contains(need))
                .count();
    }

    public long attending(String answer) {
        return replies.stream().filter(r -> r.attending().equals(answer)).count();
    }
}
