package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.feedback.FormAuthoring;
import uk.gov.lbhf.withus.people.PeopleService;

/** Adding a question, one thing per page: first its kind (the next page asks only what that kind needs). */
@Route("forms/write/:key/add")
@RolesAllowed("COPRODUCTION_TEAM")
class QuestionKindView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FormAuthoring authoring;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("question-kind-errors");
    private boolean errors;

    QuestionKindView(FormAuthoring authoring, PeopleService people) {
        this.authoring = authoring;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        if (authoring.draft(people.currentUser().orElseThrow(), key).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(FormWriting.backToDraft(key, getTranslation("formWrite.backToDraft")));
        add(new H1(getTranslation("formWrite.kind.heading")), summary);
        var kind = Fields.radios(
                "question-kind",
                getTranslation("formWrite.kind.legend"),
                getTranslation("formWrite.kind.hint"),
                FormAuthoring.KINDS.stream()
                        .map(k -> new Fields.Option(k, getTranslation("formWrite.kind.choice." + k)))
                        .toList());
        add(kind);
        var next = new NativeButton(getTranslation("formWrite.continue"), e -> {
            if (!FormAuthoring.KINDS.contains(kind.value())) {
                errors = true;
                summary.show(
                        List.of(new ErrorSummary.Error(kind, getTranslation("formWrite.error.kind-missing"))),
                        List.of(kind));
                getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
                return;
            }
            UI.getCurrent().navigate("forms/write/" + key + "/add/" + kind.value());
        });
        next.addClassNames("wu-button", "wu-button-primary");
        add(next);
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "") + getTranslation("formWrite.kind.heading")
                + " – WithUs";
    }
}
