package uk.gov.lbhf.withus.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;

/** What the group queries must do on every database we support (run by the H2 and PostgreSQL subclasses). */
@org.springframework.transaction.annotation.Transactional
abstract class GroupRepositoryContract {

    @Autowired
    GroupRepository groups;

    @Autowired
    MembershipRepository memberships;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    EntityManager em;

    long resident;
    long otherResident;
    CoproductionGroup open;
    CoproductionGroup closed;
    CoproductionGroup closedElsewhere;

    @BeforeEach
    void given_two_residents_and_three_groups() {
        resident = person("rita");
        otherResident = person("omar");
        open = groups.save(new CoproductionGroup("open", "Open group", "p", "a", Visibility.PUBLIC));
        closed = groups.save(new CoproductionGroup("closed", "Closed group", "p", "a", Visibility.MEMBERS));
        closedElsewhere =
                groups.save(new CoproductionGroup("elsewhere", "Another closed group", "p", "a", Visibility.MEMBERS));
        memberships.save(new Membership(closed, resident, MemberRole.RESIDENT));
        memberships.save(new Membership(closedElsewhere, otherResident, MemberRole.CO_CHAIR));
        em.flush();
    }

    @Test
    void a_resident_sees_public_groups_and_members_only_groups_they_belong_to() {
        assertThat(groups.findVisibleTo(resident))
                .extracting(CoproductionGroup::getSlug)
                .containsExactly("closed", "open");
        assertThat(groups.findVisibleTo(otherResident))
                .extracting(CoproductionGroup::getSlug)
                .containsExactly("elsewhere", "open");
    }

    @Test
    void a_resident_is_a_member_only_of_groups_they_joined() {
        assertThat(groups.findMemberOf(resident))
                .extracting(CoproductionGroup::getSlug)
                .containsExactly("closed");
        assertThat(memberships.existsByGroupIdAndPersonId(closed.getId(), resident))
                .isTrue();
        assertThat(memberships.existsByGroupIdAndPersonId(closedElsewhere.getId(), resident))
                .isFalse();
    }

    @Test
    void a_person_cannot_join_the_same_group_twice() {
        assertThatThrownBy(() -> {
                    memberships.save(new Membership(closed, resident, MemberRole.CO_CHAIR));
                    em.flush();
                })
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void meetings_come_back_in_time_order_with_time_zones_kept() {
        var t = OffsetDateTime.of(2026, 12, 3, 18, 30, 0, 0, ZoneOffset.UTC);
        meetings.save(
                new Meeting(open, t.plusDays(7), t.plusDays(7).plusHours(2), "Hall", "Step-free", List.of("Later")));
        meetings.save(new Meeting(open, t, t.plusHours(2), "Hall", "Step-free", List.of("Sooner", "Then this")));
        meetings.save(new Meeting(closed, t.plusDays(1), t.plusDays(1).plusHours(1), "Room", "Lift", List.of("Other")));
        em.flush();
        em.clear();
        var found = meetings.findByGroupIdInAndStartsAtGreaterThanEqualOrderByStartsAtAsc(
                List.of(open.getId(), closed.getId()), t, Limit.of(2));
        assertThat(found)
                .extracting(m -> m.toSummary().agendaItems().getFirst())
                .containsExactly("Sooner", "Other");
        assertThat(found.getFirst().toSummary().startsAt().toInstant()).isEqualTo(t.toInstant());
        assertThat(found.getFirst().toSummary().agendaItems()).containsExactly("Sooner", "Then this");
    }

    @Test
    void the_database_refuses_a_meeting_that_ends_before_it_starts() {
        var t = OffsetDateTime.of(2026, 12, 3, 18, 30, 0, 0, ZoneOffset.UTC);
        assertThatThrownBy(() -> {
                    meetings.save(new Meeting(open, t, t.minusHours(1), "Hall", "Step-free", List.of("x")));
                    em.flush();
                })
                .isInstanceOf(RuntimeException.class);
    }

    private long person(String username) {
        em.createNativeQuery("insert into person (username, display_name, password_hash) values (?, ?, 'x')")
                .setParameter(1, username)
                .setParameter(2, username)
                .executeUpdate();
        return ((Number) em.createNativeQuery("select id from person where username = ?")
                        .setParameter(1, username)
                        .getSingleResult())
                .longValue();
    }
}
