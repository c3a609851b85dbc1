package uk.gov.lbhf.withus.groups;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * The door to co-production groups. Every read takes the viewer and answers only with what they may see: public
 * groups, groups they belong to, and (for staff who run groups) every group.
 */
@Service
@Transactional(readOnly = true)
public class GroupService {

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final MeetingRepository meetings;
    private final MeetingReplyRepository replies;
    private final JoinRequestRepository joinRequests;
    private final InvitationRepository invitations;
    private final ArrangedNeedRepository arrangedNeeds;
    private final PeopleService people;
    private final Clock clock;

    GroupService(
            GroupRepository groups,
            MembershipRepository memberships,
            MeetingRepository meetings,
            MeetingReplyRepository replies,
            JoinRequestRepository joinRequests,
            InvitationRepository invitations,
            ArrangedNeedRepository arrangedNeeds,
            PeopleService people,
            Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.meetings = meetings;
        this.replies = replies;
        this.joinRequests = joinRequests;
        this.invitations = invitations;
        this.arrangedNeeds = arrangedNeeds;
        this.people = people;
        this.clock = clock;
    }

    public List<GroupSummary> visibleGroups(CurrentUser viewer) {
        List<CoproductionGroup> found =
                viewer.isStaff() ? groups.findAllByOrderByNameAsc() : groups.findVisibleTo(viewer.personId());
        return found.stream().map(CoproductionGroup::toSummary).toList();
    }

    public List<GroupSummary> groupsOf(CurrentUser viewer) {
        return groups.findMemberOf(viewer.personId()).stream()
                .map(CoproductionGroup::toSummary)
                .toList();
    }

    public boolean canView(long groupId, CurrentUser viewer) {
        return groups.findById(groupId).filter(group -> canView(group, viewer)).isPresent();
    }

    public Optional<GroupSummary> findVisible(long groupId, CurrentUser viewer) {
        return groups.findById(groupId).filter(group -> canView(group, viewer)).map(CoproductionGroup::toSummary);
    }

    /** The group page, or empty when it does not exist or the viewer may not see it (the two look the same). */
    public Optional<GroupDetails> details(String slug, CurrentUser viewer) {
        return groups.findBySlug(slug).filter(group -> canView(group, viewer)).map(group -> {
            List<Membership> members = memberships.findByGroupId(group.getId());
            Map<Long, String> names = people.displayNames(
                    members.stream().map(Membership::getPersonId).toList());
            List<Member> memberList = members.stream()
                    .map(m -> new Member(m.getPersonId(), names.getOrDefault(m.getPersonId(), "?"), m.getRole()))
                    .sorted(Comparator.comparing(Member::role).thenComparing(Member::displayName))
                    .toList();
            OffsetDateTime now = OffsetDateTime.now(clock);
            var upcoming =
                    meetings.findByGroupIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(group.getId(), now).stream()
                            .map(Meeting::toSummary)
                            .toList();
            var past = meetings.findByGroupIdAndStartsAtLessThanOrderByStartsAtDesc(group.getId(), now).stream()
                    .map(Meeting::toSummary)
                    .toList();
            boolean isMember = memberList.stream().anyMatch(m -> m.personId() == viewer.personId());
            return new GroupDetails(group.toSummary(), isMember, memberList, upcoming, past);
        });
    }

    /** The next meetings of the viewer's own groups, soonest first. */
    public List<MeetingSummary> nextMeetingsFor(CurrentUser viewer, int max) {
        List<Long> ids = groups.findMemberOf(viewer.personId()).stream()
                .map(CoproductionGroup::getId)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return meetings
                .findByGroupIdInAndStartsAtGreaterThanEqualOrderByStartsAtAsc(
                        ids, OffsetDateTime.now(clock), Limit.of(max))
                .stream()
                .map(Meeting::toSummary)
                .toList();
    }

    @Transactional
    public GroupSummary createGroup(String slug, String name, String purpose, String audience, Visibility visibility) {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("A group's web address may use only a-z, 0-9 and single hyphens");
        }
        return groups.save(new CoproductionGroup(slug, name, purpose, audience, visibility))
                .toSummary();
    }

    @Transactional
    public void addMember(long groupId, long personId, MemberRole role) {
        if (!memberships.existsByGroupIdAndPersonId(groupId, personId)) {
            memberships.save(new Membership(groups.getReferenceById(groupId), personId, role));
        }
    }

    @Transactional
    public MeetingSummary scheduleMeeting(
            long groupId,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            String venueAccessibility,
            List<String> agendaItems) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A meeting must end after it starts");
        }
        var meeting =
                new Meeting(groups.getReferenceById(groupId), startsAt, endsAt, place, venueAccessibility, agendaItems);
        return meetings.save(meeting).toSummary();
    }

    public long count() {
        return groups.count();
    }

    /** What scheduling gave: the meeting, or the problems (nothing was saved). */
    public record Scheduled(Optional<MeetingSummary> meeting, List<NewMeeting.Problem> problems) {}

    /**
     * Schedules a meeting of a group for one of its organisers (staff, or the group's co-chairs); anyone else is
     * refused as though the group did not exist. Checked here, so every way in applies the same rules.
     */
    @Transactional
    public Scheduled schedule(String slug, CurrentUser organiser, NewMeeting meeting) {
        var group = groups.findBySlug(slug)
                .filter(g -> canSchedule(g.getId(), organiser))
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "Only the group's organisers schedule its meetings"));
        var problems = meeting.problems(java.time.LocalDate.now(clock.withZone(NewMeeting.LONDON)));
        if (!problems.isEmpty()) {
            return new Scheduled(Optional.empty(), problems);
        }
        var saved = meetings.save(new Meeting(
                group,
                meeting.startsAt(),
                meeting.endsAt(),
                meeting.place() == null || meeting.place().isBlank()
                        ? ""
                        : meeting.place().strip(),
                meeting.accessNotes() == null ? "" : meeting.accessNotes().strip(),
                meeting.agendaItems(),
                MeetingSummary.ACCESS_FACTS.stream()
                        .filter(meeting.accessFacts()::contains)
                        .toList(),
                meeting.onlineLink() == null ? null : meeting.onlineLink().strip()));
        return new Scheduled(Optional.of(saved.toSummary()), List.of());
    }

    /** Whether this person may answer the meeting: it exists and they are a member of its group. */
    public boolean canReply(long meetingId, CurrentUser person) {
        return meetings.findById(meetingId)
                .filter(m ->
                        groups.findById(m.getGroupId()).map(g -> !g.isClosed()).orElse(false))
                .map(m -> memberships.existsByGroupIdAndPersonId(m.getGroupId(), person.personId()))
                .orElse(false);
    }

    /** What starting a group gave: the group, or the problems (nothing was saved). */
    public record Started(Optional<GroupSummary> group, List<NewGroup.Problem> problems) {}

    /**
     * The co-production team starts a group. Its web address comes from its name ("Youth Voices" is
     * /groups/youth-voices; a second one gets -2). Only the team starts groups.
     */
    @Transactional
    public Started start(CurrentUser team, NewGroup group) {
        requireTeam(team);
        var problems = group.problems();
        if (!problems.isEmpty()) {
            return new Started(Optional.empty(), problems);
        }
        String stem = java.text.Normalizer.normalize(group.name().strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (stem.isEmpty()) {
            stem = "group";
        }
        stem = stem.length() > 70 ? stem.substring(0, 70).replaceAll("-+$", "") : stem;
        String slug = stem;
        for (int n = 2; groups.findBySlug(slug).isPresent(); n++) {
            slug = stem + "-" + n;
        }
        var saved = new CoproductionGroup(
                slug,
                group.name().strip(),
                group.purpose().strip(),
                group.audience().strip(),
                Visibility.valueOf(group.visibility()));
        saved.setLanguages(group.languageTags());
        return new Started(Optional.of(groups.save(saved).toSummary()), List.of());
    }

    /**
     * The team closes a group that has finished, saying why. Its record stays (members, meetings, papers, replies,
     * readable as before); nobody schedules or replies to its meetings any more.
     */
    @Transactional
    public List<NewGroup.Problem> close(CurrentUser team, String slug, String reason) {
        requireTeam(team);
        var group = groups.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No such group"));
        if (reason == null || reason.isBlank()) {
            return List.of(new NewGroup.Problem("reason", "reason-missing"));
        }
        if (reason.strip().length() > CoproductionGroup.TEXT_MAX) {
            return List.of(new NewGroup.Problem("reason", "reason-too-long"));
        }
        if (!group.isClosed()) {
            group.close(clock.instant(), reason.strip());
        }
        return List.of();
    }

    /**
     * The team adds someone to a group by their username or email, in the part they play (a resident, an officer, a
     * councillor, a partner; a co-chair is named among its members). Problems: no such account, already a member.
     */
    @Transactional
    public List<NewGroup.Problem> addMember(CurrentUser team, String slug, String usernameOrEmail, String role) {
        requireTeam(team);
        var group = openGroup(slug);
        List<NewGroup.Problem> problems = new java.util.ArrayList<>();
        Optional<CurrentUser> person = usernameOrEmail == null || usernameOrEmail.isBlank()
                ? Optional.empty()
                : people.findUser(usernameOrEmail);
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            problems.add(new NewGroup.Problem("person", "person-missing"));
        } else if (person.isEmpty()) {
            problems.add(new NewGroup.Problem("person", "person-unknown"));
        } else if (memberships.existsByGroupIdAndPersonId(
                group.getId(), person.get().personId())) {
            problems.add(new NewGroup.Problem("person", "person-already-member"));
        }
        MemberRole part = java.util.Arrays.stream(MemberRole.values())
                .filter(r -> r.name().equals(role))
                .findFirst()
                .orElse(null);
        if (part == null) {
            problems.add(
                    new NewGroup.Problem("role", role == null || role.isBlank() ? "role-missing" : "role-unknown"));
        }
        if (problems.isEmpty()) {
            long personId = person.get().personId();
            memberships.save(new Membership(group, personId, part));
            // a request they had waiting is answered by this: it leaves the organisers' list, and their phone says so
            joinRequests
                    .findByPersonIdAndGroupIdAndStatus(personId, group.getId(), JoinRequest.Status.WAITING)
                    .forEach(r ->
                            r.decide(JoinRequest.Status.ACCEPTED, team.personId(), null, OffsetDateTime.now(clock)));
        }
        return problems;
    }

    /** The team names a member co-chair, or changes the part they play. */
    @Transactional
    public void setMemberRole(CurrentUser team, String slug, long personId, MemberRole role) {
        requireTeam(team);
        var group = openGroup(slug);
        memberships
                .findByGroupIdAndPersonId(group.getId(), personId)
                .orElseThrow(() -> new IllegalArgumentException("Not a member"))
                .setRole(role);
    }

    /** The team takes someone out of a group (what they wrote and replied stays on record). */
    @Transactional
    public void removeMember(CurrentUser team, String slug, long personId) {
        requireTeam(team);
        var group = openGroup(slug);
        memberships.findByGroupIdAndPersonId(group.getId(), personId).ifPresent(memberships::delete);
    }

    private CoproductionGroup openGroup(String slug) {
        var group = groups.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No such group"));
        if (group.isClosed()) {
            throw new IllegalStateException("A closed group's members are its record");
        }
        return group;
    }

    /** A group the viewer may see that is still open (the pages that change a group: closing it, its members). */
    @Transactional(readOnly = true)
    public Optional<GroupDetails> openDetails(String slug, CurrentUser viewer) {
        return details(slug, viewer).filter(d -> closing(d.group().id()).isEmpty());
    }

    /** When and why a group closed, if it has. */
    public record Closing(java.time.Instant at, String reason) {}

    @Transactional(readOnly = true)
    public Optional<Closing> closing(long groupId) {
        return groups.findById(groupId)
                .filter(CoproductionGroup::isClosed)
                .map(g -> new Closing(g.getClosedAt(), g.getClosedReason()));
    }

    /** The ids of the groups that have closed (their record kept). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> closedGroups() {
        return groups.findAll().stream()
                .filter(CoproductionGroup::isClosed)
                .map(CoproductionGroup::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The languages a group works in, English first. */
    @Transactional(readOnly = true)
    public List<String> languagesOf(long groupId) {
        return groups.findById(groupId).map(CoproductionGroup::getLanguages).orElse(List.of("en"));
    }

    private static void requireTeam(CurrentUser user) {
        if (!user.has(uk.gov.lbhf.withus.people.Role.COPRODUCTION_TEAM)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the co-production team");
        }
    }

    /** Whether the viewer may schedule this group's meetings: an organiser, while the group is open. */
    public boolean canSchedule(long groupId, CurrentUser viewer) {
        return organises(groupId, viewer)
                && groups.findById(groupId).map(g -> !g.isClosed()).orElse(false);
    }

    /** Whether the viewer organises this group's meetings: staff, or one of its co-chairs. */
    public boolean organises(long groupId, CurrentUser viewer) {
        return viewer.isStaff()
                || memberships.findByGroupId(groupId).stream()
                        .anyMatch(m -> m.getPersonId() == viewer.personId() && m.getRole() == MemberRole.CO_CHAIR);
    }

    /**
     * A meeting with each person's reply that counts (their latest), for its organisers only; empty for anyone else
     * and for a meeting that does not exist (the two look the same).
     */
    public Optional<MeetingAnswers> repliesTo(long meetingId, CurrentUser viewer) {
        return meetings.findById(meetingId)
                .filter(m -> organises(m.getGroupId(), viewer))
                .map(m -> {
                    var all = replies.findByMeetingIdOrderByCapturedAtDescIdDesc(meetingId);
                    Map<Long, String> names = people.displayNames(all.stream()
                            .map(MeetingReply::getPersonId)
                            .distinct()
                            .toList());
                    Map<Long, MeetingReplySummary> latest = new java.util.LinkedHashMap<>();
                    Map<Long, Integer> changes = new java.util.HashMap<>();
                    for (MeetingReply r : all) {
                        latest.putIfAbsent(r.getPersonId(), r.toSummary(names.getOrDefault(r.getPersonId(), "?")));
                        changes.merge(r.getPersonId(), 1, Integer::sum);
                    }
                    Map<Long, List<String>> arranged = new java.util.HashMap<>();
                    arrangedNeeds
                            .findByMeetingId(meetingId)
                            .forEach(a -> arranged.computeIfAbsent(a.getPersonId(), k -> new java.util.ArrayList<>())
                                    .add(a.getNeed()));
                    latest.replaceAll((person, reply) -> reply.arranging(arranged.getOrDefault(person, List.of())));
                    var counted = latest.values().stream()
                            .sorted(Comparator.comparing(MeetingReplySummary::name))
                            .toList();
                    return new MeetingAnswers(m.toSummary(), counted, changes);
                });
    }

    /** The person's own reply that counts, per meeting (of those asked about that they replied to). */
    public Map<Long, MeetingReplySummary> myReplies(CurrentUser person, java.util.Collection<Long> meetingIds) {
        Map<Long, MeetingReplySummary> mine = new java.util.HashMap<>();
        if (meetingIds.isEmpty()) {
            return mine;
        }
        for (MeetingReply r :
                replies.findByPersonIdAndMeetingIdInOrderByCapturedAtDescIdDesc(person.personId(), meetingIds)) {
            mine.putIfAbsent(r.getMeetingId(), r.toSummary(person.displayName()));
        }
        Map<Long, List<String>> arranged = new java.util.HashMap<>();
        arrangedNeeds
                .findByPersonIdAndMeetingIdIn(person.personId(), meetingIds)
                .forEach(a -> arranged.computeIfAbsent(a.getMeetingId(), k -> new java.util.ArrayList<>())
                        .add(a.getNeed()));
        mine.replaceAll((meeting, reply) -> reply.arranging(arranged.getOrDefault(meeting, List.of())));
        return mine;
    }

    /**
     * An organiser of the meeting (staff, or a co-chair of its group) marks a need that the person asked for in the
     * reply that counts as arranged; the person's phone shows it at its next pull. Marking it again changes nothing.
     * Problem {@code need-not-asked}: the person's reply does not ask for it (they changed their reply meanwhile).
     */
    @Transactional
    public List<NewGroup.Problem> arrangeNeed(CurrentUser organiser, long meetingId, long personId, String need) {
        meetings.findById(meetingId)
                .filter(m -> organises(m.getGroupId(), organiser))
                .orElseThrow(() ->
                        new org.springframework.security.access.AccessDeniedException("Only the meeting's organisers"));
        boolean asked =
                replies.findByPersonIdAndMeetingIdInOrderByCapturedAtDescIdDesc(personId, List.of(meetingId)).stream()
                        .findFirst()
                        .map(r -> r.toSummary("").needs().contains(need))
                        .orElse(false);
        if (!asked) {
            return List.of(new NewGroup.Problem("need", "need-not-asked"));
        }
        if (!arrangedNeeds.existsByMeetingIdAndPersonIdAndNeed(meetingId, personId, need)) {
            arrangedNeeds.save(
                    new ArrangedNeed(meetingId, personId, need, organiser.personId(), OffsetDateTime.now(clock)));
        }
        return List.of();
    }

    /**
     * Whether the person may name this group in form group-membership: it is open, and public or one they are in
     * (vector 017). A members-only group they are not in answers as one that does not exist.
     */
    public boolean canJoinOrLeave(long groupId, CurrentUser person) {
        return groups.findById(groupId)
                .filter(g -> !g.isClosed())
                .filter(g -> g.getVisibility() == Visibility.PUBLIC
                        || memberships.existsByGroupIdAndPersonId(groupId, person.personId())
                        || invited(groupId, person.personId()))
                .isPresent();
    }

    /**
     * Whether the person is offered "Ask to join": an open public group they are not in, with no request waiting. Not
     * the co-production team, who add people (themselves too) on the members page.
     */
    public boolean canAskToJoin(long groupId, CurrentUser person) {
        return !person.has(uk.gov.lbhf.withus.people.Role.COPRODUCTION_TEAM)
                && groups.findById(groupId)
                        .filter(g -> !g.isClosed() && g.getVisibility() == Visibility.PUBLIC)
                        .isPresent()
                && !memberships.existsByGroupIdAndPersonId(groupId, person.personId())
                && !joinRequests.existsByPersonIdAndGroupIdAndStatus(
                        person.personId(), groupId, JoinRequest.Status.WAITING)
                && !invited(groupId, person.personId());
    }

    /** Whether an invitation to this group waits for the person's answer. */
    private boolean invited(long groupId, long personId) {
        return invitations.existsByPersonIdAndGroupIdAndStatus(personId, groupId, Invitation.Status.WAITING);
    }

    /**
     * "join" from the push: it accepts a waiting invitation (the person becomes a member in the part they were invited
     * to play, and a request of theirs that waited is answered with it); otherwise it is a request to join, recorded
     * unless the person is a member or already waits.
     */
    @Transactional
    public void askedToJoin(
            java.util.UUID submissionId,
            long groupId,
            long personId,
            String message,
            java.time.OffsetDateTime askedAt) {
        var invitation =
                invitations.findFirstByPersonIdAndGroupIdAndStatus(personId, groupId, Invitation.Status.WAITING);
        if (invitation.isPresent()) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            invitation.get().answer(Invitation.Status.ACCEPTED, now);
            if (!memberships.existsByGroupIdAndPersonId(groupId, personId)) {
                memberships.save(new Membership(
                        groups.findById(groupId).orElseThrow(),
                        personId,
                        invitation.get().getRole()));
            }
            joinRequests
                    .findByPersonIdAndGroupIdAndStatus(personId, groupId, JoinRequest.Status.WAITING)
                    .forEach(r -> r.decide(JoinRequest.Status.ACCEPTED, personId, null, now));
            return;
        }
        if (memberships.existsByGroupIdAndPersonId(groupId, personId)
                || joinRequests.existsByPersonIdAndGroupIdAndStatus(personId, groupId, JoinRequest.Status.WAITING)) {
            return;
        }
        joinRequests.save(new JoinRequest(
                submissionId, groupId, personId, message == null || message.isBlank() ? null : message, askedAt));
    }

    /**
     * "leave" from the push: a member's place ends, a waiting request is withdrawn and a waiting invitation declined;
     * their record stays.
     */
    @Transactional
    public void left(long groupId, long personId) {
        memberships.findByGroupIdAndPersonId(groupId, personId).ifPresent(memberships::delete);
        invitations
                .findFirstByPersonIdAndGroupIdAndStatus(personId, groupId, Invitation.Status.WAITING)
                .ifPresent(i -> i.answer(Invitation.Status.DECLINED, OffsetDateTime.now(clock)));
        joinRequests
                .findByPersonIdAndGroupIdAndStatus(personId, groupId, JoinRequest.Status.WAITING)
                .forEach(r -> r.decide(JoinRequest.Status.WITHDRAWN, personId, null, OffsetDateTime.now(clock)));
    }

    /** A request to join as its organisers see it: who, what they wrote, since when. */
    public record WaitingRequest(long id, long personId, String name, String message, java.time.Instant askedAt) {}

    /** The requests waiting on a group, the longest waiting first: for the team and the group's co-chairs only. */
    public List<WaitingRequest> waitingRequests(String slug, CurrentUser viewer) {
        var group = groups.findBySlug(slug).filter(g -> decidesJoining(g.getId(), viewer));
        if (group.isEmpty()) {
            return List.of();
        }
        var waiting = joinRequests.findByGroupIdAndStatusOrderByAskedAtAscIdAsc(
                group.get().getId(), JoinRequest.Status.WAITING);
        Map<Long, String> names = people.displayNames(
                waiting.stream().map(JoinRequest::getPersonId).toList());
        return waiting.stream()
                .map(r -> new WaitingRequest(
                        r.getId(),
                        r.getPersonId(),
                        names.getOrDefault(r.getPersonId(), ""),
                        r.getMessage(),
                        r.getAskedAt().toInstant()))
                .toList();
    }

    /** Whether the viewer answers requests to join this group: the co-production team or one of its co-chairs. */
    public boolean decidesJoining(long groupId, CurrentUser viewer) {
        return viewer.has(uk.gov.lbhf.withus.people.Role.COPRODUCTION_TEAM)
                || memberships
                        .findByGroupIdAndPersonId(groupId, viewer.personId())
                        .map(m -> m.getRole() == MemberRole.CO_CHAIR)
                        .orElse(false);
    }

    /**
     * The team or a co-chair accepts a request (the person joins as a resident) or declines it with a reason the
     * person is shown. Problems: no reason to decline; the request is no longer waiting (answered by someone else).
     */
    @Transactional
    public List<NewGroup.Problem> decideJoinRequest(
            CurrentUser viewer, String slug, long requestId, boolean accept, String reason) {
        var group = openGroup(slug);
        if (!decidesJoining(group.getId(), viewer)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the team or a co-chair");
        }
        var request = joinRequests
                .findById(requestId)
                .filter(r -> r.getGroupId().equals(group.getId()))
                .orElseThrow(() -> new IllegalArgumentException("No such request"));
        if (request.getStatus() != JoinRequest.Status.WAITING) {
            return List.of(new NewGroup.Problem("request", "request-already-answered"));
        }
        String why = reason == null ? "" : reason.strip();
        if (!accept && why.isEmpty()) {
            return List.of(new NewGroup.Problem("reason", "decline-reason-missing"));
        }
        if (why.length() > 2000) {
            return List.of(new NewGroup.Problem("reason", "decline-reason-too-long"));
        }
        request.decide(
                accept ? JoinRequest.Status.ACCEPTED : JoinRequest.Status.DECLINED,
                viewer.personId(),
                why.isEmpty() ? null : why,
                OffsetDateTime.now(clock));
        if (accept && !memberships.existsByGroupIdAndPersonId(group.getId(), request.getPersonId())) {
            memberships.save(new Membership(group, request.getPersonId(), MemberRole.RESIDENT));
        }
        return List.of();
    }

    /** A person's latest request to join a group, as their phone shows it (withdrawn ones are not shown). */
    public record MyRequest(String status, String reason, java.time.Instant askedAt, java.time.Instant decidedAt) {}

    public Optional<MyRequest> myRequest(CurrentUser person, long groupId) {
        return joinRequests
                .findFirstByPersonIdAndGroupIdOrderByAskedAtDescIdDesc(person.personId(), groupId)
                .filter(r -> r.getStatus() != JoinRequest.Status.WITHDRAWN)
                .map(r -> new MyRequest(
                        r.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                        r.getReason(),
                        r.getAskedAt().toInstant(),
                        r.getDecidedAt() == null ? null : r.getDecidedAt().toInstant()));
    }

    private boolean canView(CoproductionGroup group, CurrentUser viewer) {
        return group.getVisibility() == Visibility.PUBLIC
                || viewer.isStaff()
                || memberships.existsByGroupIdAndPersonId(group.getId(), viewer.personId())
                || invited(group.getId(), viewer.personId());
    }
}
