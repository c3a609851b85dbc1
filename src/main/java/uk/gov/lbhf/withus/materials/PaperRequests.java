package uk.gov.lbhf.withus.materials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.sync.AnswerReferences;
import uk.gov.lbhf.withus.sync.OwnedForm;

/**
 * Form {@code paper-request} (sync/SPEC.md, "Answers that refer to things"): a person asks, from a paper's page, for
 * that paper in a format or language it is not in yet. Its answers come only through the sync push (so a request
 * made offline waits in the outbox), which asks this class whether the person can see the paper and hands it each
 * accepted request in the push's transaction. The form's definition is materials/paper-request.json, published on
 * start when it is new or changed.
 */
@Component
class PaperRequests implements OwnedForm, AnswerReferences, ApplicationRunner {

    static final String FORM_KEY = "paper-request";
    private static final Logger log = LoggerFactory.getLogger(PaperRequests.class);

    private final MaterialService materials;
    private final PaperRequestRepository requests;
    private final FeedbackFormService forms;

    PaperRequests(MaterialService materials, PaperRequestRepository requests, FeedbackFormService forms) {
        this.materials = materials;
        this.requests = requests;
        this.forms = forms;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public String refersTo() {
        return "material";
    }

    @Override
    public boolean canSee(CurrentUser person, String id) {
        try {
            return materials.canSee(Long.parseLong(id), person);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void accepted(Accepted submission) {
        var answers = submission.answers();
        // the answers were checked against the form (values of its choices) and the paper against the person
        FormatKind kind = FormatKind.fromSlug(answers.get("format")).orElseThrow();
        requests.save(new PaperRequest(
                submission.submissionId(),
                submission.personId(),
                Long.parseLong(answers.get("material")),
                kind == FormatKind.STANDARD && !"en".equals(answers.get("language")) ? FormatKind.TRANSLATED : kind,
                answers.get("language"),
                submission.receivedAt()));
    }

    /** Publishes the form's definition when it is not yet published as it is written (a changed one as a new version). */
    @Override
    public void run(ApplicationArguments args) {
        try {
            forms.publishIfChanged(FORM_KEY, definition(), EnumSet.allOf(Role.class));
        } catch (DataIntegrityViolationException e) {
            log.info("Form {} was published by another server at the same moment", FORM_KEY);
        }
    }

    static String definition() {
        try {
            return new ClassPathResource("materials/paper-request.json").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
