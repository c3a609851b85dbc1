package uk.gov.lbhf.withus.rights;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.PersonalData;
import uk.gov.lbhf.withus.people.Role;

/**
 * The right to erasure (UK GDPR Article 17). Every feature that keeps something about a person says what erasure
 * does to it ({@link PersonalData}); the person sees all of it before they confirm. A resident erases their own
 * account; an officer or the co-production team erases one for a resident who asked another way (email, letter,
 * phone, in person). All or nothing, in one transaction, with an audit record of who did what and when.
 */
@Service
public class ErasureService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How the request reached the council. */
    public enum Channel {
        APP,
        EMAIL,
        LETTER,
        PHONE,
        IN_PERSON
    }

    /** Why an erasure cannot go ahead; each has its own message for the person asking. */
    public enum Refusal {
        NO_SUCH_ACCOUNT,
        COUNCIL_ROLE,
        OWN_ACCOUNT,
        DATE_IN_FUTURE,
        DATE_MISSING
    }

    public static final class ErasureRefused extends RuntimeException {

        private final Refusal refusal;

        ErasureRefused(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** What erasure would do: each feature's lines, those with nothing to do left out. */
    public record Preview(CurrentUser account, List<PersonalData.Line> lines, boolean allowed) {

        public List<PersonalData.Line> deleted() {
            return lines.stream()
                    .filter(l -> l.outcome() == PersonalData.Outcome.DELETED)
                    .toList();
        }

        public List<PersonalData.Line> kept() {
            return lines.stream()
                    .filter(l -> l.outcome() == PersonalData.Outcome.KEPT_ANONYMISED)
                    .toList();
        }
    }

    /** One audit record, as staff see it. */
    public record Done(
            long erasedAccountNumber,
            boolean bySelf,
            Channel channel,
            LocalDate requestedOn,
            String actionedBy,
            OffsetDateTime actionedAt,
            List<PersonalData.Line> lines) {}

    private final List<PersonalData> holders;
    private final PeopleService people;
    private final ErasureRecordRepository records;
    private final Clock clock;

    ErasureService(List<PersonalData> holders, PeopleService people, ErasureRecordRepository records, Clock clock) {
        this.holders = holders;
        this.people = people;
        this.records = records;
        this.clock = clock;
    }

    /** Accounts that act for the council are not erased here: the role comes off first (the team's job). */
    public static boolean hasCouncilRole(CurrentUser account) {
        return account.roles().stream().anyMatch(r -> r.isStaff() || r == Role.COUNCILLOR);
    }

    @Transactional(readOnly = true)
    public Preview preview(CurrentUser account) {
        List<PersonalData.Line> lines = new ArrayList<>();
        holders.forEach(h -> h.whatErasureDoes(account.personId()).stream()
                .filter(l -> l.count() > 0)
                .forEach(lines::add));
        return new Preview(account, List.copyOf(lines), !hasCouncilRole(account));
    }

    /** The signed-in person erases their own account (they saw the preview and confirmed). */
    @Transactional
    public Done eraseMyself(CurrentUser me) {
        CurrentUser account =
                people.account(me.personId()).orElseThrow(() -> new ErasureRefused(Refusal.NO_SUCH_ACCOUNT));
        return erase(account, ErasureRecord.RequestedBy.SELF, Channel.APP, LocalDate.now(clock), account.username());
    }

    /** Staff look up an account to erase for a resident who asked another way. */
    @Transactional(readOnly = true)
    @RolesAllowed({"OFFICER", "COPRODUCTION_TEAM"})
    public Preview previewFor(String username, CurrentUser officer) {
        CurrentUser account = people.account(username).orElseThrow(() -> new ErasureRefused(Refusal.NO_SUCH_ACCOUNT));
        if (account.personId() == officer.personId()) {
            throw new ErasureRefused(Refusal.OWN_ACCOUNT);
        }
        return preview(account);
    }

    /** Staff erase the account a resident asked them to erase, saying how and when the request came. */
    @Transactional
    @RolesAllowed({"OFFICER", "COPRODUCTION_TEAM"})
    public Done eraseOnRequest(String username, Channel channel, LocalDate requestedOn, CurrentUser officer) {
        CurrentUser account = people.account(username).orElseThrow(() -> new ErasureRefused(Refusal.NO_SUCH_ACCOUNT));
        if (account.personId() == officer.personId()) {
            throw new ErasureRefused(Refusal.OWN_ACCOUNT);
        }
        if (requestedOn == null) {
            throw new ErasureRefused(Refusal.DATE_MISSING);
        }
        if (requestedOn.isAfter(LocalDate.now(clock))) {
            throw new ErasureRefused(Refusal.DATE_IN_FUTURE);
        }
        return erase(account, ErasureRecord.RequestedBy.STAFF, channel, requestedOn, officer.username());
    }

    @Transactional(readOnly = true)
    @RolesAllowed({"OFFICER", "COPRODUCTION_TEAM"})
    public List<Done> records() {
        return records.findTop100ByOrderByActionedAtDesc().stream()
                .map(ErasureService::done)
                .toList();
    }

    private Done erase(
            CurrentUser account,
            ErasureRecord.RequestedBy requestedBy,
            Channel channel,
            LocalDate requestedOn,
            String actionedBy) {
        if (hasCouncilRole(account)) {
            throw new ErasureRefused(Refusal.COUNCIL_ROLE);
        }
        List<PersonalData.Line> lines = new ArrayList<>();
        for (PersonalData holder : holders) {
            holder.erase(account.personId()).stream().filter(l -> l.count() > 0).forEach(lines::add);
        }
        people.deleteAccount(account.personId());
        var record = records.save(new ErasureRecord(
                account.personId(),
                requestedBy,
                channel,
                requestedOn,
                actionedBy,
                OffsetDateTime.now(clock),
                JSON.writeValueAsString(lines)));
        return done(record);
    }

    private static Done done(ErasureRecord r) {
        List<PersonalData.Line> lines = JSON.readValue(r.getSummary(), new TypeReference<List<PersonalData.Line>>() {});
        return new Done(
                r.getErasedPersonId(),
                r.getRequestedBy() == ErasureRecord.RequestedBy.SELF,
                r.getChannel(),
                r.getRequestedOn(),
                r.getActionedBy(),
                r.getActionedAt(),
                lines);
    }

    /** For tests and the staff page: the channels a member of staff can record (the app is the person's own). */
    public static List<Channel> staffChannels() {
        return List.of(Channel.EMAIL, Channel.LETTER, Channel.PHONE, Channel.IN_PERSON);
    }
}
