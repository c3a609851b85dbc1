package uk.gov.lbhf.withus.people;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import uk.gov.lbhf.withus.base.DisplayNamed;

/** Spring Security's user, carrying the person id and display name so views need no extra look-up. */
class WithUsUserDetails extends User implements DisplayNamed {

    private final CurrentUser currentUser;

    WithUsUserDetails(Person person, Collection<? extends GrantedAuthority> authorities) {
        super(person.getUsername(), person.getPasswordHash(), person.isEnabled(), true, true, true, authorities);
        this.currentUser =
                new CurrentUser(person.getId(), person.getUsername(), person.getDisplayName(), person.getRoles());
    }

    CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public String displayName() {
        return currentUser.displayName();
    }
}
