package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import uk.gov.lbhf.withus.people.SignInAttempt;

/**
 * Sign in. The form posts to Spring Security; a failed attempt comes back with {@code ?error} and one message
 * that does not say whether the username or the password was wrong.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Div errorSummary = new Div();
    private final Paragraph errorMessage = new Paragraph();
    private final Paragraph unconfirmed = new Paragraph();
    private boolean error;

    public LoginView() {
        addClassName("wu-page");
        add(new H1(getTranslation("login.heading")));
        add(new Paragraph(getTranslation("login.intro")));
        // GOV.UK error summary: announced (role=alert), focused on arrival, "Error:" in the title. Our own
        // element rather than the login form's built-in message, which is neither announced nor focusable.
        errorSummary.addClassName("wu-error-summary");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.getElement().setAttribute("tabindex", "-1");
        var errorTitle = new com.vaadin.flow.component.html.H2(getTranslation("login.error.title"));
        errorTitle.setId("login-error-title");
        errorSummary.getElement().setAttribute("aria-labelledby", "login-error-title");
        unconfirmed.setText(getTranslation("login.error.unconfirmed"));
        errorSummary.add(errorTitle, errorMessage, unconfirmed);
        errorSummary.setVisible(false);
        add(errorSummary);
        form.getElement().setProperty("headingLevel", 2); // the page has its own h1
        // No autofocus: a screen reader starts at the top of the page and hears the introduction (GOV.UK advice).
        form.getElement().setAttribute("no-autofocus", true);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(form);
        var others = new com.vaadin.flow.component.html.UnorderedList(
                new com.vaadin.flow.component.html.ListItem(
                        uk.gov.lbhf.withus.base.ui.Html.routerLink("forgot-password", getTranslation("login.forgot"))),
                new com.vaadin.flow.component.html.ListItem(
                        uk.gov.lbhf.withus.base.ui.Html.routerLink("create-account", getTranslation("login.create"))),
                new com.vaadin.flow.component.html.ListItem(
                        uk.gov.lbhf.withus.base.ui.Html.routerLink("set-up-account", getTranslation("login.code"))));
        add(others);
        add(new Paragraph(getTranslation("login.help")));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    /** Exposed for tests: whether the "incorrect details" message is showing. */
    public boolean isShowingError() {
        return error;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        error = parameters.containsKey("error");
        errorSummary.setVisible(error);
        // too many failed sign-ins: said kindly, the same whether the account exists or the password was right
        errorMessage.setText(getTranslation(
                parameters.containsKey("throttled") ? "login.throttled.message" : "login.error.message"));
        unconfirmed.setVisible(!parameters.containsKey("throttled"));
        VaadinSession session = VaadinSession.getCurrent();
        Optional<String> attempted = session != null && session.getSession() instanceof WrappedHttpSession http
                ? SignInAttempt.takeUsername(http.getHttpSession())
                : Optional.empty();
        if (error) {
            errorSummary.getElement().executeJs("this.focus()");
            // The username typed last time, so only the password has to be typed again (WCAG 3.3.7).
            attempted.ifPresent(username -> form.getElement()
                    .executeJs(
                            "customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {"
                                    + " const field = this.querySelector('[name=username]'); if (field) field.value = $0; })",
                            username));
        }
    }

    @Override
    public String getPageTitle() {
        return (error ? getTranslation("form.error.titlePrefix") + " " : "") + getTranslation("login.title")
                + " – WithUs";
    }
}
