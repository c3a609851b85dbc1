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
 * Form {@code meeting-reply} (sync/SPEC.md, "Answers that refer to things"): a member says whether they will come to a
 * meeting and what they need to take part. It comes only through the sync push (so a reply made offline waits in the
 * outbox); this class says whether the person may answer the meeting (a member of its group) and records each
 * accepted reply in the push's transaction. The definition is groups/meeting-reply.json, published on start.
 */
@Component
class MeetingReplies implements OwnedForm, AnswerReferences, ApplicationRunner {

    static final String FORM_KEY = "meeting-reply";
    private static final Logger log = LoggerFactory.getLogger(MeetingReplies.class);

    private final GroupService groups;
    private final MeetingReplyRepository replies;
    private final FeedbackFormService forms;

    MeetingReplies(GroupService groups, MeetingReplyRepository replies, FeedbackFormService forms) {
        this.groups = groups;
        this.replies = replies;
        this.forms = forms;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public String refersTo() {
        return "meeting";
    }

    @Override
    public boolean canSee(CurrentUser person, String id) {
        try {
            return groups.canReply(Long.parseLong(id), person);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void accepted(Accepted reply) {
        var answers = reply.answers();
        replies.save(new MeetingReply(
                reply.submissionId(),
                Long.parseLong(answers.get("meeting")),
                reply.personId(),
                answers.get("attending"),
                answers.get("needs"),
                answers.get("otherNeeds"),
                reply.capturedAt(),
                reply.receivedAt()));
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
            return new ClassPathResource("groups/meeting-reply.json").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
