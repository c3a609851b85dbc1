package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.AccountProblem;
import uk.gov.lbhf.withus.people.AccountService;

/**
 * After creating an account: "check your email", what to do if nothing came, and a new link on asking (the answer is
 * the same whether or not the email has an account waiting).
 */
@Route("check-your-email")
@AnonymousAllowed
public class CheckEmailView extends AccountPage {

    private final AccountService accounts;
    private final Paragraph sent = new Paragraph();

    public CheckEmailView(AccountService accounts) {
        super("check-email");
        this.accounts = accounts;
        add(new H1(getTranslation("account.check.heading")));
        add(text("account.check.intro"));
        add(text("account.check.spam"));
        add(new H2(getTranslation("account.check.again.heading")), summary);
        sent.getElement().setAttribute("role", "status");
        sent.addClassName("wu-inset");
        sent.setVisible(false);
        add(field("email", Fields.input("again-email", "email", getTranslation("account.email"), null, 254))
                .autocomplete("email"));
        add(primary("account.check.again.submit", this::again), sent);
        add(new Paragraph(Html.routerLink("login", getTranslation("account.backToSignIn"))));
    }

    private void again() {
        String email = fields.get("email").value();
        if (email.isEmpty()) {
            show(List.of(new AccountProblem("email", "email-missing")));
            return;
        }
        show(List.of());
        accounts.sendConfirmationAgain(email);
        sent.setText(getTranslation("account.check.again.sent"));
        sent.setVisible(true);
    }

    @Override
    String titleKey() {
        return "account.check.heading";
    }
}
