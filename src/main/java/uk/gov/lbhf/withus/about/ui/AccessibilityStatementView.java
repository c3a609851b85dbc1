package uk.gov.lbhf.withus.about.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The accessibility statement UK public-sector regulations (2018) require. Open to everyone. */
@Route("accessibility")
@AnonymousAllowed
class AccessibilityStatementView extends StaticPage {

    AccessibilityStatementView() {
        super("a11y");
    }
}
