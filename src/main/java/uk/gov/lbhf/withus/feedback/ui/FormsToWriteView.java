package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.feedback.FormAuthoring;
import uk.gov.lbhf.withus.people.PeopleService;

/** The forms the co-production team writes: each with its latest version and its draft, and "Start a new form". */
@Route("forms/write")
@RolesAllowed("COPRODUCTION_TEAM")
class FormsToWriteView extends Div implements HasDynamicTitle {

    FormsToWriteView(FormAuthoring authoring, PeopleService people) {
        var user = people.currentUser().orElseThrow();
        addClassName("wu-page");
        add(new Paragraph(Html.routerLink("forms", getTranslation("formWrite.backToForms"))));
        add(new H1(getTranslation("formWrite.list.heading")));
        add(new Paragraph(getTranslation("formWrite.list.intro")));
        var start = Html.routerLink("forms/write/new", getTranslation("formWrite.list.start"));
        start.addClassNames("wu-button", "wu-button-primary");
        add(new Paragraph(start));
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (FormAuthoring.Written form : authoring.written(user)) {
            var item = new ListItem();
            item.addClassName("wu-card");
            var heading = new H2(form.title().in(getLocale()));
            FormTexts.markLanguage(heading, form.title(), getLocale());
            item.add(heading);
            var state = new Paragraph(
                    form.version() == 0
                            ? getTranslation("formWrite.list.notPublished")
                            : getTranslation("formWrite.list.version", form.version()));
            state.addClassName("wu-meta");
            if (form.draft()) {
                state.add(" " + getTranslation("formWrite.list.draft"));
            }
            item.add(state);
            String what = form.title().in(getLocale());
            item.add(new Paragraph(FormWriting.changeLink(
                    FormWriting.draftPath(form.formKey()),
                    getTranslation(form.draft() ? "formWrite.list.carryOn" : "formWrite.list.change"),
                    what)));
            if (form.version() > 0) {
                item.add(new Paragraph(FormWriting.changeLink(
                        "forms/" + form.formKey() + "/results", getTranslation("formWrite.list.results"), what)));
            }
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("formWrite.list.heading") + " – WithUs";
    }
}
