package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.equality.EqualitySection;
import uk.gov.lbhf.withus.feedback.FormAuthoring;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Whether a form carries the equality questions (one thing on the page): what they ask, why, the lawful basis and how
 * the answers are kept, then yes or no. The questions are WithUs's own (the ONS Census 2021 categories, in every
 * language already), so there is nothing to write.
 */
@Route("forms/write/:key/equality")
@RolesAllowed("COPRODUCTION_TEAM")
class EqualityQuestionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FormAuthoring authoring;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("equality-errors");
    private boolean errors;

    EqualityQuestionsView(FormAuthoring authoring, PeopleService people) {
        this.authoring = authoring;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser user = people.currentUser().orElseThrow();
        String key = event.getRouteParameters().get("key").orElse("");
        var draft = authoring.draft(user, key).orElse(null);
        if (draft == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(FormWriting.backToDraft(key, getTranslation("formWrite.backToDraft")));
        var caption = new Paragraph(draft.title().in(getLocale()));
        caption.addClassName("wu-caption");
        FormTexts.markLanguage(caption, draft.title(), getLocale());
        add(caption, new H1(getTranslation("formWrite.equality.heading")), summary);
        add(new Paragraph(getTranslation("formWrite.equality.intro")));
        add(new Paragraph(getTranslation("equality.lawfulBasis")));
        add(new Paragraph(getTranslation("equality.kept")));
        add(new H2(getTranslation("formWrite.equality.asks")));
        var asks = new UnorderedList();
        EqualitySection.questions().keySet().forEach(id -> asks.add(new ListItem(getTranslation("equality." + id))));
        add(asks);
        var choice = Fields.radios(
                "equality",
                getTranslation("formWrite.equality.legend"),
                null,
                List.of(
                        new Fields.Option("yes", getTranslation("formWrite.equality.yes")),
                        new Fields.Option("no", getTranslation("formWrite.equality.no"))));
        choice.preset(draft.equality() ? "yes" : "no");
        add(choice);
        var save = new NativeButton(getTranslation("formWrite.equality.save"), e -> {
            Boolean add = switch (choice.value()) {
                case "yes" -> true;
                case "no" -> false;
                default -> null;
            };
            var outcome = authoring.setEquality(user, key, add);
            if (outcome.value().isPresent()) {
                UI.getCurrent().navigate(FormWriting.draftPath(key));
                return;
            }
            errors = true;
            summary.show(
                    List.of(new ErrorSummary.Error(choice, getTranslation("formWrite.error.equality-missing"))),
                    List.of(choice));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        });
        save.addClassNames("wu-button", "wu-button-primary");
        add(save);
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "")
                + getTranslation("formWrite.equality.heading") + " – WithUs";
    }
}
