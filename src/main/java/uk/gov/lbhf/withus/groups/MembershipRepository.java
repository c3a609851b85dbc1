package uk.gov.lbhf.withus.groups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByGroupId(long groupId);

    boolean existsByGroupIdAndPersonId(long groupId, long personId);

    java.util.Optional<Membership> findByGroupIdAndPersonId(long groupId, long personId);

    long countByPersonId(long personId);

    @Modifying
    @Query("delete from Membership m where m.personId = :personId")
    int deleteAllOf(long personId);
}
