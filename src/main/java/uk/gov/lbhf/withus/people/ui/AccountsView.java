package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.AccountService;
import uk.gov.lbhf.withus.people.AccountSummary;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * The co-production team finds an account (by a part of its name, username or email) to give it roles: staff and
 * councillor roles are given here only, never chosen by the person.
 */
@Route("accounts")
@RolesAllowed("COPRODUCTION_TEAM")
public class AccountsView extends Div implements HasDynamicTitle {

    private final AccountService accounts;
    private final PeopleService people;
    private final Fields.Field search;
    private final Div results = new Div();

    public AccountsView(AccountService accounts, PeopleService people) {
        this.accounts = accounts;
        this.people = people;
        addClassName("wu-page");
        add(new H1(getTranslation("accounts.heading")));
        add(new Paragraph(getTranslation("accounts.intro")));
        search = Fields.input(
                "accounts-search",
                "search",
                getTranslation("accounts.search"),
                getTranslation("accounts.search.hint"),
                100);
        var find = new NativeButton(getTranslation("accounts.search.submit"), e -> find());
        find.addClassNames("wu-button", "wu-button-primary");
        results.getElement().setAttribute("aria-live", "polite");
        add(search, find, results);
        add(new Paragraph(
                Html.routerLink("accounts/set-up-with-resident", getTranslation("account.assisted.heading"))));
        find();
    }

    private void find() {
        List<AccountSummary> found = accounts.search(people.currentUser().orElseThrow(), search.value());
        results.removeAll();
        results.add(new H2(getTranslation("accounts.found", found.size())));
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (AccountSummary a : found) {
            var item = new ListItem();
            item.addClassName("wu-card");
            item.add(new Paragraph(Html.routerLink("accounts/" + a.id(), a.displayName())));
            var meta = new Paragraph(Html.inEnglish(
                    new com.vaadin.flow.component.html.Span(a.email() == null ? a.username() : a.email())));
            meta.addClassName("wu-meta");
            item.add(meta);
            item.add(new Paragraph(getTranslation("accounts.roles") + " "
                    + a.roles().stream()
                            .sorted()
                            .map(r -> getTranslation("role." + r.name()))
                            .collect(Collectors.joining(", "))));
            if (!a.enabled()) {
                item.add(new Paragraph(getTranslation("accounts.notOpen")));
            }
            list.add(item);
        }
        results.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.heading") + " – WithUs";
    }
}
