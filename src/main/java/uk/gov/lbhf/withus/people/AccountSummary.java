package uk.gov.lbhf.withus.people;

import java.time.Instant;
import java.util.Set;

/** An account as the co-production team sees it when giving roles (no password, nothing else about the person). */
public record AccountSummary(
        long id,
        String username,
        String displayName,
        String email,
        boolean emailConfirmed,
        boolean enabled,
        Set<Role> roles,
        Instant createdAt) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
