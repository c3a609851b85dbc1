package uk.gov.lbhf.withus.groups;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;

/**
 * The door of invitations (sync/SPEC.md, form group-membership): the co-production team invites a person to join an
 * open group in a part they will play, with a message if it likes, and sees who has not answered yet; the person says
 * yes or no on their phone, through the outbox ({@link GroupService#askedToJoin}, {@link GroupService#left}), offline
 * too. Nobody becomes a member without saying yes.
 */
@Service
public class GroupInvitations {

    /** The longest message an invitation carries, in characters. */
    public static final int MESSAGE_MAX = 2000;

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final PeopleService people;
    private final Clock clock;

    GroupInvitations(
            GroupRepository groups,
            MembershipRepository memberships,
            InvitationRepository invitations,
            PeopleService people,
            Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.invitations = invitations;
        this.people = people;
        this.clock = clock;
    }

    /** An invitation not answered yet, as the team sees it. */
    public record Waiting(long id, long personId, String name, MemberRole role, String message, Instant invitedAt) {}

    /** A person's latest invitation to a group, as their phone shows it. */
    public record MyInvitation(String status, MemberRole role, String message, Instant invitedAt, Instant answeredAt) {}

    private static void requireTeam(CurrentUser user) {
        if (!user.has(Role.COPRODUCTION_TEAM)) {
            throw new AccessDeniedException("Only the co-production team invites people to groups");
        }
    }

    private CoproductionGroup openGroup(String slug) {
        var group = groups.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No such group"));
        if (group.isClosed()) {
            throw new IllegalStateException("A closed group invites nobody");
        }
        return group;
    }

    /**
     * Invites someone by their username or email in a part. Problems, each at its field: no person named, no such
     * account, already a member, already invited and not answered yet, no part or an unknown one, a message too long.
     */
    @Transactional
    public List<NewGroup.Problem> invite(
            CurrentUser team, String slug, String usernameOrEmail, String role, String message) {
        requireTeam(team);
        var group = openGroup(slug);
        List<NewGroup.Problem> problems = new ArrayList<>();
        String named = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        Optional<CurrentUser> person = named.isEmpty() ? Optional.empty() : people.findUser(named);
        if (named.isEmpty()) {
            problems.add(new NewGroup.Problem("person", "person-missing"));
        } else if (person.isEmpty()) {
            problems.add(new NewGroup.Problem("person", "person-unknown"));
        } else if (memberships.existsByGroupIdAndPersonId(
                group.getId(), person.get().personId())) {
            problems.add(new NewGroup.Problem("person", "person-already-member"));
        } else if (invitations.existsByPersonIdAndGroupIdAndStatus(
                person.get().personId(), group.getId(), Invitation.Status.WAITING)) {
            problems.add(new NewGroup.Problem("person", "person-already-invited"));
        }
        MemberRole part = Arrays.stream(MemberRole.values())
                .filter(r -> r.name().equals(role))
                .findFirst()
                .orElse(null);
        if (part == null) {
            problems.add(
                    new NewGroup.Problem("role", role == null || role.isBlank() ? "role-missing" : "role-unknown"));
        }
        String words = message == null ? "" : message.strip();
        if (words.codePointCount(0, words.length()) > MESSAGE_MAX) {
            problems.add(new NewGroup.Problem("message", "invitation-message-too-long"));
        }
        if (problems.isEmpty()) {
            invitations.save(new Invitation(
                    group.getId(),
                    person.get().personId(),
                    part,
                    words.isEmpty() ? null : words,
                    team.personId(),
                    OffsetDateTime.now(clock)));
            tellByEmail(person.get(), group, part, words);
        }
        return problems;
    }

    /**
     * The invitation by email too, in the person's language, if they have confirmed an email address: who invites
     * them, to which group, in which part, the team's message, and the group's page where they answer (sent once the
     * invitation is saved; the phone shows it at its next pull whatever happens to the email).
     */
    private void tellByEmail(CurrentUser person, CoproductionGroup group, MemberRole part, String message) {
        List<PeopleService.Words> paragraphs = new ArrayList<>();
        paragraphs.add(new PeopleService.Words(
                "invite.email.body",
                person.displayName(),
                group.getName(),
                new PeopleService.Words("memberRole." + part.name())));
        if (!message.isEmpty()) {
            paragraphs.add(new PeopleService.Words("invite.email.message", message));
        }
        paragraphs.add(new PeopleService.Words("invite.email.answer"));
        people.emailAfterCommit(
                person.personId(),
                new PeopleService.Words("invite.email.subject", group.getName()),
                paragraphs,
                "groups/" + group.getSlug());
    }

    /** The invitations to a group not answered yet, the longest waiting first: the team's only. */
    @Transactional(readOnly = true)
    public List<Waiting> waiting(CurrentUser team, String slug) {
        requireTeam(team);
        var group = groups.findBySlug(slug);
        if (group.isEmpty()) {
            return List.of();
        }
        var waiting = invitations.findByGroupIdAndStatusOrderByInvitedAtAscIdAsc(
                group.get().getId(), Invitation.Status.WAITING);
        Map<Long, String> names = people.displayNames(
                waiting.stream().map(Invitation::getPersonId).toList());
        return waiting.stream()
                .map(i -> new Waiting(
                        i.getId(),
                        i.getPersonId(),
                        names.getOrDefault(i.getPersonId(), ""),
                        i.getRole(),
                        i.getMessage(),
                        i.getInvitedAt().toInstant()))
                .toList();
    }

    /** The team withdraws an invitation that still waits (the person's phone says so at its next pull). */
    @Transactional
    public void withdraw(CurrentUser team, String slug, long invitationId) {
        requireTeam(team);
        var group = openGroup(slug);
        invitations
                .findById(invitationId)
                .filter(i -> i.getGroupId().equals(group.getId()) && i.getStatus() == Invitation.Status.WAITING)
                .ifPresent(i -> i.answer(Invitation.Status.WITHDRAWN, OffsetDateTime.now(clock)));
    }

    /** The person's latest invitation to a group, for their phone (the pull) and the group page. */
    @Transactional(readOnly = true)
    public Optional<MyInvitation> myInvitation(CurrentUser person, long groupId) {
        return invitations
                .findFirstByPersonIdAndGroupIdOrderByInvitedAtDescIdDesc(person.personId(), groupId)
                .map(i -> new MyInvitation(
                        i.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                        i.getRole(),
                        i.getMessage(),
                        i.getInvitedAt().toInstant(),
                        i.getAnsweredAt() == null ? null : i.getAnsweredAt().toInstant()));
    }

    /** The invitation as the pull and the group page give it to the phone (sync/schemas: group.myInvitation). */
    public static void writeTo(MyInvitation invitation, tools.jackson.databind.node.ObjectNode node) {
        node.put("status", invitation.status());
        node.put("role", invitation.role().name());
        if (invitation.message() != null) {
            node.put("message", invitation.message());
        }
        node.put("invitedAt", invitation.invitedAt().toString());
        if (invitation.answeredAt() != null) {
            node.put("answeredAt", invitation.answeredAt().toString());
        }
    }
}
