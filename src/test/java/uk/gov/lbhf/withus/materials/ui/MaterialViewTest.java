package uk.gov.lbhf.withus.materials.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.base.ui.NotFoundView;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.materials.FormatKind;
import uk.gov.lbhf.withus.materials.FormatOption;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.materials.MaterialSummary;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;
import uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish;

@AppTest
class MaterialViewTest extends BrowserlessInEnglish {

    @Autowired
    MaterialService materials;

    @Autowired
    GroupService groups;

    @Autowired
    PeopleService people;

    @Test
    @WithUserDetails("amara")
    void a_polish_reader_is_offered_the_paper_in_polish_first_and_it_opens_in_polish() {
        readIn("pl-PL");
        MaterialSummary agenda = dagAgenda();
        navigate("materials/" + agenda.id(), MaterialView.class);
        List<String> choices = $(Anchor.class).all().stream()
                .filter(a -> a.getHref().matches("materials/\\d+/\\d+"))
                .map(Anchor::getText)
                .toList();
        assertThat(choices).first().isEqualTo("Polski");
        assertThat(choices).contains("Łatwa do czytania");
        var current = $(Anchor.class).all().stream()
                .filter(a -> "page".equals(a.getElement().getAttribute("aria-current")))
                .toList();
        assertThat(current).extracting(Anchor::getText).containsExactly("Polski");
        assertThat(html()).contains("lang=\"pl\"", "Powitanie i zasady spotkania");
    }

    @Test
    @WithUserDetails("amara")
    void an_arabic_reader_of_a_paper_not_in_arabic_is_offered_to_ask_for_it_and_the_english_title_is_marked() {
        readIn("ar");
        MaterialSummary agenda = dagAgenda();
        navigate("materials/" + agenda.id(), MaterialView.class);
        var request = $(MaterialView.PaperRequestElement.class).single().getElement();
        assertThat(request.getAttribute("material-id")).isEqualTo(String.valueOf(agenda.id()));
        assertThat(request.getAttribute("language")).isEqualTo("ar");
        assertThat(request.getAttribute("format")).isEqualTo("standard");
        assertThat(request.getAttribute("form-version")).matches("\\d+");
        assertThat($(H1.class).single().getElement().getAttribute("lang")).isEqualTo("en");
        // left to right inside the Arabic page: its full stop and brackets where an English reader expects them
        assertThat($(H1.class).single().getElement().getAttribute("dir")).isEqualTo("ltr");
    }

    @Test
    @WithUserDetails("amara")
    void a_reader_whose_language_the_paper_is_in_is_not_offered_to_ask_and_english_is_not_marked_in_english() {
        readIn("pl-PL");
        navigate("materials/" + dagAgenda().id(), MaterialView.class);
        assertThat($(MaterialView.PaperRequestElement.class).all()).isEmpty();
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.UK);
        navigate("materials/" + dagAgenda().id(), MaterialView.class);
        assertThat($(MaterialView.PaperRequestElement.class).all()).isEmpty();
        assertThat($(H1.class).single().getElement().getAttribute("lang")).isNull();
        assertThat($(H1.class).single().getElement().getAttribute("dir")).isNull();
    }

    @Test
    @WithUserDetails("amara")
    void a_material_opens_in_its_standard_format_with_every_other_format_offered_side_by_side() {
        MaterialSummary agenda = dagAgenda();
        navigate("materials/" + agenda.id(), MaterialView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Agenda: next Digital Accessibility Group meeting");
        List<String> choices = $(Anchor.class).all().stream()
                .filter(a -> a.getHref().matches("materials/\\d+/\\d+"))
                .map(Anchor::getText)
                .toList();
        assertThat(choices).containsExactly("Standard", "Easy read", "Large print", "Audio", "Polski (Polish)");
        var current = $(Anchor.class).all().stream()
                .filter(a -> "page".equals(a.getElement().getAttribute("aria-current")))
                .toList();
        assertThat(current).extracting(Anchor::getText).containsExactly("Standard");
        assertThat(html()).contains("Welcome, and how we run the meeting");
    }

    @Test
    @WithUserDetails("amara")
    void choosing_easy_read_shows_the_easy_read_text() {
        MaterialSummary agenda = dagAgenda();
        navigate(href(agenda, FormatKind.EASY_READ), MaterialView.class);
        assertThat(html()).contains("First we say hello.").doesNotContain("Welcome, and how we run the meeting");
    }

    @Test
    @WithUserDetails("amara")
    void the_audio_format_has_a_player_a_download_link_and_a_transcript() {
        MaterialSummary agenda = dagAgenda();
        FormatOption audio = format(agenda, FormatKind.AUDIO);
        navigate(href(agenda, FormatKind.AUDIO), MaterialView.class);
        String src = "files/materials/" + agenda.id() + "/" + audio.id();
        assertThat(html()).contains("<audio", "src=\"" + src + "\"", "Transcript", "Thank you for listening.");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains(src);
    }

    @Test
    @WithUserDetails("amara")
    void a_translation_is_marked_with_its_language_for_screen_readers() {
        navigate(href(dagAgenda(), FormatKind.TRANSLATED), MaterialView.class);
        assertThat(html()).contains("lang=\"pl\"").contains("Powitanie i zasady spotkania");
    }

    @Test
    @WithUserDetails("leon")
    void a_paper_of_a_members_only_group_is_page_not_found_for_a_non_member() {
        CurrentUser fatima = new CurrentUser(
                people.idOf("fatima").orElseThrow(),
                "fatima",
                "Fatima",
                java.util.Set.of(uk.gov.lbhf.withus.people.Role.RESIDENT));
        var housing = groups.groupsOf(fatima).stream()
                .filter(g -> g.slug().equals("disabled-peoples-housing"))
                .findFirst()
                .orElseThrow();
        long paperId = materials.forGroup(housing.id(), fatima).getFirst().id();
        navigate("materials/" + paperId, NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    @WithUserDetails("amara")
    void a_malformed_material_address_is_page_not_found() {
        navigate("materials/not-a-number", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
    }

    private MaterialSummary dagAgenda() {
        CurrentUser amara = people.currentUser().orElseThrow();
        var dag = groups.groupsOf(amara).stream()
                .filter(g -> g.slug().equals("digital-accessibility"))
                .findFirst()
                .orElseThrow();
        return materials.forGroup(dag.id(), amara).stream()
                .filter(m -> m.title().startsWith("Agenda"))
                .findFirst()
                .orElseThrow();
    }

    private static FormatOption format(MaterialSummary material, FormatKind kind) {
        return material.formats().stream()
                .filter(f -> f.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private static String href(MaterialSummary material, FormatKind kind) {
        return "materials/" + material.id() + "/" + format(material, kind).id();
    }

    private String html() {
        return getCurrentView().getElement().getOuterHTML();
    }
}
