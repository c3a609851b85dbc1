package uk.gov.lbhf.withus.groups;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    /** A group's requests in this state, the longest waiting first. */
    List<JoinRequest> findByGroupIdAndStatusOrderByAskedAtAscIdAsc(long groupId, JoinRequest.Status status);

    /** A person's latest request to join a group (the one the phone shows). */
    Optional<JoinRequest> findFirstByPersonIdAndGroupIdOrderByAskedAtDescIdDesc(long personId, long groupId);

    List<JoinRequest> findByPersonIdAndGroupIdAndStatus(long personId, long groupId, JoinRequest.Status status);

    boolean existsByPersonIdAndGroupIdAndStatus(long personId, long groupId, JoinRequest.Status status);

    long countByPersonId(long personId);

    @Modifying
    @Query("delete from JoinRequest r where r.personId = :personId")
    int deleteAllOf(long personId);
}
