package uk.gov.lbhf.withus.demo;

import java.util.Set;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.people.Role;

/** The two forms the offline capture work starts from (see issue "Offline capture and sync"). */
final class DemoForms {

    private DemoForms() {}

    static void publish(FeedbackFormService forms) {
        forms.publish(
                "community-event",
                "Community event: have your say",
                "For officers to collect residents' views at community events, on a shared device.",
                """
                {"questions":[
                  {"id":"topic","type":"radios","label":"What would you like to tell us about?","required":true,
                   "options":["Housing","Streets and parks","Cost of living","Council services","Something else"]},
                  {"id":"comment","type":"textarea","label":"Tell us in your own words","required":true,"maxLength":2000},
                  {"id":"recording","type":"audio","label":"Or record what you want to say","required":false},
                  {"id":"contactConsent","type":"consent","label":"Can we contact you about what happens next?",
                   "required":true}
                ]}""",
                Set.of(Role.OFFICER, Role.COPRODUCTION_TEAM));
        forms.publish(
                "leaseholder-service",
                "Leaseholder service feedback",
                "Feedback from leaseholders on the services they pay for through their service charge.",
                """
                {"questions":[
                  {"id":"service","type":"radios","label":"Which service is your feedback about?","required":true,
                   "options":["Repairs","Caretaking","Major works","Service charges"]},
                  {"id":"rating","type":"radios","label":"How good was the service?","required":true,
                   "options":["Very good","Good","Neither good nor poor","Poor","Very poor"]},
                  {"id":"comment","type":"textarea","label":"What should we know?","required":false,"maxLength":2000},
                  {"id":"photo","type":"photo","label":"Add a photo","required":false},
                  {"id":"contactConsent","type":"consent","label":"Can we contact you about your feedback?",
                   "required":true}
                ]}""",
                Set.of(Role.LEASEHOLDER, Role.OFFICER, Role.COPRODUCTION_TEAM));
    }
}
