package uk.gov.lbhf.withus.groups;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByGroupIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long groupId, OffsetDateTime from);

    List<Meeting> findByGroupIdAndStartsAtLessThanOrderByStartsAtDesc(long groupId, OffsetDateTime before);

    List<Meeting> findByGroupIdInAndStartsAtGreaterThanEqualOrderByStartsAtAsc(
            Collection<Long> groupIds, OffsetDateTime from, Limit limit);
}
