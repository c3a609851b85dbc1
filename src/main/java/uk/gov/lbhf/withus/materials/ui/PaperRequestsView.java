package uk.gov.lbhf.withus.materials.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.materials.FormatKind;
import uk.gov.lbhf.withus.materials.FormatOption;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.materials.PaperRequestSummary;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Papers asked for: what residents asked for from a paper's page (a format or a language it was not in), counted per
 * paper, format and language, the longest waiting first, and whether it is offered now. Read-only; councillors see
 * it for oversight. Who asked is not shown: the team needs what, how many and since when.
 */
@Route("paper-requests")
@RolesAllowed({"OFFICER", "COPRODUCTION_TEAM", "COUNCILLOR"})
class PaperRequestsView extends Div implements HasDynamicTitle {

    PaperRequestsView(MaterialService materials, PeopleService people) {
        addClassName("wu-page");
        add(new H1(getTranslation("paperRequests.heading")));
        add(new Paragraph(getTranslation("paperRequests.intro")));
        var requests = materials.paperRequests(people.currentUser().orElseThrow());
        if (requests.isEmpty()) {
            add(new Paragraph(getTranslation("paperRequests.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (PaperRequestSummary r : requests) {
            var card = new ListItem();
            card.addClassName("wu-card");
            var heading = new H2(Html.routerLink("materials/" + r.materialId(), r.title()));
            Html.inEnglish(heading); // a paper's title is written in English
            card.add(heading);
            var facts = new DescriptionList();
            facts.addClassName("wu-summary-list");
            fact(facts, "paperRequests.group", r.groupName());
            fact(facts, "paperRequests.askedFor", askedFor(r));
            fact(facts, "paperRequests.people", getTranslation("paperRequests.count", r.count()));
            fact(facts, "paperRequests.firstAsked", Dates.day(r.firstAsked()));
            fact(facts, "paperRequests.lastAsked", Dates.day(r.lastAsked()));
            fact(
                    facts,
                    "paperRequests.status",
                    getTranslation(r.offeredNow() ? "paperRequests.status.offered" : "paperRequests.status.waiting"));
            card.add(facts);
            list.add(card);
        }
        add(list);
    }

    private String askedFor(PaperRequestSummary r) {
        String language =
                FormatLabels.label(this, new FormatOption(0, FormatKind.TRANSLATED, r.language(), null, 0, null));
        return r.kind() == FormatKind.TRANSLATED
                ? language
                : getTranslation("format." + r.kind().name()) + " · " + language;
    }

    private void fact(DescriptionList facts, String key, String value) {
        var row = new Div(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        facts.add(row);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("paperRequests.heading") + " – WithUs";
    }
}
