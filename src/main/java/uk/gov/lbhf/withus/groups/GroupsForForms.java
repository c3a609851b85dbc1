package uk.gov.lbhf.withus.groups;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.feedback.FormGroups;

/** What forms know of groups (feedback.FormGroups): the open groups a form can be for, and who is in which. */
@Component
@Transactional(readOnly = true)
class GroupsForForms implements FormGroups {

    private final GroupRepository groups;
    private final MembershipRepository memberships;

    GroupsForForms(GroupRepository groups, MembershipRepository memberships) {
        this.groups = groups;
        this.memberships = memberships;
    }

    @Override
    public List<Group> openGroups() {
        return groups.findAllByOrderByNameAsc().stream()
                .filter(g -> !g.isClosed())
                .map(g -> new Group(g.getSlug(), g.getName(), g.getLanguages()))
                .toList();
    }

    @Override
    public List<Group> allGroups() {
        return groups.findAllByOrderByNameAsc().stream()
                .map(g -> new Group(g.getSlug(), g.getName(), g.getLanguages()))
                .toList();
    }

    @Override
    public Set<Long> memberIds(String slug) {
        return groups.findBySlug(slug)
                .map(g -> memberships.findByGroupId(g.getId()).stream()
                        .map(Membership::getPersonId)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    @Override
    public Set<String> memberOf(long personId) {
        return groups.findMemberOf(personId).stream()
                .map(CoproductionGroup::getSlug)
                .collect(Collectors.toUnmodifiableSet());
    }
}
