package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.AccountProblem;
import uk.gov.lbhf.withus.people.AccountService;

/**
 * A forgotten password: the email goes here, a link to choose a new password goes to it (for an hour). The page says
 * the same whether or not the email has an account, so nobody learns who has one. No email: the team can help.
 */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends AccountPage {

    private final AccountService accounts;
    private boolean sent;

    public ForgotPasswordView(AccountService accounts) {
        super("forgot-password");
        this.accounts = accounts;
        form();
    }

    private void form() {
        add(new H1(getTranslation("account.forgot.heading")), summary);
        add(text("account.forgot.intro"));
        add(field("email", Fields.input("forgot-email", "email", getTranslation("account.email"), null, 254))
                .autocomplete("email"));
        add(primary("account.forgot.submit", this::send));
        add(text("account.forgot.noEmail"));
        add(new Paragraph(Html.routerLink("login", getTranslation("account.backToSignIn"))));
    }

    private void send() {
        String email = fields.get("email").value();
        if (email.isEmpty()) {
            show(List.of(new AccountProblem("email", "email-missing")));
            return;
        }
        accounts.requestReset(email);
        sent = true;
        removeAll();
        add(new H1(getTranslation("account.forgot.sent.heading")));
        add(text("account.forgot.sent.intro"));
        add(text("account.check.spam"));
        add(new Paragraph(Html.routerLink("login", getTranslation("account.backToSignIn"))));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    String titleKey() {
        return sent ? "account.forgot.sent.heading" : "account.forgot.heading";
    }
}
