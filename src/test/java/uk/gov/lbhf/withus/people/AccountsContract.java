package uk.gov.lbhf.withus.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static uk.gov.lbhf.withus.testsupport.TestMailServer.body;
import static uk.gov.lbhf.withus.testsupport.TestMailServer.noEmailTo;
import static uk.gov.lbhf.withus.testsupport.TestMailServer.onlyEmail;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.lbhf.withus.testsupport.TestMailServer;

/**
 * Accounts as people make them, with a real SMTP server (GreenMail) receiving what WithUs sends: a resident creates
 * one, confirms it by the emailed link (in their language) and signs in with their email; a taken email, a weak
 * password and an expired or used link are refused with their own codes and nothing half saved; a forgotten password
 * is reset by email (same answer for an unknown email, and no email sent); an officer sets an account up with a
 * resident who chooses their own password with a one-time code (wrong codes limited); only the team gives roles.
 * Run on H2 and PostgreSQL.
 */
abstract class AccountsContract {

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.pointAt(registry);
    }

    private static final Pattern LINK =
            Pattern.compile("https://withus\\.example/([a-z-]+)\\?code=([A-Za-z0-9_-]{43})");
    private static final String GOOD = "kettle lighthouse marmalade";

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyTheMailbox() throws Exception {
        TestMailServer.purge();
    }

    private static String unique() {
        return "res-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static Matcher link(MimeMessage message) throws Exception {
        Matcher m = LINK.matcher(body(message));
        assertThat(m.find()).as("the email has a link: %s", body(message)).isTrue();
        return m;
    }

    private void signsIn(String username, String password, boolean expected) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(expected ? authenticated().withUsername(username.toLowerCase()) : unauthenticated());
    }

    @Test
    void a_resident_creates_an_account_confirms_it_by_email_in_their_language_and_signs_in_with_it() throws Exception {
        String email = unique();
        var outcome = accounts.signUp("Ola Nowak", "  " + email.toUpperCase() + " ", GOOD, "pl");
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.username()).isEqualTo(email);

        MimeMessage message = onlyEmail(email);
        assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo(email);
        assertThat(message.getSubject()).isEqualTo("Potwierdź e-mail w WithUs");
        assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
        assertThat(body(message)).startsWith("Dzień dobry, Ola Nowak!").contains("24 godzin");
        Matcher link = link(message);
        assertThat(link.group(1)).isEqualTo("confirm-email");

        signsIn(email, GOOD, false); // not before the email is confirmed
        assertThat(accounts.confirmationLink(link.group(2))).isEqualTo(AccountService.LinkState.USABLE);
        assertThat(accounts.confirmEmail(link.group(2))).isEqualTo(AccountService.LinkState.USABLE);
        signsIn(email, GOOD, true);
        signsIn(email, "kettle lighthouse marmalad", false);
        assertThat(accounts.confirmEmail(link.group(2))).isEqualTo(AccountService.LinkState.USED);
        var account = people.findUser(email).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.RESIDENT); // never a staff role by signing up
        assertThat(people.languageOf(email)).contains("pl");
    }

    @Test
    void a_taken_email_a_weak_password_and_a_missing_name_are_each_refused_and_nothing_is_saved() throws Exception {
        String email = unique();
        assertThat(accounts.signUp("Sam Taylor", email, GOOD, "en").ok()).isTrue();
        onlyEmail(email);
        TestMailServer.purge();
        String[] tried = {unique(), unique(), unique(), unique(), unique()};
        long before = people.count();

        assertThat(accounts.signUp("Someone Else", email.toUpperCase(), GOOD, "en")
                        .problems())
                .containsExactly(new AccountProblem("email", "email-taken"));
        assertThat(accounts.signUp("Amara", "amara@example", GOOD, "en").problems())
                .containsExactly(new AccountProblem("email", "email-invalid"));
        assertThat(accounts.signUp("", tried[0], "password1", "en").problems())
                .containsExactly(
                        new AccountProblem("name", "name-missing"), new AccountProblem("password", "password-common"));
        assertThat(accounts.signUp("Amara", tried[1], "short", "en").problems())
                .containsExactly(new AccountProblem("password", "password-too-short"));
        assertThat(accounts.signUp("Amara", tried[2], "qwertyuiop", "en").problems())
                .extracting(AccountProblem::code)
                .containsExactly("password-common");
        assertThat(accounts.signUp("Marigold Featherstone", tried[3], "marigoldfeatherstone", "en")
                        .problems())
                .extracting(AccountProblem::code)
                .containsExactly("password-like-name");
        assertThat(accounts.signUp("Amara", tried[4], "x".repeat(257), "en").problems())
                .extracting(AccountProblem::code)
                .containsExactly("password-too-long");
        assertThat(people.count()).isEqualTo(before);
        noEmailTo(email); // not even to the owner of the taken email
        noEmailTo(tried);
    }

    @Test
    void a_forgotten_password_is_reset_by_an_emailed_link_that_works_once_and_an_unknown_email_gets_nothing()
            throws Exception {
        String email = unique();
        accounts.signUp("Ade Bello", email, GOOD, "en");
        accounts.confirmEmail(link(onlyEmail(email)).group(2));
        TestMailServer.purge();

        accounts.requestReset("nobody-" + email);
        noEmailTo("nobody-" + email);

        accounts.requestReset(email);
        MimeMessage message = onlyEmail(email);
        assertThat(message.getSubject()).isEqualTo("Reset your WithUs password");
        assertThat(body(message)).contains("within 1 hour").contains("your password has not changed");
        Matcher link = link(message);
        assertThat(link.group(1)).isEqualTo("reset-password");
        String secret = link.group(2);

        assertThat(accounts.resetPassword(secret, "password").problems())
                .containsExactly(new AccountProblem("password", "password-common"));
        assertThat(accounts.resetLink(secret))
                .as("a refused password leaves the link usable")
                .isEqualTo(AccountService.LinkState.USABLE);
        String newPassword = "orchard violin pebble";
        assertThat(accounts.resetPassword(secret, newPassword).ok()).isTrue();
        signsIn(email, GOOD, false);
        signsIn(email, newPassword, true);
        assertThat(accounts.resetPassword(secret, "another good phrase here").problems())
                .containsExactly(new AccountProblem("password", "link-used"));
        assertThat(accounts.resetLink("not-a-real-link")).isEqualTo(AccountService.LinkState.UNKNOWN);
    }

    @Test
    void an_expired_link_says_so_and_does_nothing() throws Exception {
        String email = unique();
        accounts.signUp("Lin Chen", email, GOOD, "en");
        String secret = link(onlyEmail(email)).group(2);
        jdbc.update(
                "update account_link set expires_at = created_at - interval '1' hour where secret_hash = ?",
                AccountService.hash(secret));
        assertThat(accounts.confirmationLink(secret)).isEqualTo(AccountService.LinkState.EXPIRED);
        assertThat(accounts.confirmEmail(secret)).isEqualTo(AccountService.LinkState.EXPIRED);
        signsIn(email, GOOD, false);

        TestMailServer.purge();
        accounts.sendConfirmationAgain(email);
        String fresh = link(onlyEmail(email)).group(2);
        assertThat(accounts.confirmEmail(fresh)).isEqualTo(AccountService.LinkState.USABLE);
        signsIn(email, GOOD, true);
    }

    @Test
    void an_officer_sets_an_account_up_with_a_resident_who_chooses_their_own_password_with_a_code() throws Exception {
        CurrentUser priya = people.findUser("priya").orElseThrow();
        var made = accounts.setUpWithResident(priya, "Bola Adéyemí", "");
        assertThat(made.problems()).isEmpty();
        var code = made.code().orElseThrow();
        assertThat(code.username()).matches("bolaadeyemi\\d{4}");
        assertThat(code.code()).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(people.findUser(code.username()))
                .as("not open until the resident sets it up")
                .isEmpty();
        String address = "203.0.113.1";

        assertThat(accounts.setUp("AAAA-AAAA", GOOD, "en", address).problems())
                .containsExactly(new AccountProblem("code", "code-unknown"));
        assertThat(accounts.setUp(code.code(), "bolaadeyemi", "en", address).problems())
                .extracting(AccountProblem::code)
                .containsExactly("password-like-name");
        String typed = " " + code.code().toLowerCase().replace("-", " ") + " ";
        var done = accounts.setUp(typed, GOOD, "so", address);
        assertThat(done.ok()).isTrue();
        assertThat(done.username()).isEqualTo(code.username());
        signsIn(code.username(), GOOD, true);
        assertThat(people.languageOf(code.username())).contains("so");
        assertThat(accounts.setUp(code.code(), GOOD, "en", address).problems())
                .containsExactly(new AccountProblem("code", "code-used"));

        CurrentUser amara = people.findUser("amara").orElseThrow();
        assertThatThrownBy(() -> accounts.setUpWithResident(amara, "Someone", ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.setUpWithResident(priya, " ", "not-an-email").problems())
                .containsExactly(
                        new AccountProblem("name", "name-missing"), new AccountProblem("email", "email-invalid"));
    }

    @Test
    void wrong_codes_are_limited_per_address_so_a_code_cannot_be_guessed() {
        CurrentUser priya = people.findUser("priya").orElseThrow();
        var code = accounts.setUpWithResident(priya, "Kim Lee", "").code().orElseThrow();
        String address = "198.51.100.1";
        for (int i = 0; i < 10; i++) {
            assertThat(accounts.setUp("ZZZZ-ZZZ" + (i % 8 + 2), GOOD, "en", address)
                            .problems())
                    .extracting(AccountProblem::code)
                    .containsExactly("code-unknown");
        }
        assertThat(accounts.setUp(code.code(), GOOD, "en", address).problems())
                .containsExactly(new AccountProblem("code", "code-too-many"));
        assertThat(accounts.setUp(code.code(), GOOD, "en", "192.0.2.7").ok())
                .as("another address is not held up")
                .isTrue();
    }

    @Test
    void only_the_coproduction_team_gives_roles_and_it_cannot_take_its_own_team_role_away() {
        CurrentUser sam = people.findUser("sam").orElseThrow();
        CurrentUser priya = people.findUser("priya").orElseThrow();
        String email = unique();
        accounts.signUp("New Officer", email, GOOD, "en");
        long id = people.idOf(email).orElseThrow();

        assertThatThrownBy(() -> accounts.setRoles(priya, id, Set.of(Role.OFFICER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.search(priya, "")).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.setRoles(sam, id, EnumSet.of(Role.RESIDENT, Role.OFFICER))
                        .ok())
                .isTrue();
        assertThat(accounts.account(sam, id).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.RESIDENT, Role.OFFICER);
        assertThat(accounts.setRoles(sam, id, Set.of()).problems())
                .containsExactly(new AccountProblem("roles", "roles-none"));
        assertThat(accounts.setRoles(sam, sam.personId(), Set.of(Role.OFFICER)).problems())
                .containsExactly(new AccountProblem("roles", "roles-own-team"));
        assertThat(accounts.search(sam, "new offic"))
                .extracting(AccountSummary::email)
                .contains(email);
        assertThat(accounts.search(sam, "%"))
                .as("a % is a letter, not a wildcard")
                .isEmpty();
        List<AccountSummary> everyone = accounts.search(sam, "");
        assertThat(everyone).hasSizeGreaterThanOrEqualTo(6);
    }
}
