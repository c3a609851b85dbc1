package uk.gov.lbhf.withus.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Papers published by organisers through the door: who may publish and add formats (staff and co-chairs, not members
 * or councillors), nothing saved when anything is wrong, a document served only as a download, and the people who asked
 * for a format told when it is added – on their home page's list and in the pull.
 */
@Transactional // each test's papers and requests are rolled back after it
abstract class PaperPublishingContract {

    @Autowired
    MaterialService materials;

    @Autowired
    GroupService groups;

    @Autowired
    PeopleService people;

    @Autowired
    PaperRequestRepository requests;

    @Autowired
    MaterialOfflineItems offline;

    @Autowired
    MaterialRepository repository;

    @Autowired
    MockMvc mvc;

    private CurrentUser who(String username) {
        return people.findUser(username).orElseThrow();
    }

    private long dag() {
        return groups.details("digital-accessibility", who("sam"))
                .orElseThrow()
                .group()
                .id();
    }

    private static NewPaper pdfPaper(String title) {
        return new NewPaper(
                title, "What the group said about the website.", "REPORT", null, "report.pdf", PaperFileTest.PDF);
    }

    @Test
    void a_co_chair_and_an_officer_publish_a_member_and_a_councillor_may_not() {
        long before = repository.count();
        var byMarek = materials.publish(who("marek"), dag(), pdfPaper("Website report"));
        assertThat(byMarek.problems()).isEmpty();
        var byPriya = materials.publish(
                who("priya"),
                dag(),
                new NewPaper("Agenda", "For the next meeting.", "AGENDA", "Welcome.\n\nWebsite.", null, null));
        assertThat(byPriya.material().orElseThrow().formats())
                .singleElement()
                .satisfies(f -> assertThat(f.mediaType()).isNull());
        assertThat(repository.count()).isEqualTo(before + 2);
        for (String who : new String[] {"amara", "jo"}) {
            assertThatThrownBy(() -> materials.publish(who(who), dag(), pdfPaper("Not theirs")))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        long paper = byMarek.material().orElseThrow().id();
        var easyRead = new NewPaperFormat("EASY_READ", "en", "Easy words.", null, null);
        for (String who : new String[] {"amara", "jo"}) {
            assertThatThrownBy(() -> materials.addFormat(who(who), paper, easyRead))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(materials.toPublish(paper, who(who))).as(who).isEmpty();
        }
        assertThat(repository.count()).isEqualTo(before + 2);
    }

    @Test
    void every_problem_is_given_at_once_and_nothing_is_saved() {
        long before = repository.count();
        var nothing = materials.publish(who("sam"), dag(), new NewPaper(" ", "", null, " ", null, null));
        assertThat(nothing.problems())
                .extracting(NewPaper.Problem::code)
                .containsExactly("title-missing", "summary-missing", "type-missing", "content-missing");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        var lying = materials.publish(who("sam"), dag(), new NewPaper("T", "S", "PAPER", null, "minutes.pdf", html));
        assertThat(lying.problems()).extracting(NewPaper.Problem::code).containsExactly("file-lies");
        var audioAsPaper = materials.publish(
                who("sam"), dag(), new NewPaper("T", "S", "PAPER", "Words", "talk.mp3", PaperFileTest.mp3()));
        assertThat(audioAsPaper.problems()).extracting(NewPaper.Problem::code).containsExactly("file-audio-not-here");
        assertThat(repository.count()).isEqualTo(before);

        long paper = materials
                .publish(who("sam"), dag(), pdfPaper("Report"))
                .material()
                .orElseThrow()
                .id();
        var formats = repository.findById(paper).orElseThrow().getFormats().size();
        assertThat(materials
                        .addFormat(who("sam"), paper, new NewPaperFormat(null, null, null, null, null))
                        .problems())
                .extracting(NewPaper.Problem::code)
                .containsExactly("kind-missing", "language-missing", "content-missing");
        assertThat(materials
                        .addFormat(who("sam"), paper, new NewPaperFormat("AUDIO", "en", null, "a.mp3", html))
                        .problems())
                .extracting(NewPaper.Problem::code)
                .containsExactly("file-lies", "transcript-missing");
        assertThat(materials
                        .addFormat(who("sam"), paper, new NewPaperFormat("TRANSLATED", "en", "Hi", null, null))
                        .problems())
                .extracting(NewPaper.Problem::code)
                .containsExactly("language-translated-english");
        assertThat(materials
                        .addFormat(who("sam"), paper, new NewPaperFormat("TRANSLATED", "zz", "Hi", null, null))
                        .problems())
                .extracting(NewPaper.Problem::code)
                .containsExactly("language-unknown");
        assertThat(repository.findById(paper).orElseThrow().getFormats()).hasSize(formats);
        assertThat(materials
                        .addFormat(who("sam"), paper, new NewPaperFormat("EASY_READ", "en", "Easy.", null, null))
                        .problems())
                .isEmpty();
        assertThat(materials
                        .addFormat(who("sam"), paper, new NewPaperFormat("EASY_READ", "en", "Again", null, null))
                        .problems())
                .extracting(NewPaper.Problem::code)
                .containsExactly("format-exists");
    }

    @Test
    void minutes_are_for_one_of_the_groups_own_meetings() {
        var sam = who("sam");
        var dag = groups.details("digital-accessibility", sam).orElseThrow();
        long october = dag.pastMeetings().getFirst().id();
        var youth = groups.details("youth-voices", sam).orElseThrow();
        long otherGroups = java.util.stream.Stream.concat(
                        youth.upcomingMeetings().stream(), youth.pastMeetings().stream())
                .findFirst()
                .orElseThrow()
                .id();
        long before = repository.count();
        assertThat(materials
                        .publish(sam, dag(), new NewPaper("Minutes", "S", "MINUTES", null, "Words.", null, null))
                        .problems())
                .extracting(NewPaper.Problem::code)
                .containsExactly("meeting-missing");
        assertThat(materials
                        .publish(
                                sam,
                                dag(),
                                new NewPaper("Minutes", "S", "MINUTES", String.valueOf(otherGroups), "W.", null, null))
                        .problems())
                .extracting(NewPaper.Problem::code)
                .containsExactly("meeting-unknown");
        assertThat(repository.count()).isEqualTo(before);
        var minutes = materials
                .publish(
                        sam,
                        dag(),
                        new NewPaper("Minutes", "S", "MINUTES", String.valueOf(october), "Words.", null, null))
                .material()
                .orElseThrow();
        assertThat(minutes.meetingId()).isEqualTo(october);
        var item = offline.offlineItemsFor(who("amara")).stream()
                .filter(i -> i.key().equals(String.valueOf(minutes.id())))
                .findFirst()
                .orElseThrow();
        assertThat(item.data().get("meetingId").asLong()).isEqualTo(october);
        assertThat(materials
                        .publish(
                                sam,
                                dag(),
                                new NewPaper("Notes", "S", "PAPER", NewPaper.NO_MEETING, "Words.", null, null))
                        .material()
                        .orElseThrow()
                        .meetingId())
                .as("a paper may be for no meeting")
                .isNull();
    }

    @Test
    void whoever_asked_for_the_format_is_told_when_it_is_added_and_no_one_else() throws Exception {
        long paper = materials
                .publish(who("sam"), dag(), pdfPaper("Report"))
                .material()
                .orElseThrow()
                .id();
        var amara = who("amara");
        requests.save(new PaperRequest(
                UUID.randomUUID(), amara.personId(), paper, FormatKind.EASY_READ, "en", OffsetDateTime.now()));
        requests.save(new PaperRequest(
                UUID.randomUUID(), amara.personId(), paper, FormatKind.LARGE_PRINT, "en", OffsetDateTime.now()));
        assertThat(materials.myRequests(amara))
                .filteredOn(r -> r.materialId() == paper)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.readyAt()).isEmpty());

        var added =
                materials.addFormat(who("marek"), paper, new NewPaperFormat("EASY_READ", "en", "Easy.", null, null));
        assertThat(added.told()).isEqualTo(1);
        assertThat(materials.myRequests(amara))
                .filteredOn(r -> r.materialId() == paper && r.kind() == FormatKind.EASY_READ)
                .singleElement()
                .satisfies(r -> assertThat(r.readyAt()).isPresent());
        assertThat(materials.myRequests(amara))
                .filteredOn(r -> r.materialId() == paper && r.kind() == FormatKind.LARGE_PRINT)
                .singleElement()
                .satisfies(r -> assertThat(r.readyAt()).as("still waiting").isEmpty());
        assertThat(materials.myRequests(who("marek")))
                .filteredOn(r -> r.materialId() == paper)
                .isEmpty();

        var item = offline.offlineItemsFor(amara).stream()
                .filter(i -> i.key().equals(String.valueOf(paper)))
                .findFirst()
                .orElseThrow();
        assertThat(item.data().get("myRequests").toString())
                .contains("\"format\":\"easy-read\"", "\"readyAt\"", "\"format\":\"large-print\"");
        assertThat(item.data().get("formats").toString()).contains("\"mediaType\":\"application/pdf\"", "\"fileSize\"");
    }

    @Test
    void a_document_is_a_download_never_shown_in_the_page() throws Exception {
        var published = materials
                .publish(who("sam"), dag(), pdfPaper("Report"))
                .material()
                .orElseThrow();
        long format = published.formats().getFirst().id();
        mvc.perform(get("/files/materials/" + published.id() + "/" + format)
                        .with(user(people.loadUserByUsername("amara"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("sandbox")));
    }
}
