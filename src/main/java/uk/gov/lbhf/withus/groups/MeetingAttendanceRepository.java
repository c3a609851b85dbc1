package uk.gov.lbhf.withus.groups;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetingAttendanceRepository extends JpaRepository<MeetingAttendance, Long> {

    List<MeetingAttendance> findByMeetingId(long meetingId);

    List<MeetingAttendance> findByMeetingIdIn(Collection<Long> meetingIds);

    long countByPersonId(long personId);

    @Modifying
    @Query("delete from MeetingAttendance a where a.meetingId = :meetingId")
    int deleteAllOfMeeting(long meetingId);

    @Modifying
    @Query("delete from MeetingAttendance a where a.personId = :personId")
    int deleteAllOf(long personId);
}
