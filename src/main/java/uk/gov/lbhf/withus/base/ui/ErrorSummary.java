package uk.gov.lbhf.withus.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The GOV.UK error summary at the top of a Flow form: "There is a problem", then each error as a link to its field.
 * Announced (role=alert) and focused when shown; the same messages are shown at the fields.
 */
public final class ErrorSummary extends Div {

    private final UnorderedList list = new UnorderedList();

    public ErrorSummary(String id) {
        addClassName("wu-error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        var title = new H2(getTranslation("form.error.summary"));
        title.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", id + "-title");
        add(title, list);
        setVisible(false);
    }

    /** An error: the field it belongs to, and the message (shown there too). */
    public record Error(Fields.Field field, String message) {}

    /** Shows these errors here and at their fields (clearing the others), and moves focus here; empty hides it. */
    public void show(List<Error> errors, List<Fields.Field> fields) {
        fields.forEach(Fields.Field::clearError);
        list.removeAll();
        for (Error error : errors) {
            error.field().showError(error.message());
            var link = new Anchor("#" + error.field().controlId(), error.message());
            link.getElement().setAttribute("router-ignore", true);
            // the page has a <base href>: move focus to the field without leaving the page
            link.getElement()
                    .executeJs(
                            "this.addEventListener('click', e => { e.preventDefault();"
                                    + " const f = document.getElementById($0); if (f) { f.focus(); f.scrollIntoView({block: 'center'}); } })",
                            error.field().controlId());
            list.add(new ListItem(link));
        }
        setVisible(!errors.isEmpty());
        if (!errors.isEmpty()) {
            getElement().executeJs("this.focus()");
        }
    }
}
