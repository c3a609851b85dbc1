package uk.gov.lbhf.withus.rights.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a person lands once their account is erased (they are signed out by then). Says nothing about anyone. */
@Route("account-erased")
@AnonymousAllowed
class AccountErasedView extends Div implements HasDynamicTitle {

    AccountErasedView() {
        addClassName("wu-page");
        var panel = new Div();
        panel.addClassName("wu-panel");
        panel.add(new H1(getTranslation("erased.heading")));
        panel.add(new Paragraph(getTranslation("erased.body")));
        add(panel);
        add(new Paragraph(getTranslation("erased.device")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erased.title") + " – WithUs";
    }
}
