package uk.gov.lbhf.withus.people.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.AccountService;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * An officer sets up an account with a resident, at an event or a drop-in: the resident's name and, if they want it
 * used, their email. The officer gets a username and a one-time code to give the resident, who chooses their own
 * password with it on their own phone ({@link SetUpAccountView}); the officer never knows it.
 */
@Route("accounts/set-up-with-resident")
@RolesAllowed({"OFFICER", "COPRODUCTION_TEAM"})
public class SetUpWithResidentView extends AccountPage {

    private final AccountService accounts;
    private final PeopleService people;
    private boolean done;

    public SetUpWithResidentView(AccountService accounts, PeopleService people) {
        super("set-up-with-resident");
        this.accounts = accounts;
        this.people = people;
        add(new H1(getTranslation("account.assisted.heading")), summary);
        add(text("account.assisted.intro"));
        add(field(
                "name",
                Fields.input(
                        "assisted-name",
                        "text",
                        getTranslation("account.assisted.name"),
                        getTranslation("account.name.hint"),
                        120)));
        add(field(
                "email",
                Fields.input(
                        "assisted-email",
                        "email",
                        getTranslation("account.assisted.email"),
                        getTranslation("account.assisted.email.hint"),
                        254)));
        add(primary("account.assisted.submit", this::create));
    }

    private void create() {
        var viewer = people.currentUser().orElseThrow();
        var outcome = accounts.setUpWithResident(
                viewer, fields.get("name").value(), fields.get("email").value());
        if (outcome.code().isEmpty()) {
            // the officer types someone else's name: the message says whose
            show(outcome.problems().stream()
                    .map(p -> p.code().equals("name-missing")
                            ? new uk.gov.lbhf.withus.people.AccountProblem(p.field(), "resident-name-missing")
                            : p)
                    .toList());
            return;
        }
        var code = outcome.code().get();
        done = true;
        removeAll();
        add(new H1(getTranslation("account.assisted.done.heading")));
        add(text("account.assisted.done.intro"));
        var facts = new DescriptionList();
        facts.addClassName("wu-facts");
        facts.add(new DescriptionList.Term(getTranslation("account.assisted.done.username")));
        facts.add(Html.inEnglish(new DescriptionList.Description(Html.code(code.username()))));
        facts.add(new DescriptionList.Term(getTranslation("account.assisted.done.code")));
        facts.add(Html.inEnglish(new DescriptionList.Description(Html.code(code.code()))));
        facts.add(new DescriptionList.Term(getTranslation("account.assisted.done.until")));
        var until = code.expiresAt().atZone(ZoneId.of("Europe/London")).toOffsetDateTime();
        facts.add(new DescriptionList.Description(new Html.Time(until, Dates.day(until) + ", " + Dates.time(until))));
        add(facts);
        add(new H2(getTranslation("account.assisted.done.next")));
        add(text("account.assisted.done.step1"), text("account.assisted.done.step2"));
        var again = new Anchor("accounts/set-up-with-resident", getTranslation("account.assisted.another"));
        again.getElement().setAttribute("router-ignore", true); // a new, empty form
        add(new Paragraph(again));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    String titleKey() {
        return done ? "account.assisted.done.heading" : "account.assisted.heading";
    }
}
