package uk.gov.lbhf.withus.groups;

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
 * Form {@code group-membership} (sync/SPEC.md, vector 017): a resident asks to join a public group, or leaves a group,
 * through the sync push, so that it works offline too. The person may name an open group that is public or that they
 * are in; each accepted answer is recorded in the push's transaction (a replay records nothing twice).
 */
@Component
class GroupMemberships implements OwnedForm, AnswerReferences, ApplicationRunner {

    static final String FORM_KEY = "group-membership";
    private static final Logger log = LoggerFactory.getLogger(GroupMemberships.class);

    private final GroupService groups;
    private final FeedbackFormService forms;

    GroupMemberships(GroupService groups, FeedbackFormService forms) {
        this.groups = groups;
        this.forms = forms;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public String refersTo() {
        return "group";
    }

    @Override
    public boolean canSee(CurrentUser person, String id) {
        try {
            return groups.canJoinOrLeave(Long.parseLong(id), person);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void accepted(Accepted answer) {
        var answers = answer.answers();
        long groupId = Long.parseLong(answers.get("group"));
        if ("leave".equals(answers.get("action"))) {
            groups.left(groupId, answer.personId());
        } else {
            groups.askedToJoin(
                    answer.submissionId(), groupId, answer.personId(), answers.get("message"), answer.capturedAt());
        }
    }

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
            return new ClassPathResource("groups/group-membership.json").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
