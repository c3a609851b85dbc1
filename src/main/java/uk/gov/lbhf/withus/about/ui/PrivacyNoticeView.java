package uk.gov.lbhf.withus.about.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** What personal data WithUs keeps, why, on what lawful basis, for how long, and people's rights. */
@Route("privacy")
@AnonymousAllowed
class PrivacyNoticeView extends StaticPage {

    PrivacyNoticeView() {
        super("privacy");
    }
}
