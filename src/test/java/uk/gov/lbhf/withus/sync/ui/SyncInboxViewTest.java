package uk.gov.lbhf.withus.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.inbox.SyncInboxService;
import uk.gov.lbhf.withus.sync.inbox.SyncInboxService.DecisionResult;
import uk.gov.lbhf.withus.sync.push.ConflictDecision;
import uk.gov.lbhf.withus.sync.push.Receipt;
import uk.gov.lbhf.withus.testsupport.AppTest;

@AppTest
class SyncInboxViewTest extends SpringBrowserlessTest {

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Autowired
    uk.gov.lbhf.withus.sync.push.PushService push;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    SyncInboxService inbox;

    @Autowired
    uk.gov.lbhf.withus.sync.pull.PullService pull;

    @Test
    @WithUserDetails("priya")
    void an_officer_sees_the_inbox_and_can_revoke_a_device_which_then_cannot_sync() {
        var leon = people.findUser("leon").orElseThrow();
        String label = "Tablet " + UUID.randomUUID().toString().substring(0, 8);
        String token = devices.register(leon, UUID.randomUUID(), label).token();
        assertThat(devices.authenticate(token)).isPresent();

        navigate(SyncInboxView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Sync inbox");
        var revoke = $(NativeButton.class).all().stream()
                .filter(b -> b.getText().equals("Revoke " + label + " – Leon Hart"))
                .findFirst()
                .orElseThrow();
        test(revoke).click();

        assertThat(devices.authenticate(token)).as("a revoked token").isEmpty();
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(label, "Revoked");
    }

    @Test
    @WithUserDetails("priya")
    void an_officer_marks_a_quarantined_item_as_dealt_with_and_it_leaves_the_list_but_is_kept() {
        var leon = people.findUser("leon").orElseThrow();
        UUID device = UUID.randomUUID();
        devices.register(leon, device, "Leon's phone");
        String id = UUID.randomUUID().toString();
        var batch = tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                {"protocol":1,"deviceId":"%s","submissions":[{"id":"%s","form":{"key":"leaseholder-service","version":42},
                 "capturedAt":"2026-11-20T09:30:00Z","answers":{"service":"repairs"}}]}""".formatted(device, id));
        push.push(batch, new DeviceService.AuthenticatedDevice(device, leon.personId()), leon);
        String reference = "WU-" + id.replace("-", "").substring(0, 4).toUpperCase() + "-"
                + id.replace("-", "").substring(4, 8).toUpperCase();

        navigate(SyncInboxView.class);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(reference, "form version not known");
        var resolve = $(NativeButton.class).all().stream()
                .filter(b -> b.getText().equals("Mark " + reference + " as dealt with (it stays on record)"))
                .findFirst()
                .orElseThrow();
        test(resolve).click();
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains(reference + " is marked as dealt with. It stays on record.")
                .doesNotContain(reference + " – form version not known");
        assertThat(jdbc.queryForObject(
                        "select count(*) from sync_quarantine where submission_id = ?" + " and resolved_at is not null",
                        Long.class,
                        id))
                .as("kept, marked as dealt with")
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("priya")
    void an_officer_chooses_which_copy_of_a_submission_sent_twice_counts_and_can_undo_it_while_both_stay_on_record()
            throws Exception {
        String id = UUID.randomUUID().toString();
        pushAsLeon(
                id,
                "{\"service\":\"repairs\",\"rating\":\"poor\",\"comment\":\"Lift out for nine days\",\"contactConsent\":\"yes\"}");
        var receipt = pushAsLeon(
                id,
                "{\"service\":\"repairs\",\"rating\":\"very-poor\",\"comment\":\"Lift out for ten days\",\"contactConsent\":\"yes\"}");
        assertThat(receipt.status()).isEqualTo(Receipt.Status.conflict);
        String reference = reference(id);

        navigate(SyncInboxView.class);
        String page = getCurrentView().getElement().getOuterHTML();
        assertThat(page)
                .contains(
                        reference + " – sent twice with different answers",
                        "First copy",
                        "Later copy",
                        "Lift out for nine days",
                        "Lift out for ten days");
        test(button("Use the later copy of " + reference)).click();

        page = getCurrentView().getElement().getOuterHTML();
        assertThat(page)
                .contains("Saved. For " + reference + " the later copy counts; the first copy stays on record.")
                .contains("Decided by Priya Shah on")
                .doesNotContain("Use the later copy of " + reference);
        assertThat(receivedAnswers(reference)).contains("Lift out for ten days").doesNotContain("nine days");
        assertThat(jdbc.queryForObject(
                        "select decision from sync_conflict where submission_id = ?::uuid", String.class, id))
                .isEqualTo("USE_LATER");
        assertThat(jdbc.queryForObject("select answers from sync_submission where id = ?::uuid", String.class, id))
                .as("the first copy stays on record")
                .contains("nine days");
        assertThat(decisionPulledBy("leon", id))
                .as("Leon's devices learn which copy counts at their next pull")
                .containsEntry("counts", "later")
                .containsEntry("submissionId", id)
                .containsKey("decidedAt");
        assertThat(decisionPulledBy("amara", id)).as("nobody else's devices do").isNull();

        test(button("Undo the decision on " + reference)).click();
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains(
                        "Decision on " + reference + " undone. It needs a decision again.",
                        "Keep the first copy of " + reference,
                        "Use the later copy of " + reference);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sync_conflict where submission_id = ?::uuid" + " and decision is null",
                        Long.class,
                        id))
                .isEqualTo(1);
        assertThat(decisionPulledBy("leon", id))
                .as("an undone decision leaves the snapshot")
                .isNull();

        test(button("Keep the first copy of " + reference)).click();
        assertThat(receivedAnswers(reference)).contains("nine days").doesNotContain("ten days");
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("the first copy counts. The later copy" + " stays on record.");
        assertThat(decisionPulledBy("leon", id)).containsEntry("counts", "first");
        long conflictId =
                jdbc.queryForObject("select id from sync_conflict where submission_id = ?::uuid", Long.class, id);
        assertThat(inbox.decideConflict(
                        conflictId,
                        ConflictDecision.USE_LATER,
                        people.findUser("priya").orElseThrow()))
                .as("a second decision does not overwrite the first")
                .isEqualTo(DecisionResult.ALREADY_DECIDED);
        assertThat(jdbc.queryForObject("select decision from sync_conflict where id = ?", String.class, conflictId))
                .isEqualTo("KEEP_FIRST");
        assertThatThrownBy(() -> inbox.decideConflict(
                        conflictId,
                        ConflictDecision.USE_LATER,
                        people.findUser("leon").orElseThrow()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("priya")
    void a_later_copy_that_is_not_valid_answers_cannot_be_chosen_and_says_why() {
        String id = UUID.randomUUID().toString();
        pushAsLeon(id, "{\"service\":\"repairs\",\"rating\":\"poor\",\"contactConsent\":\"no\"}");
        pushAsLeon(id, "{\"service\":\"repairs\",\"rating\":\"Dreadful\",\"contactConsent\":\"no\"}");
        String reference = reference(id);

        navigate(SyncInboxView.class);
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("The later copy cannot be the one that counts:", "Keep the first copy of " + reference)
                .doesNotContain("Use the later copy of " + reference);
        long conflictId =
                jdbc.queryForObject("select id from sync_conflict where submission_id = ?::uuid", Long.class, id);
        assertThat(inbox.decideConflict(
                        conflictId,
                        ConflictDecision.USE_LATER,
                        people.findUser("priya").orElseThrow()))
                .isEqualTo(DecisionResult.LATER_COPY_NOT_VALID);
        assertThat(jdbc.queryForObject("select decision from sync_conflict where id = ?", String.class, conflictId))
                .isNull();
    }

    private Receipt pushAsLeon(String id, String answers) {
        var leon = people.findUser("leon").orElseThrow();
        var batch = tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                {"protocol":1,"deviceId":"%s","submissions":[{"id":"%s","form":{"key":"leaseholder-service","version":1},
                 "capturedAt":"2026-11-20T09:30:00Z","answers":%s}]}""".formatted(
                        leonsDevice, id, answers));
        return push.push(batch, new DeviceService.AuthenticatedDevice(leonsDevice, leon.personId()), leon)
                .getFirst();
    }

    /** The decision item a full pull gives this person's devices for a submission, or null. */
    private java.util.Map<String, Object> decisionPulledBy(String username, String submissionId) throws Exception {
        var page = pull.pull(people.findUser(username).orElseThrow(), null, 200);
        assertThat(page.path("hasMore").asBoolean()).isFalse();
        assertThat(uk.gov.lbhf.withus.sync.SyncVectorRunner.validate("pull-response", page.toString()))
                .isEmpty();
        for (var change : page.path("changes")) {
            if (change.path("kind").asString().equals("decision")
                    && change.path("key").asString().equals(submissionId)) {
                return tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .convertValue(
                                change.path("data"),
                                new tools.jackson.core.type.TypeReference<java.util.Map<String, Object>>() {});
            }
        }
        return null;
    }

    private final UUID leonsDevice = UUID.randomUUID();

    @org.junit.jupiter.api.BeforeEach
    void registerLeonsDevice() {
        devices.register(people.findUser("leon").orElseThrow(), leonsDevice, "Leon's phone");
    }

    /** Leon's pull is the sync vectors' too (one database per test run): they expect no decisions in it. */
    @org.junit.jupiter.api.AfterEach
    void undoDecisionsOnLeonsDevice() {
        jdbc.update(
                "update sync_conflict set decision = null, decided_at = null, decided_by = null"
                        + " where device_id = ?",
                leonsDevice);
    }

    private NativeButton button(String text) {
        return $(NativeButton.class).all().stream()
                .filter(b -> b.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button " + text));
    }

    /** The answers shown for a submission under "Recently received". */
    private String receivedAnswers(String reference) {
        return $(com.vaadin.flow.component.html.ListItem.class).all().stream()
                .filter(li -> li.getElement().getOuterHTML().contains(reference + " – leaseholder-service"))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getOuterHTML();
    }

    private static String reference(String id) {
        return Receipt.referenceOf(id);
    }

    @Test
    @WithUserDetails("leon")
    void a_leaseholder_cannot_open_the_sync_inbox() {
        assertThatThrownBy(() -> navigate(SyncInboxView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
