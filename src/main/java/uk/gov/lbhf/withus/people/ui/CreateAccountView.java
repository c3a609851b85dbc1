package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.gov.lbhf.withus.base.Languages;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.AccountService;

/**
 * A resident creates their own account: their name, their email (which they sign in with) and a password, checked
 * against lists of common and breached passwords. Then a link to confirm the email goes to it.
 */
@Route("create-account")
@AnonymousAllowed
public class CreateAccountView extends AccountPage {

    private final AccountService accounts;

    public CreateAccountView(AccountService accounts) {
        super("create-account");
        this.accounts = accounts;
        add(new H1(getTranslation("account.create.heading")), summary);
        add(text("account.create.intro"));
        add(text("account.create.privacy"));
        add(new com.vaadin.flow.component.html.Paragraph(
                Html.routerLink("privacy", getTranslation("account.create.privacyLink"))));
        add(field(
                        "name",
                        Fields.input(
                                "account-name",
                                "text",
                                getTranslation("account.name"),
                                getTranslation("account.name.hint"),
                                120))
                .autocomplete("name"));
        add(field(
                        "email",
                        Fields.input(
                                "account-email",
                                "email",
                                getTranslation("account.email"),
                                getTranslation("account.email.hint"),
                                254))
                .autocomplete("email"));
        add(field(
                        "password",
                        Fields.input(
                                "account-password",
                                "password",
                                getTranslation("account.password.new"),
                                getTranslation("account.password.hint"),
                                256))
                .autocomplete("new-password"));
        add(primary("account.create.submit", this::create));
        add(new com.vaadin.flow.component.html.Paragraph(Html.routerLink("login", getTranslation("account.haveOne"))));
    }

    private void create() {
        String language = Languages.of(getLocale()).tag();
        var outcome = accounts.signUp(
                fields.get("name").value(),
                fields.get("email").value(),
                fields.get("password").value(),
                language);
        if (outcome.ok()) {
            getUI().ifPresent(ui -> ui.navigate(CheckEmailView.class));
            return;
        }
        show(outcome.problems());
    }

    @Override
    String titleKey() {
        return "account.create.heading";
    }
}
