package uk.gov.lbhf.withus.groups;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.people.CurrentUser;

/**
 * Actions from meetings (the door for them): the meeting's organisers (staff and the group's co-chairs) record what
 * will be done, who does it and by when, and move it on; everyone who can see the group reads them, and those not done
 * are listed for the next meeting.
 */
@Service
public class MeetingActions {

    private final MeetingActionRepository actions;
    private final MeetingRepository meetings;
    private final GroupService groups;
    private final Clock clock;

    MeetingActions(MeetingActionRepository actions, MeetingRepository meetings, GroupService groups, Clock clock) {
        this.actions = actions;
        this.meetings = meetings;
        this.groups = groups;
        this.clock = clock;
    }

    /** A meeting and its actions, for its organisers only (empty for anyone else, as for no such meeting). */
    @Transactional(readOnly = true)
    public Optional<MeetingWithActions> toOrganise(long meetingId, CurrentUser viewer) {
        return meetings.findById(meetingId)
                .filter(m -> groups.organises(m.getGroupId(), viewer))
                .map(m -> new MeetingWithActions(m.toSummary(), of(meetingId)));
    }

    /** A meeting's actions, soonest due first. */
    @Transactional(readOnly = true)
    public List<ActionSummary> of(long meetingId) {
        return actions.findByMeetingIdOrderByDueOnAscIdAsc(meetingId).stream()
                .map(MeetingAction::toSummary)
                .toList();
    }

    /** The actions of these meetings (a group's past meetings, as its page shows them). */
    @Transactional(readOnly = true)
    public List<ActionSummary> ofMeetings(java.util.Collection<Long> meetingIds) {
        return meetingIds.isEmpty()
                ? List.of()
                : actions.findByMeetingIdInOrderByDueOnAscIdAsc(meetingIds).stream()
                        .map(MeetingAction::toSummary)
                        .toList();
    }

    /** An organiser records an action; nothing is saved while anything is wrong. */
    @Transactional
    public List<NewAction.Problem> add(CurrentUser organiser, long meetingId, NewAction action) {
        organisable(meetingId, organiser);
        var problems = action.problems();
        if (problems.isEmpty()) {
            actions.save(new MeetingAction(
                    meetingId,
                    action.what().strip(),
                    action.owner().strip(),
                    action.day(),
                    organiser.personId(),
                    OffsetDateTime.now(clock)));
        }
        return problems;
    }

    /** An organiser moves an action on (or back). */
    @Transactional
    public ActionSummary setStatus(CurrentUser organiser, long actionId, ActionStatus status) {
        var action = actions.findById(actionId).orElseThrow(() -> new AccessDeniedException("No such action"));
        organisable(action.getMeetingId(), organiser);
        action.setStatus(status, OffsetDateTime.now(clock));
        return action.toSummary();
    }

    private void organisable(long meetingId, CurrentUser organiser) {
        meetings.findById(meetingId)
                .filter(m -> groups.organises(m.getGroupId(), organiser))
                .orElseThrow(() -> new AccessDeniedException("Only the meeting's organisers"));
    }

    /** A meeting with its actions. */
    public record MeetingWithActions(MeetingSummary meeting, List<ActionSummary> actions) {}
}
