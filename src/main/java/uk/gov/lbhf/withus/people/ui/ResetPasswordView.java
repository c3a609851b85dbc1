package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.AccountService;
import uk.gov.lbhf.withus.people.AccountService.LinkState;

/** The link in the reset email: choose a new password. An expired or used link says so and offers a new one. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends AccountPage implements BeforeEnterObserver {

    private final AccountService accounts;
    private String code = "";
    private String heading = "account.reset.heading";

    public ResetPasswordView(AccountService accounts) {
        super("reset-password");
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("code")
                .orElse("");
        LinkState state = accounts.resetLink(code);
        removeAll();
        fields.clear();
        if (state != LinkState.USABLE) {
            heading =
                    showLinkProblem(state, "account.link.reset.again", "forgot-password", "account.link.reset.getNew");
            return;
        }
        heading = "account.reset.heading";
        add(new H1(getTranslation(heading)), summary);
        add(field(
                        "password",
                        Fields.input(
                                "reset-password",
                                "password",
                                getTranslation("account.password.new"),
                                getTranslation("account.password.hint"),
                                256))
                .autocomplete("new-password"));
        add(primary("account.reset.submit", this::reset));
    }

    private void reset() {
        var outcome = accounts.resetPassword(code, fields.get("password").value());
        if (!outcome.ok()) {
            show(outcome.problems());
            return;
        }
        removeAll();
        heading = "account.reset.done.heading";
        add(new H1(getTranslation(heading)), text("account.reset.done.intro"));
        add(new Paragraph(Html.routerLink("login", getTranslation("account.signInNow"))));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    String titleKey() {
        return heading;
    }
}
