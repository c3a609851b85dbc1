package uk.gov.lbhf.withus.about.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.gov.lbhf.withus.sync.RetentionPolicy;

/** What personal data WithUs keeps, why, on what lawful basis, for how long, and people's rights. */
@Route("privacy")
@AnonymousAllowed
class PrivacyNoticeView extends StaticPage {

    PrivacyNoticeView(RetentionPolicy retention) {
        // how long things are kept, from the configuration the retention job applies (never a second copy here)
        super("privacy", java.util.Map.of("privacy.s4.p1", new Object[] {
            RetentionPolicy.months(retention.answers()),
            RetentionPolicy.months(retention.quarantine()),
            RetentionPolicy.months(retention.unusedDevices()),
            retention.unfinishedUploads().getDays()
        }));
    }
}
