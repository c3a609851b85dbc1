package uk.gov.lbhf.withus.sync.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.inbox.FormResults;

/**
 * Every published form, each leading to its results: where officers and councillors (who oversee, and see the counts
 * only) find what people said. The co-production team reaches the same pages from the forms it writes.
 */
@Route("results")
@RolesAllowed({"OFFICER", "COPRODUCTION_TEAM", "COUNCILLOR"})
class ResultsListView extends Div implements HasDynamicTitle {

    ResultsListView(FeedbackFormService forms, PeopleService people) {
        var viewer = people.currentUser().orElseThrow();
        addClassName("wu-page");
        add(new H1(getTranslation("resultsList.heading")));
        add(new Paragraph(getTranslation(
                FormResults.seesAnswers(viewer) ? "resultsList.intro.staff" : "resultsList.intro.councillor")));
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (FormSummary form : forms.latestForms()) {
            var item = new ListItem();
            item.addClassName("wu-card");
            var heading = new H2();
            var title = form.titleText();
            var link = new Anchor("forms/" + form.formKey() + "/results", title.in(getLocale()));
            String language = title.languageFor(getLocale());
            if (!language.equals(getLocale().getLanguage())) {
                link.getElement().setAttribute("lang", language);
            }
            heading.add(link);
            item.add(heading);
            var meta = new Paragraph(getTranslation("forms.version", form.version()));
            meta.addClassName("wu-meta");
            item.add(meta);
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resultsList.heading") + " – WithUs";
    }
}
