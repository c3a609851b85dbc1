package uk.gov.lbhf.withus.groups;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.people.CurrentUser;

/**
 * Who attended a meeting (the door for it): once a meeting has started, its organisers (staff and the group's
 * co-chairs) tick who came from the people on its register – the group's members and anyone else who replied – each
 * shown with what they had said; everyone who can see the group reads how many came.
 */
@Service
public class MeetingAttendances {

    private final MeetingAttendanceRepository attendance;
    private final MeetingRepository meetings;
    private final GroupService groups;
    private final Clock clock;

    MeetingAttendances(
            MeetingAttendanceRepository attendance, MeetingRepository meetings, GroupService groups, Clock clock) {
        this.attendance = attendance;
        this.meetings = meetings;
        this.groups = groups;
        this.clock = clock;
    }

    /** A person on a meeting's register: what they replied ("yes", "no", "online", or null) and whether they came. */
    public record Attendee(long personId, String name, String replied, boolean attended) {}

    /** A meeting's register for its organisers. */
    public record Register(MeetingSummary meeting, List<Attendee> people) {}

    /**
     * The register of a meeting that has started, for its organisers; empty for anyone else, for a meeting still to
     * come, and for one that does not exist (they look the same).
     */
    @Transactional(readOnly = true)
    public Optional<Register> toRecord(long meetingId, CurrentUser viewer) {
        return meetings.findById(meetingId)
                .filter(m -> groups.organises(m.getGroupId(), viewer))
                .filter(m -> !m.toSummary().startsAt().isAfter(OffsetDateTime.now(clock)))
                .flatMap(m -> groups.repliesTo(meetingId, viewer).map(answers -> register(m, answers, viewer)));
    }

    private Register register(Meeting meeting, MeetingAnswers answers, CurrentUser viewer) {
        var summary = meeting.toSummary();
        Set<Long> came = attendance.findByMeetingId(meeting.getId()).stream()
                .map(MeetingAttendance::getPersonId)
                .collect(Collectors.toSet());
        Map<Long, Attendee> people = new LinkedHashMap<>();
        var details = groups.details(summary.groupSlug(), viewer).orElseThrow();
        for (Member member : details.members()) {
            people.put(member.personId(), new Attendee(member.personId(), member.displayName(), null, false));
        }
        for (MeetingReplySummary reply : answers.replies()) {
            people.put(reply.personId(), new Attendee(reply.personId(), reply.name(), reply.attending(), false));
        }
        List<Attendee> list = new ArrayList<>();
        people.values().stream()
                .sorted(java.util.Comparator.comparing(Attendee::name))
                .forEach(a -> list.add(new Attendee(a.personId(), a.name(), a.replied(), came.contains(a.personId()))));
        return new Register(summary, list);
    }

    /**
     * An organiser records who came: the people ticked, from the register (anyone else is not on it and is refused);
     * it replaces what was recorded before, all at once.
     */
    @Transactional
    public int record(CurrentUser organiser, long meetingId, Collection<Long> came) {
        var register = toRecord(meetingId, organiser)
                .orElseThrow(() -> new AccessDeniedException("Only the meeting's organisers, once it has started"));
        Set<Long> onRegister =
                register.people().stream().map(Attendee::personId).collect(Collectors.toSet());
        if (!onRegister.containsAll(came)) {
            throw new AccessDeniedException("Not on the meeting's register");
        }
        attendance.deleteAllOfMeeting(meetingId);
        attendance.flush();
        var now = OffsetDateTime.now(clock);
        Set.copyOf(came).forEach(p -> attendance.save(new MeetingAttendance(meetingId, p, organiser.personId(), now)));
        return Set.copyOf(came).size();
    }

    /** How many came to each of these meetings (those with none recorded are left out). */
    @Transactional(readOnly = true)
    public Map<Long, Long> counts(Collection<Long> meetingIds) {
        return meetingIds.isEmpty()
                ? Map.of()
                : attendance.findByMeetingIdIn(meetingIds).stream()
                        .collect(Collectors.groupingBy(MeetingAttendance::getMeetingId, Collectors.counting()));
    }
}
