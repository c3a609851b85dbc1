package uk.gov.lbhf.withus.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/**
 * The account pages as people use them: every problem in the error summary and at its field, the title starting
 * "Error:", nothing saved until all is right; the fields say what may fill them in (autocomplete); a link that does
 * not work says so; the officer gets a username and a code to give; the team gives roles, and in Arabic the pages are
 * in Arabic. (The rules themselves, with real email: AccountsContract.)
 */
@AppTest
class AccountViewsTest extends BrowserlessInEnglish {

    @Autowired
    PeopleService people;

    private String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    @Test
    @WithAnonymousUser
    void creating_an_account_names_each_problem_at_its_field_and_saves_nothing_until_all_is_right() {
        navigate("create-account", CreateAccountView.class);
        assertThat(element("account-email").getAttribute("autocomplete")).isEqualTo("email");
        assertThat(element("account-password").getAttribute("autocomplete")).isEqualTo("new-password");
        assertThat(element("account-password").getAttribute("type")).isEqualTo("password");
        assertThat(pageHtml()).contains("lawful basis is public task");
        long before = people.count();
        fill("account-password", "password1");
        press("Create my account");
        assertThat(pageHtml())
                .contains("There is a problem", "Enter your name", "Enter your email address")
                .contains("This is one of the most common passwords");
        assertThat(element("account-name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element("account-name").getAttribute("aria-describedby")).contains("account-name-error");
        assertThat(title()).startsWith("Error: Create your WithUs account");
        assertThat(people.count()).isEqualTo(before);

        fill("account-name", "Rosa Diaz");
        fill("account-email", "rosa.views@example.org");
        fill("account-password", "kettle lighthouse marmalade");
        press("Create my account");
        assertThat(getCurrentView()).isInstanceOf(CheckEmailView.class);
        assertThat(people.count()).isEqualTo(before + 1);
        assertThat(people.findUser("rosa.views@example.org"))
                .as("not open before the email is confirmed")
                .isEmpty();
    }

    @Test
    @WithAnonymousUser
    void a_link_that_does_not_work_says_so_and_offers_a_new_one() {
        navigate("reset-password", ResetPasswordView.class); // no code, or one that was never sent
        assertThat($(H1.class).single().getText()).isEqualTo("This link does not work");
        assertThat(pageHtml()).contains("href=\"forgot-password\"").doesNotContain("type=\"password\"");
        navigate("confirm-email", ConfirmEmailView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("This link does not work");
        assertThat(title()).isEqualTo("This link does not work – WithUs");
    }

    @Test
    @WithAnonymousUser
    void asking_for_a_reset_says_the_same_whether_or_not_the_email_has_an_account() {
        navigate("forgot-password", ForgotPasswordView.class);
        press("Send me a link");
        assertThat(pageHtml()).contains("Enter your email address");
        fill("forgot-email", "nobody-at-all@example.org");
        press("Send me a link");
        String unknown = $(H1.class).single().getText() + pageHtml().replaceAll("id=\"[^\"]*\"", "");
        navigate("login", LoginView.class);
        navigate("forgot-password", ForgotPasswordView.class);
        fill("forgot-email", "rosa.views@example.org");
        press("Send me a link");
        assertThat($(H1.class).single().getText() + pageHtml().replaceAll("id=\"[^\"]*\"", ""))
                .isEqualTo(unknown);
    }

    @Test
    @WithAnonymousUser
    void a_wrong_set_up_code_is_named_at_the_code() {
        navigate("set-up-account", SetUpAccountView.class);
        assertThat(element("set-up-code").getAttribute("autocomplete")).isEqualTo("one-time-code");
        fill("set-up-code", "ABCD-EFGH");
        fill("set-up-password", "kettle lighthouse marmalade");
        press("Set up my account");
        assertThat(pageHtml()).contains("This code is not right");
        assertThat(element("set-up-code").getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    @WithUserDetails("priya")
    void an_officer_sets_up_an_account_and_gets_a_username_and_a_code_to_give() {
        navigate("accounts/set-up-with-resident", SetUpWithResidentView.class);
        press("Make the account and a code");
        assertThat(pageHtml()).contains("There is a problem", "Enter the resident's name");
        fill("assisted-name", "Tomasz Zieliński");
        press("Make the account and a code");
        assertThat($(H1.class).single().getText()).isEqualTo("Give the resident their code");
        assertThat(pageHtml())
                .containsPattern("tomaszzielin\\d{4}")
                .containsPattern("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
    }

    @Test
    @WithUserDetails("sam")
    void the_team_gives_roles_and_cannot_take_its_own_team_role_away() {
        long leon = people.idOf("leon").orElseThrow();
        navigate("accounts/" + leon, AccountRolesView.class);
        assertThat(element("role-leaseholder").getProperty("checked", false)).isTrue();
        assertThat(element("role-officer").getProperty("checked", false)).isFalse();
        element("role-officer").setProperty("checked", true);
        press("Save roles");
        assertThat(pageHtml()).contains("Roles saved.");
        assertThat(people.findUser("leon").orElseThrow().roles()).contains(Role.OFFICER, Role.LEASEHOLDER);
        element("role-officer").setProperty("checked", false);
        press("Save roles");
        assertThat(people.findUser("leon").orElseThrow().roles()).doesNotContain(Role.OFFICER);

        navigate("accounts/" + people.idOf("sam").orElseThrow(), AccountRolesView.class);
        element("role-resident").setProperty("checked", true);
        element("role-coproduction_team").setProperty("checked", false);
        press("Save roles");
        assertThat(pageHtml()).contains("You cannot take the co-production team role from your own account");
        assertThat(title()).startsWith("Error: ");
        assertThat(people.findUser("sam").orElseThrow().roles()).contains(Role.COPRODUCTION_TEAM);
    }

    @Test
    @WithAnonymousUser
    void in_arabic_the_pages_are_in_arabic() {
        readIn("ar");
        navigate("create-account", CreateAccountView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("أنشئ حسابك في WithUs");
        press("أنشئ حسابي");
        assertThat(pageHtml()).contains("أدخل اسمك", "أدخل بريدك الإلكتروني");
    }
}
