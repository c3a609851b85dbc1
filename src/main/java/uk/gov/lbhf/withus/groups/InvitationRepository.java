package uk.gov.lbhf.withus.groups;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    /** A group's invitations in this state, the longest waiting first. */
    List<Invitation> findByGroupIdAndStatusOrderByInvitedAtAscIdAsc(long groupId, Invitation.Status status);

    /** A person's latest invitation to a group (the one their phone shows). */
    Optional<Invitation> findFirstByPersonIdAndGroupIdOrderByInvitedAtDescIdDesc(long personId, long groupId);

    Optional<Invitation> findFirstByPersonIdAndGroupIdAndStatus(long personId, long groupId, Invitation.Status status);

    boolean existsByPersonIdAndGroupIdAndStatus(long personId, long groupId, Invitation.Status status);

    long countByPersonId(long personId);

    @Modifying
    @Query("delete from Invitation i where i.personId = :personId")
    int deleteAllOf(long personId);
}
