package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.AccountService;
import uk.gov.lbhf.withus.people.AccountService.LinkState;

/**
 * The link in the confirmation email. Opening it does not confirm yet (mail programs open links to check them): the
 * person presses "Confirm my email". An expired or used link says so, with the way to get a new one.
 */
@Route("confirm-email")
@AnonymousAllowed
public class ConfirmEmailView extends AccountPage implements BeforeEnterObserver {

    private final AccountService accounts;
    private String code = "";
    private String heading = "account.confirm.heading";

    public ConfirmEmailView(AccountService accounts) {
        super("confirm-email");
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("code")
                .orElse("");
        LinkState state = accounts.confirmationLink(code);
        removeAll();
        if (state == LinkState.USABLE) {
            heading = "account.confirm.heading";
            add(new H1(getTranslation(heading)), text("account.confirm.intro"));
            add(primary("account.confirm.submit", this::confirm));
        } else {
            heading = showLinkProblem(
                    state, "account.link.confirm.again", "check-your-email", "account.link.confirm.getNew");
        }
    }

    private void confirm() {
        LinkState state = accounts.confirmEmail(code);
        removeAll();
        if (state == LinkState.USABLE) {
            heading = "account.confirm.done.heading";
            add(new H1(getTranslation(heading)), text("account.confirm.done.intro"));
            add(new Paragraph(Html.routerLink("login", getTranslation("account.signInNow"))));
        } else {
            heading = showLinkProblem(
                    state, "account.link.confirm.again", "check-your-email", "account.link.confirm.getNew");
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void linkProblem(LinkState state) {
        heading =
                showLinkProblem(state, "account.link.confirm.again", "check-your-email", "account.link.confirm.getNew");
    }

    @Override
    String titleKey() {
        return heading;
    }
}
