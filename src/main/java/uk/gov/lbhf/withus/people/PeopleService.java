package uk.gov.lbhf.withus.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The door to accounts: who is signed in, display names for member lists, and creating accounts. */
@Service
public class PeopleService implements UserDetailsService {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    PeopleService(PersonRepository people, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    /** The signed-in person, or empty for an anonymous visitor. */
    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof WithUsUserDetails details) {
            return Optional.of(details.currentUser());
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> personIds) {
        return people.findAllById(personIds).stream()
                .collect(Collectors.toMap(Person::getId, Person::getDisplayName));
    }

    @Transactional(readOnly = true)
    public Optional<Long> idOf(String username) {
        return people.findByUsernameIgnoreCase(username).map(Person::getId);
    }

    @Transactional(readOnly = true)
    public long count() {
        return people.count();
    }

    /** Creates an account with a hashed password; returns its id. */
    @Transactional
    public long createAccount(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (username == null || username.isBlank() || username.length() > Person.USERNAME_MAX) {
            throw new IllegalArgumentException("A username of 1 to " + Person.USERNAME_MAX + " characters is needed");
        }
        if (people.findByUsernameIgnoreCase(username).isPresent()) {
            throw new IllegalArgumentException("That username is taken");
        }
        var person = new Person(username.trim(), displayName.trim(), passwordEncoder.encode(rawPassword), roles);
        return people.save(person).getId();
    }

    /** An enabled account by username, as the features see it. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> findUser(String username) {
        return people.findByUsernameIgnoreCase(username).filter(Person::isEnabled)
                .map(person -> ((WithUsUserDetails) details(person)).currentUser());
    }

    /** The account behind a device token, if it is still enabled (sync authenticates with device tokens). */
    @Transactional(readOnly = true)
    public Optional<UserDetails> enabledUser(long personId) {
        return people.findById(personId).filter(Person::isEnabled).map(this::details);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Person person = people.findByUsernameIgnoreCase(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return details(person);
    }

    private UserDetails details(Person person) {
        List<SimpleGrantedAuthority> authorities = person.getRoles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return new WithUsUserDetails(person, authorities);
    }
}
