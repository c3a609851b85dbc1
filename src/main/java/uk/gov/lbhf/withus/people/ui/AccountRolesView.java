package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.AccountService;
import uk.gov.lbhf.withus.people.AccountSummary;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;

/** One account's roles, given by the co-production team; the person's sessions end so the new roles apply at once. */
@Route("accounts/:id")
@RolesAllowed("COPRODUCTION_TEAM")
public class AccountRolesView extends AccountPage implements BeforeEnterObserver {

    private final AccountService accounts;
    private final PeopleService people;
    private final Map<Role, Fields.Field> boxes = new LinkedHashMap<>();
    private final Paragraph saved = new Paragraph();
    private CurrentUser viewer;
    private AccountSummary account;

    public AccountRolesView(AccountService accounts, PeopleService people) {
        super("account-roles");
        this.accounts = accounts;
        this.people = people;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = people.currentUser().orElseThrow();
        account = event.getRouteParameters()
                .get("id")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> accounts.account(viewer, Long.parseLong(id)))
                .orElse(null);
        if (account == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        fields.clear();
        boxes.clear();
        add(new Paragraph(Html.routerLink("accounts", getTranslation("accounts.heading"))));
        add(Html.inEnglish(new H1(account.displayName())), summary);
        saved.getElement().setAttribute("role", "status");
        saved.addClassName("wu-inset");
        saved.setVisible(false);
        add(saved);
        var facts = new DescriptionList();
        facts.addClassName("wu-facts");
        facts.add(new DescriptionList.Term(getTranslation("accounts.username")));
        facts.add(Html.inEnglish(new DescriptionList.Description(account.username())));
        facts.add(new DescriptionList.Term(getTranslation("account.email")));
        facts.add(
                account.email() == null
                        ? new DescriptionList.Description(getTranslation("accounts.noEmail"))
                        : Html.inEnglish(new DescriptionList.Description(account.email())));
        facts.add(new DescriptionList.Term(getTranslation("accounts.state")));
        facts.add(new DescriptionList.Description(getTranslation(
                !account.enabled()
                        ? "accounts.notOpen"
                        : account.emailConfirmed() ? "accounts.confirmed" : "accounts.open")));
        add(facts);

        var fieldset = new Element("fieldset");
        fieldset.getClassList().add("wu-fieldset");
        fieldset.setAttribute("id", "account-roles");
        var legend = new Element("legend");
        legend.getClassList().add("wu-legend");
        legend.setText(getTranslation("accounts.roles.legend"));
        fieldset.appendChild(legend);
        for (Role role : Role.values()) {
            var box = Fields.checkbox(
                    "role-" + role.name().toLowerCase(java.util.Locale.ROOT),
                    getTranslation("accounts.role." + role.name()));
            box.check(account.roles().contains(role));
            boxes.put(role, box);
            fieldset.appendChild(box.getElement());
        }
        fields.put("roles", boxes.values().iterator().next());
        var holder = new com.vaadin.flow.component.html.Div();
        holder.addClassName("wu-form-group");
        holder.getElement().appendChild(fieldset);
        add(holder);
        add(new Paragraph(getTranslation("accounts.roles.hint")));
        add(primary("accounts.roles.save", this::save));
    }

    private void save() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        boxes.forEach((role, box) -> {
            if (box.checked()) {
                chosen.add(role);
            }
        });
        var outcome = accounts.setRoles(viewer, account.id(), chosen);
        show(outcome.problems());
        if (outcome.ok()) {
            account = accounts.account(viewer, account.id()).orElseThrow();
            saved.setText(getTranslation("accounts.roles.saved"));
            saved.setVisible(true);
        } else {
            saved.setVisible(false);
        }
    }

    @Override
    String titleKey() {
        return "accounts.heading";
    }

    @Override
    public String getPageTitle() {
        return account == null
                ? super.getPageTitle()
                : (errors ? getTranslation("form.error.titlePrefix") + " " : "")
                        + getTranslation("accounts.roles.title", account.displayName()) + " – WithUs";
    }
}
