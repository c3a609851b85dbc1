package uk.gov.lbhf.withus.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person's place in a group. The person is referred to by id: accounts belong to the people feature. */
@Entity
@Table(name = "group_membership")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private CoproductionGroup group;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberRole role;

    protected Membership() {}

    Membership(CoproductionGroup group, long personId, MemberRole role) {
        this.group = group;
        this.personId = personId;
        this.role = role;
    }

    CoproductionGroup getGroup() {
        return group;
    }

    Long getPersonId() {
        return personId;
    }

    void setRole(MemberRole role) {
        this.role = role;
    }

    MemberRole getRole() {
        return role;
    }
}
