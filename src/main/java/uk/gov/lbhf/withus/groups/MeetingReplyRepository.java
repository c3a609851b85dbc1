package uk.gov.lbhf.withus.groups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetingReplyRepository extends JpaRepository<MeetingReply, Long> {

    /** Every reply to a meeting, the latest captured first (so a person's first here is the one that counts). */
    List<MeetingReply> findByMeetingIdOrderByCapturedAtDescIdDesc(long meetingId);

    /** A person's replies to these meetings, the latest captured first. */
    List<MeetingReply> findByPersonIdAndMeetingIdInOrderByCapturedAtDescIdDesc(
            long personId, java.util.Collection<Long> meetingIds);

    long countByPersonId(long personId);

    @Modifying
    @Query("delete from MeetingReply r where r.personId = :personId")
    int deleteAllOf(long personId);
}
