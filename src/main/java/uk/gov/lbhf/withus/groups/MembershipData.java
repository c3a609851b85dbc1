package uk.gov.lbhf.withus.groups;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.people.PersonalData;

/**
 * A person's places in groups, the invitations and requests to join them, their replies to meetings (with their access needs) and the meetings they were
 * recorded at, for the right to erasure:
 * they leave every group and their replies go; the groups carry on.
 */
@Component
class MembershipData implements PersonalData {

    private final MembershipRepository memberships;
    private final MeetingReplyRepository replies;
    private final JoinRequestRepository joinRequests;
    private final ArrangedNeedRepository arrangedNeeds;
    private final MeetingAttendanceRepository attendance;
    private final InvitationRepository invitations;

    MembershipData(
            MembershipRepository memberships,
            MeetingReplyRepository replies,
            JoinRequestRepository joinRequests,
            ArrangedNeedRepository arrangedNeeds,
            MeetingAttendanceRepository attendance,
            InvitationRepository invitations) {
        this.memberships = memberships;
        this.replies = replies;
        this.joinRequests = joinRequests;
        this.arrangedNeeds = arrangedNeeds;
        this.attendance = attendance;
        this.invitations = invitations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> whatErasureDoes(long personId) {
        return List.of(
                new Line("groups.memberships", memberships.countByPersonId(personId), Outcome.DELETED),
                new Line("groups.meetingReplies", replies.countByPersonId(personId), Outcome.DELETED),
                new Line("groups.joinRequests", joinRequests.countByPersonId(personId), Outcome.DELETED),
                new Line("groups.invitations", invitations.countByPersonId(personId), Outcome.DELETED),
                new Line("groups.attendance", attendance.countByPersonId(personId), Outcome.DELETED));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Line> erase(long personId) {
        arrangedNeeds.deleteAllOf(personId); // what was arranged for their needs goes with the replies that asked
        return List.of(
                new Line("groups.memberships", memberships.deleteAllOf(personId), Outcome.DELETED),
                new Line("groups.meetingReplies", replies.deleteAllOf(personId), Outcome.DELETED),
                new Line("groups.joinRequests", joinRequests.deleteAllOf(personId), Outcome.DELETED),
                new Line("groups.invitations", invitations.deleteAllOf(personId), Outcome.DELETED),
                new Line("groups.attendance", attendance.deleteAllOf(personId), Outcome.DELETED));
    }
}
