package uk.gov.lbhf.withus.groups;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupRepository extends JpaRepository<CoproductionGroup, Long> {

    Optional<CoproductionGroup> findBySlug(String slug);

    List<CoproductionGroup> findAllByOrderByNameAsc();

    @Query("""
            select g from CoproductionGroup g
            where g.visibility = uk.gov.lbhf.withus.groups.Visibility.PUBLIC
               or g.id in (select m.group.id from Membership m where m.personId = :personId)
               or g.id in (select i.groupId from Invitation i where i.personId = :personId
                           and i.status = uk.gov.lbhf.withus.groups.Invitation.Status.WAITING)
            order by g.name""")
    List<CoproductionGroup> findVisibleTo(long personId);

    @Query("select m.group from Membership m where m.personId = :personId order by m.group.name")
    List<CoproductionGroup> findMemberOf(long personId);

    List<CoproductionGroup> findByIdIn(Collection<Long> ids);
}
