package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.push.ConflictingCopyRepository;
import uk.gov.lbhf.withus.sync.push.QuarantinedItemRepository;
import uk.gov.lbhf.withus.sync.push.SubmissionRepository;

/** The conformance vectors in sync/vectors, through the HTTP API; run on H2 and on PostgreSQL. */
abstract class SyncVectorsContract {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleService people;

    @Autowired
    DeviceService devices;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    ConflictingCopyRepository conflicts;

    @Autowired
    QuarantinedItemRepository quarantine;

    @Autowired
    uk.gov.lbhf.withus.groups.GroupService groups;

    @Autowired
    uk.gov.lbhf.withus.materials.MaterialService materials;

    /** visibleMaterial: a paper in a group the account can see; hiddenMaterial: one in a group it cannot see. */
    String given(uk.gov.lbhf.withus.people.CurrentUser user, String name) {
        var staff = people.findUser("sam").orElseThrow(); // staff see every group
        if (name.endsWith(
                "Group")) { // publicGroup: open, public, not the account's; hiddenGroup: members only, not its
            var mine = groups.groupsOf(user).stream()
                    .map(uk.gov.lbhf.withus.groups.GroupSummary::id)
                    .toList();
            var closed = groups.closedGroups();
            var wanted = name.equals("publicGroup")
                    ? uk.gov.lbhf.withus.groups.Visibility.PUBLIC
                    : uk.gov.lbhf.withus.groups.Visibility.MEMBERS;
            return groups.visibleGroups(staff).stream()
                    .filter(g -> g.visibility() == wanted && !mine.contains(g.id()) && !closed.contains(g.id()))
                    .map(g -> String.valueOf(g.id()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The demo data has no group for {{" + name + "}}"));
        }
        if (name.endsWith(
                "Meeting")) { // visibleMeeting: of a group the account is in; hiddenMeeting: of one it cannot see
            var mine = groups.groupsOf(user).stream()
                    .map(uk.gov.lbhf.withus.groups.GroupSummary::id)
                    .toList();
            var seen = groups.visibleGroups(user).stream()
                    .map(uk.gov.lbhf.withus.groups.GroupSummary::id)
                    .toList();
            return groups.visibleGroups(staff).stream()
                    .filter(g -> name.equals("visibleMeeting") ? mine.contains(g.id()) : !seen.contains(g.id()))
                    .flatMap(g -> groups.details(g.slug(), staff).orElseThrow().upcomingMeetings().stream())
                    .map(m -> String.valueOf(m.id()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The demo data has no meeting for {{" + name + "}}"));
        }
        var visible = groups.visibleGroups(user).stream()
                .map(uk.gov.lbhf.withus.groups.GroupSummary::id)
                .toList();
        return groups.visibleGroups(staff).stream()
                .filter(g -> visible.contains(g.id()) == name.equals("visibleMaterial"))
                .flatMap(g -> materials.forGroup(g.id(), staff).stream())
                .map(m -> String.valueOf(m.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo data has no paper for {{" + name + "}}"));
    }

    @TestFactory
    Stream<DynamicTest> every_server_vector_passes() {
        var runner =
                new SyncVectorRunner(mvc, people, devices, submissions, conflicts, quarantine).withGivens(this::given);
        var vectors = SyncVectorRunner.serverVectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(10);
        return vectors.stream().map(v -> DynamicTest.dynamicTest(v.getFileName().toString(), () -> runner.run(v)));
    }
}
