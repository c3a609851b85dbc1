package uk.gov.lbhf.withus.materials.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.OwnedForm;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

/** The team's list of papers asked for: counted per paper and language, the language named in the reader's words. */
@AppTest
class PaperRequestsViewTest extends BrowserlessInEnglish {

    @Autowired
    List<OwnedForm> owned;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PeopleService people;

    @Autowired
    GroupService groups;

    @Autowired
    MaterialService materials;

    private long askTwiceForAPaperInPortuguese() {
        var staff = people.findUser("sam").orElseThrow();
        var paper = groups.visibleGroups(staff).stream()
                .flatMap(g -> materials.forGroup(g.id(), staff).stream())
                .filter(m -> m.title().startsWith("Minutes"))
                .findFirst()
                .orElseThrow();
        var form = owned.stream()
                .filter(o -> o.formKey().equals("paper-request"))
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < 2; i++) {
            transactions.executeWithoutResult(t -> form.accepted(new OwnedForm.Accepted(
                    UUID.randomUUID(),
                    people.findUser("marek").orElseThrow().personId(),
                    OffsetDateTime.parse("2026-11-20T09:30:00Z"),
                    OffsetDateTime.parse("2026-11-20T09:31:00Z"),
                    Map.of("material", String.valueOf(paper.id()), "format", "standard", "language", "pt"))));
        }
        return paper.id();
    }

    @Test
    @WithUserDetails("sam")
    void the_team_sees_each_paper_asked_for_with_how_many_asked_in_which_language_and_that_it_is_not_offered_yet() {
        long paper = askTwiceForAPaperInPortuguese();
        navigate(PaperRequestsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Papers asked for");
        var card = $(H2.class).all().stream()
                .filter(h -> h.getElement().toString().contains("materials/" + paper + "\""))
                .findFirst()
                .orElseThrow()
                .getParent()
                .orElseThrow();
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("Português (Portuguese)", "2 people", "Not yet", "20 November 2026");
        assertThat(text).doesNotContain("Marek");
        assertThat($(DescriptionList.class).all()).isNotEmpty();
    }
}
