package uk.gov.lbhf.withus.materials.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.NotFoundView;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.materials.MaterialSummary;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/**
 * Publishing a paper and adding its formats, as a co-chair who is a resident would: the group page leads there; every
 * problem is summarised and given at its field, nothing saved; a file that lies about its type is refused by its bytes;
 * then the paper is published with a confirmation, and an easy read version added. A member who does not chair gets
 * "not found" for both pages and sees no link.
 */
@AppTest
class PaperPublishingViewTest extends BrowserlessInEnglish {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MaterialService materials;

    @Autowired
    GroupService groups;

    @Autowired
    PeopleService people;

    private Fields.Field fileField(String id) {
        return $(Fields.Field.class).all().stream()
                .filter(f -> f.controlId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The group page's "Papers and minutes" section as this person sees it. */
    private String groupSection(String username) {
        var viewer = people.findUser(username).orElseThrow();
        var group =
                groups.details("digital-accessibility", viewer).orElseThrow().group();
        return new GroupMaterialsSection(materials)
                .create(group, viewer)
                .getElement()
                .getOuterHTML();
    }

    private java.util.List<MaterialSummary> papers() {
        var sam = people.findUser("sam").orElseThrow();
        long dag = groups.details("digital-accessibility", sam)
                .orElseThrow()
                .group()
                .id();
        return materials.forGroup(dag, sam);
    }

    @Test
    @WithUserDetails("marek")
    void a_co_chair_publishes_a_paper_after_errors_and_adds_its_easy_read_version() {
        assertThat(groupSection("marek")).contains("Publish a paper", "groups/digital-accessibility/papers/new");
        int before = papers().size();

        navigate("groups/digital-accessibility/papers/new", NewPaperView.class);
        fileField("paper-file").received("minutes.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
        press("Publish to the group");
        assertThat(pageHtml())
                .contains("There is a problem")
                .contains("Enter the paper's title", "Enter what the paper is about")
                .contains("Select what kind of paper it is")
                .contains("The file is not what its name says");
        assertThat(element("paper-file").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element("paper-file").getAttribute("aria-describedby")).contains("paper-file-error");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error: Publish a paper");
        assertThat(papers()).hasSize(before);

        fill("paper-title", "Website findings, December");
        fill("paper-summary", "What residents found when they tried the council website.");
        choose("paper-type-3"); // Report
        fileField("paper-file").received("findings.pdf", PDF);
        press("Publish to the group");
        assertThat(pageHtml()).contains("Paper published", "Website findings, December", "Add a format");
        assertThat(papers()).hasSize(before + 1);
        var paper = papers().stream()
                .filter(p -> p.title().equals("Website findings, December"))
                .findFirst()
                .orElseThrow();
        assertThat(paper.formats())
                .singleElement()
                .satisfies(f -> assertThat(f.mediaType()).isEqualTo("application/pdf"));

        navigate("papers/" + paper.id() + "/formats", PaperFormatsView.class);
        assertThat(pageHtml()).contains("Formats it is in", "PDF, ", "Nobody is waiting");
        press("Add this format");
        assertThat(pageHtml()).contains("Select which format it is", "Select which language it is in");
        assertThat($(ErrorSummary.class).first().isVisible()).isTrue();
        choose("format-kind"); // Easy read
        choose("format-language"); // English
        fill("format-text", "We tried the website.\n\nSome pages were hard to read.");
        press("Add this format");
        assertThat(pageHtml()).contains("Easy read added. Nobody was waiting for it.");
        assertThat(materials
                        .toPublish(paper.id(), people.findUser("marek").orElseThrow())
                        .orElseThrow()
                        .formats())
                .hasSize(2);

        // minutes say which meeting they are of, on the group page and on their own page
        var marek = people.findUser("marek").orElseThrow();
        var october = groups.details("digital-accessibility", marek)
                .orElseThrow()
                .pastMeetings()
                .getFirst();
        var minutes = materials
                .publish(
                        marek,
                        paper.groupId(),
                        new uk.gov.lbhf.withus.materials.NewPaper(
                                "Minutes, test", "S", "MINUTES", String.valueOf(october.id()), "Words.", null, null))
                .material()
                .orElseThrow();
        String forMeeting = "For the meeting on " + uk.gov.lbhf.withus.base.ui.Dates.day(october.startsAt());
        assertThat(groupSection("marek")).contains(forMeeting);
        navigate("materials/" + minutes.id(), MaterialView.class);
        assertThat(pageHtml()).contains(forMeeting);

        navigate("materials/" + paper.id(), MaterialView.class);
        assertThat(pageHtml())
                .contains("Download the paper (PDF, ")
                .contains("Formats of this paper, and requests for others");
    }

    @Test
    @WithUserDetails("amara")
    void a_member_who_does_not_chair_sees_no_link_and_gets_not_found() {
        assertThat(groupSection("amara")).doesNotContain("Publish a paper");
        navigate("groups/digital-accessibility/papers/new", NotFoundView.class);
        long paper = papers().getFirst().id();
        navigate("papers/" + paper + "/formats", NotFoundView.class);
        navigate("materials/" + paper, MaterialView.class);
        assertThat(pageHtml()).doesNotContain("Formats of this paper, and requests for others");
    }
}
