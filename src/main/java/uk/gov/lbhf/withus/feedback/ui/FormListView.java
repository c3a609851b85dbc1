package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * The forms this person may fill in, with their versions: each form's audience decides (the same rule as the form
 * page and the pull, FormSummary.isFor), so every signed-in person may open the list, and it says so when it is empty.
 */
@Route("forms")
@Menu(order = 2, title = "nav.forms", icon = "forms")
@PermitAll
class FormListView extends Div implements HasDynamicTitle {

    FormListView(FeedbackFormService forms, PeopleService people) {
        var user = people.currentUser().orElseThrow();
        addClassName("wu-page");
        add(new H1(getTranslation("forms.heading")));
        add(new Paragraph(getTranslation("forms.intro")));
        if (user.has(uk.gov.lbhf.withus.people.Role.COPRODUCTION_TEAM)) {
            add(new Paragraph(Html.routerLink("forms/write", getTranslation("forms.write"))));
        }
        var mine = forms.formsToFillIn(user);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("forms.none")));
        }
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (FormSummary form : mine) {
            var item = new ListItem();
            item.addClassName("wu-card");
            var heading = new H2();
            heading.add(new Anchor("forms/" + form.formKey(), form.titleText().in(getLocale())));
            var description = new Paragraph(
                    form.descriptionText().map(d -> d.in(getLocale())).orElse(""));
            description.setVisible(form.descriptionText().isPresent());
            FormTexts.markLanguage(heading, form.titleText(), getLocale());
            form.descriptionText().ifPresent(d -> FormTexts.markLanguage(description, d, getLocale()));
            item.add(heading, description);
            var meta = new Paragraph(getTranslation("forms.version", form.version()) + " · ");
            meta.add(new Html.Time(
                    form.publishedAt(), getTranslation("materials.published", Dates.shortDay(form.publishedAt()))));
            meta.addClassName("wu-meta");
            item.add(meta);
            if (user.isStaff() && form.formKey().equals("community-event")) {
                item.add(new Paragraph(Html.toOfflineApp(
                        "/offline/capture/" + form.formKey(),
                        getTranslation("forms.startCapture", form.titleText().in(getLocale())))));
            }
            list.add(item);
        }
        if (!mine.isEmpty()) {
            add(list);
        }
        add(new Paragraph(Html.toOfflineApp("/offline/outbox", getTranslation("forms.outboxLink"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forms.title") + " – WithUs";
    }
}
