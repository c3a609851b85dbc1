package uk.gov.lbhf.withus.rights.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.rights.ErasureService;

/**
 * "Erase your account": first what will be deleted and what is kept without the person's name, and why; then one
 * confirmation. Erasing signs the person out everywhere and leaves them on a page that says it is done.
 */
@Route("my-data/erase")
@PermitAll
class EraseAccountView extends Div implements HasDynamicTitle {

    private boolean error;

    EraseAccountView(ErasureService erasure, PeopleService people) {
        addClassName("wu-page");
        var who = people.currentUser().orElseThrow();
        var preview = erasure.preview(who);
        var summary = new ErrorSummary("erase-errors");
        add(new H1(getTranslation("erase.heading")), summary);
        if (!preview.allowed()) {
            add(new Paragraph(getTranslation("mydata.erase.councilRole")));
            add(new Paragraph(Html.routerLink("my-data", getTranslation("erase.back"))));
            return;
        }
        add(new Paragraph(getTranslation("erase.intro")));

        var deleted = Html.section("erase-deleted", getTranslation("erase.deleted.heading"));
        deleted.add(new Paragraph(getTranslation("erase.deleted.account")));
        deleted.add(ErasureLines.of(preview.deleted(), "erasure.self", this::getTranslation));
        add(deleted);

        var kept = Html.section("erase-kept", getTranslation("erase.kept.heading"));
        kept.add(ErasureLines.of(preview.kept(), "erasure.self", this::getTranslation));
        kept.add(new Paragraph(getTranslation("erase.kept.responses")));
        add(kept);

        var before = Html.section("erase-before", getTranslation("erase.before.heading"));
        before.add(new Paragraph(getTranslation("erase.before.unsent")));
        var save = new Anchor("/files/my-data.json", getTranslation("erase.before.save"));
        save.getElement().setAttribute("router-ignore", true);
        save.getElement().setAttribute("download", "withus-my-data.json");
        before.add(new Paragraph(save));
        add(before);

        var confirm = Fields.checkbox("erase-confirm", getTranslation("erase.confirm"));
        var button = new NativeButton(getTranslation("erase.button"));
        button.addClassName("wu-button");
        button.addClickListener(e -> {
            if (!confirm.checked()) {
                error = true;
                summary.show(
                        List.of(new ErrorSummary.Error(confirm, getTranslation("erase.error.confirm"))),
                        List.of(confirm));
                UI.getCurrent().getPage().setTitle(getPageTitle());
                return;
            }
            erasure.eraseMyself(who);
            // Every session of the account has ended with the erasure (PeopleService): the next request signs this
            // browser out and lands on the page that says it is done. First the device locks what it still holds.
            button.getElement()
                    .executeJs(
                            "const agent = document.querySelector('withus-sync-agent');"
                                    + " const done = () => { window.location.assign('/account-erased'); };"
                                    + " (agent && agent.beforeSignOut ? agent.beforeSignOut() : Promise.resolve()).then(done, done);");
        });
        add(confirm, button);
        add(new Paragraph(Html.routerLink("my-data", getTranslation("erase.back"))));
    }

    @Override
    public String getPageTitle() {
        return (error ? getTranslation("form.error.titlePrefix") + " " : "") + getTranslation("erase.title")
                + " – WithUs";
    }
}
