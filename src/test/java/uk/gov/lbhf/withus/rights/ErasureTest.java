package uk.gov.lbhf.withus.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.PersonalData;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.push.PushService;
import uk.gov.lbhf.withus.testsupport.AppTest;

/**
 * Right to erasure: what is deleted, what is kept without a link and why, all of it or nothing, an audit record, and
 * nobody else's data touched. Checked in the database, not through the service's own answers.
 */
@AppTest
class ErasureTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ErasureService erasure;

    @Autowired
    PeopleService people;

    @Autowired
    DeviceService devices;

    @Autowired
    PushService push;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_resident_erases_their_account_their_own_answers_go_what_they_collected_at_an_event_stays_unlinked() {
        CurrentUser dana = newResident();
        CurrentUser leon = people.findUser("leon").orElseThrow();
        long group = jdbc.queryForObject("select min(id) from coproduction_group", Long.class);
        jdbc.update(
                "insert into group_membership (group_id, person_id, role) values (?, ?, 'RESIDENT')",
                group,
                dana.personId());
        UUID phone = UUID.randomUUID();
        String token = devices.register(dana, phone, "Dana's phone").token();
        String own = UUID.randomUUID().toString();
        String collected = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        push(dana, phone, own, "personal", 1);
        push(dana, phone, collected, "event", 1);
        push(dana, phone, refused, "personal", 99); // an unknown form version: quarantined
        UUID leonsPhone = UUID.randomUUID();
        devices.register(leon, leonsPhone, "Leon's phone");
        String leons = UUID.randomUUID().toString();
        push(leon, leonsPhone, leons, "personal", 1);

        var preview = erasure.preview(dana);
        assertThat(preview.allowed()).isTrue();
        assertThat(preview.deleted())
                .extracting(PersonalData.Line::key, PersonalData.Line::count)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("groups.memberships", 1L),
                        org.assertj.core.groups.Tuple.tuple("sync.answers", 1L),
                        org.assertj.core.groups.Tuple.tuple("sync.notStored", 1L),
                        org.assertj.core.groups.Tuple.tuple("sync.devices", 1L));
        assertThat(preview.kept())
                .extracting(PersonalData.Line::key, PersonalData.Line::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sync.eventAnswers", 1L));

        var done = erasure.eraseMyself(dana);

        assertThat(count("select count(*) from person where id = ?", dana.personId()))
                .isZero();
        assertThat(count("select count(*) from person_role where person_id = ?", dana.personId()))
                .isZero();
        assertThat(count("select count(*) from group_membership where person_id = ?", dana.personId()))
                .isZero();
        assertThat(count("select count(*) from sync_device where person_id = ?", dana.personId()))
                .isZero();
        assertThat(count("select count(*) from sync_quarantine where person_id = ?", dana.personId()))
                .isZero();
        assertThat(count("select count(*) from sync_submission where id = ?", UUID.fromString(own)))
                .as("her own answer is deleted")
                .isZero();
        assertThat(jdbc.queryForMap(
                        "select person_id, device_id from sync_submission where id = ?", UUID.fromString(collected)))
                .as("what she collected from another resident is kept, unlinked")
                .containsEntry("PERSON_ID", null)
                .containsEntry("DEVICE_ID", null);
        assertThat(count(
                        "select count(*) from sync_submission where id = ? and person_id = ?",
                        UUID.fromString(leons),
                        leon.personId()))
                .as("nobody else's answers are touched")
                .isOne();
        assertThat(devices.authenticate(token))
                .as("her device can no longer send")
                .isEmpty();

        var audit = jdbc.queryForMap("select * from erasure_record where erased_person_id = ?", dana.personId());
        assertThat(audit)
                .containsEntry("REQUESTED_BY", "SELF")
                .containsEntry("REQUEST_CHANNEL", "APP")
                .containsEntry("ACTIONED_BY", dana.username());
        assertThat(audit.toString()).as("the audit record holds no name").doesNotContain("Dana Example");
        assertThat(done.lines()).extracting(PersonalData.Line::key).contains("sync.answers", "sync.eventAnswers");
    }

    @Test
    @WithUserDetails("priya")
    void an_officer_erases_an_account_for_a_resident_who_phoned_and_the_audit_record_says_who_how_and_when() {
        CurrentUser casey = newResident();
        CurrentUser priya = people.findUser("priya").orElseThrow();
        LocalDate phoned = LocalDate.now().minusDays(3);
        erasure.eraseOnRequest(casey.username(), ErasureService.Channel.PHONE, phoned, priya);

        assertThat(people.account(casey.personId())).isEmpty();
        assertThat(erasure.records()).anySatisfy(r -> {
            assertThat(r.erasedAccountNumber()).isEqualTo(casey.personId());
            assertThat(r.bySelf()).isFalse();
            assertThat(r.actionedBy()).isEqualTo("priya");
            assertThat(r.channel()).isEqualTo(ErasureService.Channel.PHONE);
            assertThat(r.requestedOn()).isEqualTo(phoned);
        });
    }

    @Test
    @WithUserDetails("priya")
    void council_accounts_own_accounts_unknown_usernames_and_future_dates_are_refused_and_nothing_is_deleted() {
        CurrentUser priya = people.findUser("priya").orElseThrow();
        CurrentUser ellis = newResident();
        assertThat(refusal(() -> erasure.eraseOnRequest("sam", ErasureService.Channel.EMAIL, LocalDate.now(), priya)))
                .isEqualTo(ErasureService.Refusal.COUNCIL_ROLE);
        assertThat(erasure.preview(people.findUser("jo").orElseThrow()).allowed())
                .as("a councillor")
                .isFalse();
        assertThat(refusal(() -> erasure.eraseMyself(people.findUser("sam").orElseThrow())))
                .isEqualTo(ErasureService.Refusal.COUNCIL_ROLE);
        assertThat(refusal(() -> erasure.previewFor("priya", priya))).isEqualTo(ErasureService.Refusal.OWN_ACCOUNT);
        assertThat(refusal(() -> erasure.previewFor("nobody-" + UUID.randomUUID(), priya)))
                .isEqualTo(ErasureService.Refusal.NO_SUCH_ACCOUNT);
        assertThat(refusal(() -> erasure.eraseOnRequest(
                        ellis.username(),
                        ErasureService.Channel.LETTER,
                        LocalDate.now().plusDays(2),
                        priya)))
                .isEqualTo(ErasureService.Refusal.DATE_IN_FUTURE);
        assertThat(people.account("sam")).isPresent();
        assertThat(people.account(ellis.personId()))
                .as("a refused erasure deletes nothing")
                .isPresent();
    }

    @Test
    @WithUserDetails("leon")
    void a_resident_cannot_erase_someone_elses_account_or_read_the_audit_record() {
        CurrentUser leon = people.findUser("leon").orElseThrow();
        assertThatThrownBy(() -> erasure.eraseOnRequest("amara", ErasureService.Channel.EMAIL, LocalDate.now(), leon))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> erasure.records()).isInstanceOf(AccessDeniedException.class);
        assertThat(people.account("amara")).isPresent();
    }

    private CurrentUser newResident() {
        String username = "erase-" + UUID.randomUUID().toString().substring(0, 8);
        people.createAccount(
                username, "Dana Example", "a long enough password 42", Set.of(Role.RESIDENT, Role.LEASEHOLDER));
        return people.findUser(username).orElseThrow();
    }

    private void push(CurrentUser who, UUID device, String id, String mode, int version) {
        var batch = JSON.readTree("""
                {"protocol":1,"deviceId":"%s","submissions":[{"id":"%s","form":{"key":"leaseholder-service","version":%d},
                 "capturedAt":"2026-11-20T09:30:00Z","mode":"%s","answers":{"service":"repairs","rating":"poor",
                 "contactConsent":"no"}}]}""".formatted(device, id, version, mode));
        push.push(batch, new DeviceService.AuthenticatedDevice(device, who.personId()), who);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static ErasureService.Refusal refusal(Runnable action) {
        try {
            action.run();
        } catch (ErasureService.ErasureRefused refused) {
            return refused.refusal();
        }
        throw new AssertionError("not refused");
    }
}
