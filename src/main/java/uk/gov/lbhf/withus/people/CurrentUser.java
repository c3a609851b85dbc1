package uk.gov.lbhf.withus.people;

import java.util.Set;

/** The signed-in person, as the other features see them. */
public record CurrentUser(long personId, String username, String displayName, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
