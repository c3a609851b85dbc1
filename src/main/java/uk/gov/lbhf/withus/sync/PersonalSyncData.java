package uk.gov.lbhf.withus.sync;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PersonalData;
import uk.gov.lbhf.withus.sync.devices.Device;
import uk.gov.lbhf.withus.sync.devices.DeviceRepository;
import uk.gov.lbhf.withus.sync.devices.RecentSignIns;
import uk.gov.lbhf.withus.sync.push.QuarantinedItem;
import uk.gov.lbhf.withus.sync.push.QuarantinedItemRepository;
import uk.gov.lbhf.withus.sync.push.Receipt;
import uk.gov.lbhf.withus.sync.push.SubmissionRepository;

/**
 * What sync holds about one person, for that person only: their right of access (the rights module's page) and
 * their right to erasure. Erasure deletes what they sent for themselves, their devices and the files only they sent;
 * answers they collected from other residents at an event are those residents' words, so they are kept with the
 * link to the erased account left empty.
 */
@Service
@Transactional(readOnly = true)
public class PersonalSyncData implements PersonalData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SubmissionRepository submissions;
    private final QuarantinedItemRepository quarantine;
    private final DeviceRepository devices;
    private final RecentSignIns recent;
    private final EntityManager entities;

    public PersonalSyncData(
            SubmissionRepository submissions,
            QuarantinedItemRepository quarantine,
            DeviceRepository devices,
            RecentSignIns recent,
            EntityManager entities) {
        this.submissions = submissions;
        this.quarantine = quarantine;
        this.devices = devices;
        this.recent = recent;
        this.entities = entities;
    }

    public record Answer(
            String reference,
            String formKey,
            int formVersion,
            String mode,
            OffsetDateTime capturedAt,
            OffsetDateTime receivedAt,
            String answersJson,
            int files) {}

    /** An item not stored: {@code code} is the stable code of its first problem (people read it worded in their language). */
    public record NotStored(
            String reference, OffsetDateTime receivedAt, String code, String reason, String contentJson) {}

    public record DeviceRecord(
            String label, OffsetDateTime registeredAt, OffsetDateTime lastSeenAt, OffsetDateTime revokedAt) {}

    public record Mine(List<Answer> answers, List<NotStored> notStored, List<DeviceRecord> devices) {}

    /** Everything of the signed-in person's: their answers with their references, what was refused, their devices. */
    public Mine of(CurrentUser who) {
        var answers = submissions.findByPersonIdOrderByReceivedAtDesc(who.personId()).stream()
                .map(s -> new Answer(
                        Receipt.referenceOf(s.getId().toString()),
                        s.getFormKey(),
                        s.getFormVersion(),
                        s.getCaptureMode().name().toLowerCase(Locale.ROOT),
                        s.getCapturedAt(),
                        s.getReceivedAt(),
                        s.getAnswers(),
                        s.getAttachments().size()))
                .toList();
        var notStored = quarantine.findByPersonIdOrderByReceivedAtDesc(who.personId()).stream()
                .map(q -> new NotStored(
                        q.getSubmissionId() != null && q.getSubmissionId().length() == 36
                                ? Receipt.referenceOf(q.getSubmissionId())
                                : "",
                        q.getReceivedAt(),
                        q.getReasonCode(),
                        q.getReason(),
                        q.getContent()))
                .toList();
        var mine = devices.findByPersonIdOrderByRegisteredAtDesc(who.personId()).stream()
                .map(d -> new DeviceRecord(d.getLabel(), d.getRegisteredAt(), d.getLastSeenAt(), d.getRevokedAt()))
                .toList();
        return new Mine(answers, notStored, mine);
    }

    @Override
    public List<Line> whatErasureDoes(long personId) {
        long own = count(
                "select count(*) from sync_submission where person_id = ?1 and capture_mode = 'PERSONAL'", personId);
        long carried =
                count("select count(*) from sync_submission where person_id = ?1 and capture_mode = 'EVENT'", personId);
        var unstored = quarantinedByKind(personId);
        long files = count(
                "select count(*) from sync_attachment a where a.uploaded_by = ?1 and not exists (select 1"
                        + " from sync_submission_attachment sa join sync_submission s on s.id = sa.submission_id"
                        + " where sa.sha256 = a.sha256 and (s.person_id is null or s.person_id <> ?1"
                        + " or s.capture_mode = 'EVENT'))",
                personId);
        long deviceCount = count("select count(*) from sync_device where person_id = ?1", personId);
        return List.of(
                new Line("sync.answers", own, Outcome.DELETED),
                new Line("sync.notStored", unstored.own().size(), Outcome.DELETED),
                new Line("sync.files", files, Outcome.DELETED),
                new Line("sync.devices", deviceCount, Outcome.DELETED),
                new Line("sync.eventAnswers", carried + unstored.carried().size(), Outcome.KEPT_ANONYMISED));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Line> erase(long personId) {
        List<Line> lines = whatErasureDoes(personId);
        var unstored = quarantinedByKind(personId);
        List<UUID> deviceIds = devices.findByPersonIdOrderByRegisteredAtDesc(personId).stream()
                .map(Device::getId)
                .toList();
        // what they carried for others: kept, unlinked (copies and unstorable items of event answers included)
        run(
                "update sync_conflict set person_id = null, device_id = null where person_id = ?1 and submission_id in"
                        + " (select id from sync_submission where person_id = ?1 and capture_mode = 'EVENT')",
                personId);
        run(
                "update sync_submission set person_id = null, device_id = null where person_id = ?1"
                        + " and capture_mode = 'EVENT'",
                personId);
        if (!unstored.carried().isEmpty()) {
            entities.createNativeQuery("update sync_quarantine set person_id = null, device_id = null where id in ?1")
                    .setParameter(1, unstored.carried())
                    .executeUpdate();
        }
        // their own: deleted (their files too, unless a kept answer uses the same file)
        run(
                "delete from sync_conflict where person_id = ?1 or submission_id in"
                        + " (select id from sync_submission where person_id = ?1)",
                personId);
        run("delete from sync_submission where person_id = ?1", personId); // its attachment rows go with it
        run("delete from sync_quarantine where person_id = ?1", personId);
        run(
                "delete from sync_attachment a where a.uploaded_by = ?1 and not exists"
                        + " (select 1 from sync_submission_attachment sa where sa.sha256 = a.sha256)",
                personId);
        run("update sync_attachment set uploaded_by = null where uploaded_by = ?1", personId);
        run("update sync_device set revoked_by = null where revoked_by = ?1", personId);
        run("update sync_quarantine set resolved_by = null where resolved_by = ?1", personId);
        run("delete from sync_device where person_id = ?1", personId);
        deviceIds.forEach(recent::forget);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deviceIds.forEach(recent::forget); // a token remembered meanwhile stops working now
            }
        });
        return lines;
    }

    private record Unstored(List<Long> own, List<Long> carried) {}

    /** Items that could not be stored, split by whether they were the person's own or collected at an event. */
    private Unstored quarantinedByKind(long personId) {
        List<Long> own = new ArrayList<>();
        List<Long> carried = new ArrayList<>();
        for (QuarantinedItem q : quarantine.findByPersonIdOrderByReceivedAtDesc(personId)) {
            (isEventCapture(q.getContent()) ? carried : own).add(q.getId());
        }
        return new Unstored(own, carried);
    }

    private static boolean isEventCapture(String content) {
        try {
            return "event".equals(JSON.readTree(content).path("mode").asString(""));
        } catch (JacksonException e) {
            return false; // not even JSON: nobody's words can be told apart in it; it goes with the account
        }
    }

    private long count(String sql, long personId) {
        return ((Number) entities.createNativeQuery(sql)
                        .setParameter(1, personId)
                        .getSingleResult())
                .longValue();
    }

    private void run(String sql, long personId) {
        entities.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
    }
}
