package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.AccountService;

/**
 * A resident whose account an officer set up with them types the code they were given and chooses their own
 * password, on their own phone. Then they are told the username to sign in with.
 */
@Route("set-up-account")
@AnonymousAllowed
public class SetUpAccountView extends AccountPage {

    private final AccountService accounts;
    private boolean done;

    public SetUpAccountView(AccountService accounts) {
        super("set-up-account");
        this.accounts = accounts;
        add(new H1(getTranslation("account.setUp.heading")), summary);
        add(text("account.setUp.intro"));
        add(field(
                        "code",
                        Fields.input(
                                "set-up-code",
                                "text",
                                getTranslation("account.setUp.code"),
                                getTranslation("account.setUp.code.hint"),
                                12))
                .autocomplete("one-time-code"));
        add(field(
                        "password",
                        Fields.input(
                                "set-up-password",
                                "password",
                                getTranslation("account.password.new"),
                                getTranslation("account.password.hint"),
                                256))
                .autocomplete("new-password"));
        add(primary("account.setUp.submit", this::setUp));
    }

    private void setUp() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? "unknown" : request.getRemoteAddr();
        var outcome = accounts.setUp(
                fields.get("code").value(),
                fields.get("password").value(),
                uk.gov.lbhf.withus.base.Languages.of(getLocale()).tag(),
                address);
        if (!outcome.ok()) {
            show(outcome.problems());
            return;
        }
        done = true;
        removeAll();
        add(new H1(getTranslation("account.setUp.done.heading")));
        var username = new Paragraph(getTranslation("account.setUp.done.username") + " ");
        var name = Html.code(outcome.username());
        username.add(Html.inEnglish(name));
        add(username, text("account.setUp.done.intro"));
        add(new Paragraph(Html.routerLink("login", getTranslation("account.signInNow"))));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    String titleKey() {
        return done ? "account.setUp.done.heading" : "account.setUp.heading";
    }
}
