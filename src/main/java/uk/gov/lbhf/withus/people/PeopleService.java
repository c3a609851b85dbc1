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
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The door to accounts: who is signed in, display names for member lists, and creating accounts. */
@Service
public class PeopleService implements UserDetailsService, uk.gov.lbhf.withus.base.AccountLanguages {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final SessionRegistry sessions;
    private final AccountMail mail;

    PeopleService(
            PersonRepository people, PasswordEncoder passwordEncoder, SessionRegistry sessions, AccountMail mail) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.mail = mail;
    }

    /**
     * Words from the translation bundle and their arguments, written in the reader's language when they are sent
     * (an argument that is Words is translated too).
     */
    public record Words(String key, Object... args) {}

    /**
     * Emails a person a notice about a page of WithUs ({@code path}, e.g. "groups/lifts"), in their language, once
     * the current transaction commits, if they have an email address they have confirmed and their account is open.
     * Whether it will go: the page that caused it can say so.
     */
    @Transactional(readOnly = true)
    public boolean emailAfterCommit(long personId, Words subject, List<Words> paragraphs, String path) {
        var person = people.findById(personId)
                .filter(p -> p.isEnabled() && p.getEmail() != null && p.getEmailConfirmedAt() != null);
        person.ifPresent(p -> mail.sendNoticeAfterCommit(p.getEmail(), p.getLanguage(), subject, paragraphs, path));
        return person.isPresent();
    }

    /** The signed-in person, or empty for an anonymous visitor. */
    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof WithUsUserDetails details) {
            return Optional.of(details.currentUser());
        }
        return Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> languageOf(String username) {
        return people.findByUsernameIgnoreCase(username).map(Person::getLanguage);
    }

    @Override
    @Transactional
    public void choose(String username, String tag) {
        people.findByUsernameIgnoreCase(username).ifPresent(p -> p.setLanguage(tag));
    }

    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> personIds) {
        return people.findAllById(personIds).stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName));
    }

    @Transactional(readOnly = true)
    public Optional<Long> idOf(String username) {
        return people.findByUsernameIgnoreCase(username).map(Person::getId);
    }

    /** The email an account signs in with and gets its links at, if it has one (for the person's own data page). */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(long personId) {
        return people.findById(personId).map(Person::getEmail);
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

    /** Any account by its id, enabled or not (for the team's erasure screen and audit records). */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> account(long personId) {
        return people.findById(personId).map(person -> ((WithUsUserDetails) details(person)).currentUser());
    }

    /** Any account by username, enabled or not. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> account(String username) {
        return people.findByUsernameIgnoreCase(username == null ? "" : username.trim())
                .map(person -> ((WithUsUserDetails) details(person)).currentUser());
    }

    /**
     * Deletes the account itself (its roles go with it), inside the caller's transaction: the rights module erases
     * what the other features hold first. Once that commits, every web session of the account ends (signed in on
     * another phone too), so nobody goes on using an account that no longer exists.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteAccount(long personId) {
        Person person = people.findById(personId).orElseThrow(() -> new IllegalArgumentException("No such account"));
        String username = person.getUsername();
        people.delete(person);
        people.flush();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                endSessionsOf(username);
            }
        });
    }

    void endSessionsOf(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username)) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    /** An enabled account by username (or the email of an account made with one), as the features see it. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> findUser(String username) {
        String name = username == null ? "" : username.trim();
        return people.findByUsernameIgnoreCase(name)
                .or(() -> people.findByEmail(AccountService.normalEmail(name)))
                .filter(Person::isEnabled)
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
        String name = username == null ? "" : username.trim();
        // a username, or the email of an account made with one
        Person person = people.findByUsernameIgnoreCase(name)
                .or(() -> people.findByEmail(AccountService.normalEmail(name)))
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
