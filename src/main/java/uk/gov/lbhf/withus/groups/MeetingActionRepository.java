package uk.gov.lbhf.withus.groups;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingActionRepository extends JpaRepository<MeetingAction, Long> {

    List<MeetingAction> findByMeetingIdOrderByDueOnAscIdAsc(long meetingId);

    List<MeetingAction> findByMeetingIdInOrderByDueOnAscIdAsc(Collection<Long> meetingIds);
}
