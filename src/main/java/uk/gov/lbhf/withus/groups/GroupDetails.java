package uk.gov.lbhf.withus.groups;

import java.util.List;

/** Everything the group page shows, already filtered to what the viewer may see. */
public record GroupDetails(
        GroupSummary group,
        boolean viewerIsMember,
        List<Member> members,
        List<MeetingSummary> upcomingMeetings,
        List<MeetingSummary> pastMeetings) {}
