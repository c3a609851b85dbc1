package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.feedback.FormSummary;

/** For staff: the feedback forms in use and their versions (used for event capture and leaseholder feedback). */
@Route("forms")
@Menu(order = 2, title = "nav.forms", icon = "forms")
@RolesAllowed({"OFFICER", "COPRODUCTION_TEAM"})
class FormListView extends Div implements HasDynamicTitle {

    FormListView(FeedbackFormService forms) {
        addClassName("wu-page");
        add(new H1(getTranslation("forms.heading")));
        add(new Paragraph(getTranslation("forms.intro")));
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (FormSummary form : forms.latestForms()) {
            var item = new ListItem();
            item.addClassName("wu-card");
            item.add(new H2(form.title()), new Paragraph(form.description()));
            var meta = new Paragraph(getTranslation("forms.version", form.version()) + " · ");
            meta.add(new Html.Time(form.publishedAt(), getTranslation("materials.published",
                    Dates.shortDay(form.publishedAt()))));
            meta.addClassName("wu-meta");
            item.add(meta);
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forms.title") + " – WithUs";
    }
}
