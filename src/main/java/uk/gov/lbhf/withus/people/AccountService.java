package uk.gov.lbhf.withus.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The door to making and looking after accounts: a resident creates their own (confirmed by a link sent to their
 * email), resets a forgotten password by email, or has one set up with them by an officer at an event (the resident
 * then chooses their own password on their own phone with a one-time code, so the officer never knows it); only the
 * co-production team gives staff and councillor roles. Answers never tell whether someone else has an account,
 * except that an email is taken when someone tries to create an account with it (the issue asks that it is said,
 * without saying whose).
 */
@Service
public class AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);

    /** How long a link works. The emails say so in words: change them together. */
    static final Duration CONFIRM_FOR = Duration.ofHours(24);

    static final Duration RESET_FOR = Duration.ofHours(1);
    static final Duration SET_UP_FOR = Duration.ofDays(7);
    /** A set-up code's letters: no 0/O, 1/I/L, so it can be read out and typed without mistakes. */
    static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    static final int CODE_LENGTH = 8;
    // one @, something before, a dot after it, no spaces: the rest is the mail server's to judge (GOV.UK's pattern)
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final PersonRepository people;
    private final AccountLinkRepository links;
    private final PasswordEncoder encoder;
    private final PasswordCheck passwords;
    private final AccountMail mail;
    private final PeopleService peopleService;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountService(
            PersonRepository people,
            AccountLinkRepository links,
            PasswordEncoder encoder,
            PasswordCheck passwords,
            AccountMail mail,
            PeopleService peopleService,
            SignInThrottle throttle,
            Clock clock) {
        this.people = people;
        this.links = links;
        this.encoder = encoder;
        this.passwords = passwords;
        this.mail = mail;
        this.peopleService = peopleService;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** What became of an attempt: done, or the problems to show at their fields (nothing was saved). */
    public record Outcome(List<AccountProblem> problems, String username) {

        static Outcome done(String username) {
            return new Outcome(List.of(), username);
        }

        static Outcome refused(List<AccountProblem> problems) {
            return new Outcome(List.copyOf(problems), null);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Whether a link (by the secret in it) can still be used: so a page can say so before anyone types. */
    public enum LinkState {
        USABLE,
        EXPIRED,
        USED,
        UNKNOWN
    }

    // ---- a resident creates their own account

    /**
     * Creates a resident's account, not yet usable: a link to confirm the email goes to it (for 24 hours). The email
     * is the username. A taken email is refused as such; nothing is saved while anything is wrong.
     */
    @Transactional
    public Outcome signUp(String name, String email, String password, String languageTag) {
        List<AccountProblem> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = normalEmail(email);
        nameProblem(cleanName).ifPresent(problems::add);
        emailProblem(cleanEmail, true).ifPresent(problems::add);
        if (problems.stream().noneMatch(p -> p.field().equals("email"))
                && (people.findByEmail(cleanEmail).isPresent()
                        || people.findByUsernameIgnoreCase(cleanEmail).isPresent())) {
            problems.add(new AccountProblem("email", "email-taken"));
        }
        passwords
                .check(password, cleanName, cleanEmail)
                .ifPresent(p -> problems.add(new AccountProblem("password", p.code)));
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        var person = new Person(cleanEmail, cleanName, encoder.encode(password), Set.of(Role.RESIDENT));
        person.setEmail(cleanEmail);
        person.setEnabled(false); // until the email is confirmed
        person.setLanguage(languageTag);
        person.setCreatedAt(clock.instant());
        people.save(person);
        sendLink(person, AccountLink.Purpose.CONFIRM_EMAIL, AccountMail.Kind.CONFIRM, CONFIRM_FOR);
        LOG.info("Account created by its owner (person {}), waiting for its email to be confirmed", person.getId());
        return Outcome.done(person.getUsername());
    }

    /** Sends a new confirmation link if this email has an account still waiting for one; the same answer either way. */
    @Transactional
    public void sendConfirmationAgain(String email) {
        people.findByEmail(normalEmail(email))
                .filter(p -> p.getEmailConfirmedAt() == null)
                .ifPresent(p -> sendLink(p, AccountLink.Purpose.CONFIRM_EMAIL, AccountMail.Kind.CONFIRM, CONFIRM_FOR));
    }

    @Transactional(readOnly = true)
    public LinkState confirmationLink(String secret) {
        return state(secret, AccountLink.Purpose.CONFIRM_EMAIL);
    }

    /** Confirms the email a link was sent to, and opens the account it made. */
    @Transactional
    public LinkState confirmEmail(String secret) {
        LinkState state = state(secret, AccountLink.Purpose.CONFIRM_EMAIL);
        if (state != LinkState.USABLE) {
            return state;
        }
        AccountLink link = links.findBySecretHash(hash(secret)).orElseThrow();
        Person person = people.findById(link.getPersonId()).orElseThrow();
        Instant now = clock.instant();
        link.use(now);
        person.confirmEmail(now);
        person.setEnabled(true);
        return LinkState.USABLE;
    }

    // ---- a forgotten password

    /** Sends a link to reset the password (for an hour) if this email has an account; the same answer either way. */
    @Transactional
    public void requestReset(String email) {
        people.findByEmail(normalEmail(email))
                .ifPresent(p -> sendLink(p, AccountLink.Purpose.RESET_PASSWORD, AccountMail.Kind.RESET, RESET_FOR));
    }

    @Transactional(readOnly = true)
    public LinkState resetLink(String secret) {
        return state(secret, AccountLink.Purpose.RESET_PASSWORD);
    }

    /**
     * Sets a new password with a reset link: the link is used up, the email counts as confirmed (the link reached it),
     * and every session of the account ends once this commits, so a thief who knew the old one is out.
     */
    @Transactional
    public Outcome resetPassword(String secret, String password) {
        LinkState state = state(secret, AccountLink.Purpose.RESET_PASSWORD);
        if (state != LinkState.USABLE) {
            return Outcome.refused(List.of(
                    new AccountProblem("password", "link-" + state.name().toLowerCase(Locale.ROOT))));
        }
        AccountLink link = links.findBySecretHash(hash(secret)).orElseThrow();
        Person person = people.findById(link.getPersonId()).orElseThrow();
        Optional<PasswordCheck.Problem> problem = passwords.check(password, person.getDisplayName(), person.getEmail());
        if (problem.isPresent()) {
            return Outcome.refused(List.of(new AccountProblem("password", problem.get().code)));
        }
        Instant now = clock.instant();
        links.findByPersonIdAndPurpose(person.getId(), AccountLink.Purpose.RESET_PASSWORD)
                .forEach(l -> l.use(now));
        person.setPasswordHash(encoder.encode(password));
        person.confirmEmail(now);
        person.setEnabled(true);
        endSessionsAfterCommit(person.getUsername());
        LOG.info("Password reset by email (person {})", person.getId());
        return Outcome.done(person.getUsername());
    }

    // ---- an officer sets an account up with a resident

    /** An account an officer set up: the username to sign in with, and the code the resident types on their phone. */
    public record SetUpCode(String username, String code, Instant expiresAt) {}

    public record AssistedOutcome(List<AccountProblem> problems, Optional<SetUpCode> code) {}

    /**
     * An officer (or the team) makes a resident's account with them at an event: the resident's name, and their email
     * if they have one and want it used. No password: the resident chooses it with the code, on their own phone.
     */
    @Transactional
    public AssistedOutcome setUpWithResident(CurrentUser officer, String name, String email) {
        if (!officer.isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("Only staff set up accounts");
        }
        List<AccountProblem> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = normalEmail(email);
        nameProblem(cleanName).ifPresent(problems::add);
        if (!cleanEmail.isEmpty()) {
            emailProblem(cleanEmail, false).ifPresent(problems::add);
            if (problems.stream().noneMatch(p -> p.field().equals("email"))
                    && people.findByEmail(cleanEmail).isPresent()) {
                problems.add(new AccountProblem("email", "email-taken"));
            }
        }
        if (!problems.isEmpty()) {
            return new AssistedOutcome(problems, Optional.empty());
        }
        String username = freeUsername(cleanName);
        byte[] unusable = new byte[32];
        random.nextBytes(unusable); // nobody can sign in before the resident sets a password
        var person = new Person(
                username,
                cleanName,
                encoder.encode(Base64.getEncoder().encodeToString(unusable)),
                Set.of(Role.RESIDENT));
        person.setEnabled(false);
        person.setEmail(cleanEmail.isEmpty() ? null : cleanEmail);
        person.setCreatedAt(clock.instant());
        people.save(person);
        String code = newCode();
        Instant now = clock.instant();
        links.save(new AccountLink(person.getId(), AccountLink.Purpose.SET_UP, hash(code), now, now.plus(SET_UP_FOR)));
        LOG.info("Account set up by staff (person {}) with a resident (person {})", officer.personId(), person.getId());
        return new AssistedOutcome(
                List.of(), Optional.of(new SetUpCode(username, formatCode(code), now.plus(SET_UP_FOR))));
    }

    /**
     * The resident, on their own phone, types the code and chooses their password: the account opens, in the language
     * their phone shows. Wrong codes are limited per address, so a code cannot be guessed.
     */
    @Transactional
    public Outcome setUp(String code, String password, String languageTag, String address) {
        if (!throttle.allowsCodeFrom(address)) {
            return Outcome.refused(List.of(new AccountProblem("code", "code-too-many")));
        }
        String clean = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (clean.isEmpty()) {
            return Outcome.refused(List.of(new AccountProblem("code", "code-missing")));
        }
        LinkState state = state(clean, AccountLink.Purpose.SET_UP);
        if (state != LinkState.USABLE) {
            throttle.wrongCodeFrom(address);
            return Outcome.refused(
                    List.of(new AccountProblem("code", "code-" + state.name().toLowerCase(Locale.ROOT))));
        }
        AccountLink link = links.findBySecretHash(hash(clean)).orElseThrow();
        Person person = people.findById(link.getPersonId()).orElseThrow();
        Optional<PasswordCheck.Problem> problem = passwords.check(password, person.getDisplayName(), person.getEmail());
        if (problem.isPresent()) {
            return Outcome.refused(List.of(new AccountProblem("password", problem.get().code)));
        }
        link.use(clock.instant());
        person.setPasswordHash(encoder.encode(password));
        person.setEnabled(true);
        person.setLanguage(languageTag);
        if (person.getEmail() != null) {
            sendLink(person, AccountLink.Purpose.CONFIRM_EMAIL, AccountMail.Kind.CONFIRM, CONFIRM_FOR);
        }
        LOG.info("Account set up with its code (person {})", person.getId());
        return Outcome.done(person.getUsername());
    }

    // ---- roles, given by the co-production team only

    @Transactional(readOnly = true)
    public List<AccountSummary> search(CurrentUser team, String text) {
        requireTeam(team);
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // what was typed is matched as it is: %, _ and \ are letters here, not wildcards
        String part = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return people.search(part, PageRequest.of(0, 50)).stream()
                .map(AccountService::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> account(CurrentUser team, long personId) {
        requireTeam(team);
        return people.findById(personId).map(AccountService::summary);
    }

    /**
     * Gives an account exactly these roles. The team cannot take its own team role away (someone must be left to give
     * roles). The person's sessions end once this commits, so the new roles apply from their next page.
     */
    @Transactional
    public Outcome setRoles(CurrentUser team, long personId, Set<Role> roles) {
        requireTeam(team);
        Person person = people.findById(personId).orElseThrow(() -> new IllegalArgumentException("No such account"));
        if (roles.isEmpty()) {
            return Outcome.refused(List.of(new AccountProblem("roles", "roles-none")));
        }
        if (person.getId() == team.personId() && !roles.contains(Role.COPRODUCTION_TEAM)) {
            return Outcome.refused(List.of(new AccountProblem("roles", "roles-own-team")));
        }
        if (!person.getRoles().equals(EnumSet.copyOf(roles))) {
            LOG.info(
                    "Roles of person {} set to {} by person {} (was {})",
                    person.getId(),
                    roles,
                    team.personId(),
                    person.getRoles());
            person.setRoles(roles);
            endSessionsAfterCommit(person.getUsername());
        }
        return Outcome.done(person.getUsername());
    }

    // ---- the parts

    private static AccountSummary summary(Person p) {
        return new AccountSummary(
                p.getId(),
                p.getUsername(),
                p.getDisplayName(),
                p.getEmail(),
                p.getEmail() != null && p.getEmailConfirmedAt() != null,
                p.isEnabled(),
                p.getRoles(),
                p.getCreatedAt());
    }

    private static void requireTeam(CurrentUser user) {
        if (!user.has(Role.COPRODUCTION_TEAM)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the co-production team gives roles");
        }
    }

    private static Optional<AccountProblem> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of(new AccountProblem("name", "name-missing"));
        }
        if (name.length() > Person.DISPLAY_NAME_MAX) {
            return Optional.of(new AccountProblem("name", "name-too-long"));
        }
        return Optional.empty();
    }

    private static Optional<AccountProblem> emailProblem(String email, boolean required) {
        if (email.isEmpty()) {
            return required ? Optional.of(new AccountProblem("email", "email-missing")) : Optional.empty();
        }
        if (email.length() > Person.EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            return Optional.of(new AccountProblem("email", "email-invalid"));
        }
        return Optional.empty();
    }

    static String normalEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private void sendLink(Person person, AccountLink.Purpose purpose, AccountMail.Kind kind, Duration lasts) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        links.findByPersonIdAndPurpose(person.getId(), purpose).forEach(l -> l.use(now)); // only the newest works
        links.save(new AccountLink(person.getId(), purpose, hash(secret), now, now.plus(lasts)));
        mail.sendAfterCommit(kind, person.getEmail(), person.getDisplayName(), person.getLanguage(), secret);
    }

    private LinkState state(String secret, AccountLink.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return LinkState.UNKNOWN;
        }
        return links.findBySecretHash(hash(secret))
                .filter(l -> l.getPurpose() == purpose)
                .map(l -> l.usable(clock.instant())
                        ? LinkState.USABLE
                        : clock.instant().isBefore(l.getExpiresAt()) ? LinkState.USED : LinkState.EXPIRED)
                .orElse(LinkState.UNKNOWN);
    }

    private String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private static String formatCode(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /** A username from the name's letters and four digits ("amara4821"), not yet taken. */
    private String freeUsername(String name) {
        String letters = java.text.Normalizer.normalize(
                        name.replace('ł', 'l')
                                .replace('Ł', 'L')
                                .replace('ø', 'o')
                                .replace('ß', 's'),
                        java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
        String stem = letters.isEmpty() ? "resident" : letters.substring(0, Math.min(12, letters.length()));
        while (true) {
            String candidate = stem + (1000 + random.nextInt(9000));
            if (people.findByUsernameIgnoreCase(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private void endSessionsAfterCommit(String username) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                peopleService.endSessionsOf(username);
            }
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
