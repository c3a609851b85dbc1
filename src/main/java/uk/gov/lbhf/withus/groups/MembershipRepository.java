package uk.gov.lbhf.withus.groups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByGroupId(long groupId);

    boolean existsByGroupIdAndPersonId(long groupId, long personId);
}
