package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * A form filled in online. The form itself is the same web component the offline views use
 * (frontend/offline/withus-form.ts): it saves the answers into the device outbox and the sync client sends them,
 * so there is one capture path whether the person is online or not.
 */
@Route("forms/:key")
@PermitAll // who may fill in a form is its audience, the one rule the pull and the push apply too (FormSummary.isFor)
class FeedbackFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackFormService forms;
    private final PeopleService people;
    private String title = "";

    FeedbackFormView(FeedbackFormService forms, PeopleService people) {
        this.forms = forms;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        var user = people.currentUser().orElseThrow();
        FormSummary form = forms.formsToFillIn(user).stream()
                .filter(f -> f.formKey().equals(key))
                .findFirst()
                .orElse(null);
        if (form == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = form.titleText().in(getLocale());
        removeAll();
        var back = new Anchor("forms", getTranslation("forms.back"));
        var heading = new H1(title);
        var description =
                new Paragraph(form.descriptionText().map(d -> d.in(getLocale())).orElse(""));
        description.setVisible(form.descriptionText().isPresent());
        FormTexts.markLanguage(heading, form.titleText(), getLocale());
        form.descriptionText().ifPresent(d -> FormTexts.markLanguage(description, d, getLocale()));
        add(new Paragraph(back), heading, description);
        var offline = new Paragraph(getTranslation("forms.worksOffline") + " ");
        offline.add(Html.toOfflineApp("/offline/forms/" + form.formKey(), getTranslation("forms.offlineLink")));
        offline.addClassName("wu-hint");
        add(offline);
        add(new FormElement(form.toDeviceJson()));
    }

    @Override
    public String getPageTitle() {
        return title + " – WithUs";
    }

    /** The client-side form component. */
    @Tag("withus-form")
    @JsModule("./offline/withus-form.ts")
    static final class FormElement extends com.vaadin.flow.component.Component {
        FormElement(String formJson) {
            getElement().setAttribute("form-json", formJson);
        }
    }
}
