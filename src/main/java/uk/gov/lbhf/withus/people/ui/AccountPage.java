package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.people.AccountProblem;

/**
 * What the account pages share: a GOV.UK error summary, fields by the name the service's problems use, the problems'
 * messages from the bundle ({@code account.error.<code>}), and a title that starts "Error:" while there are errors.
 */
abstract class AccountPage extends Div implements HasDynamicTitle {

    protected final ErrorSummary summary;
    protected final Map<String, Fields.Field> fields = new LinkedHashMap<>();
    protected boolean errors;

    AccountPage(String id) {
        addClassName("wu-page");
        summary = new ErrorSummary(id + "-errors");
    }

    /** The page's title key (its h1 says the same). */
    abstract String titleKey();

    protected Fields.Field field(String name, Fields.Field field) {
        fields.put(name, field);
        return field;
    }

    protected NativeButton primary(String key, Runnable action) {
        var button = new NativeButton(getTranslation(key), e -> action.run());
        button.addClassNames("wu-button", "wu-button-primary");
        return button;
    }

    protected Paragraph text(String key, Object... args) {
        return new Paragraph(getTranslation(key, args));
    }

    /**
     * A link from an email that cannot be used any more (expired, used, never sent): says which, how links work, and
     * where to get a new one; and the way back to signing in.
     */
    protected String showLinkProblem(
            uk.gov.lbhf.withus.people.AccountService.LinkState state, String howKey, String newRoute, String newKey) {
        String heading = "account.link." + state.name().toLowerCase(java.util.Locale.ROOT) + ".heading";
        add(new com.vaadin.flow.component.html.H1(getTranslation(heading)));
        add(text(howKey));
        add(new Paragraph(uk.gov.lbhf.withus.base.ui.Html.routerLink(newRoute, getTranslation(newKey))));
        add(new Paragraph(uk.gov.lbhf.withus.base.ui.Html.routerLink("login", getTranslation("account.backToSignIn"))));
        return heading;
    }

    /** Shows the problems in the summary and at their fields (an unknown field's at the first); none clears them. */
    protected void show(List<AccountProblem> problems) {
        List<ErrorSummary.Error> list = new ArrayList<>();
        for (AccountProblem p : problems) {
            var field =
                    fields.getOrDefault(p.field(), fields.values().iterator().next());
            list.add(new ErrorSummary.Error(field, getTranslation("account.error." + p.code())));
        }
        errors = !list.isEmpty();
        summary.show(list, List.copyOf(fields.values()));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "") + getTranslation(titleKey())
                + " – WithUs";
    }
}
