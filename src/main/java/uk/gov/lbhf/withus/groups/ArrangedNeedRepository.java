package uk.gov.lbhf.withus.groups;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArrangedNeedRepository extends JpaRepository<ArrangedNeed, Long> {

    List<ArrangedNeed> findByMeetingId(long meetingId);

    List<ArrangedNeed> findByPersonIdAndMeetingIdIn(long personId, Collection<Long> meetingIds);

    boolean existsByMeetingIdAndPersonIdAndNeed(long meetingId, long personId, String need);

    @Modifying
    @Query("delete from ArrangedNeed a where a.personId = :personId")
    int deleteAllOf(long personId);
}
