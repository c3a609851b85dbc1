package uk.gov.lbhf.withus.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;

/** The file endpoint enforces the same visibility as the pages: by URL, on the server. */
@AppTest
class MaterialFileEndpointTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleService people;

    @Autowired
    GroupService groups;

    @Autowired
    MaterialService materials;

    @Test
    void an_anonymous_request_for_a_file_is_refused_before_anything_is_read() throws Exception {
        var result = mvc.perform(get(audioUrl())).andReturn();
        assertThat(result.getResponse().getStatus()).isIn(302, 401);
        assertThat(result.getResponse().getContentAsByteArray()).hasSizeLessThan(1000);
    }

    @Test
    @org.springframework.transaction.annotation.Transactional // the recording published here is rolled back after
    void a_resident_gets_404_with_a_problem_body_for_a_file_of_a_members_only_group_they_are_not_in() throws Exception {
        // A recording (a real file) in the members-only group: so the 404 can only come from who may see it. (The
        // test asked for a text format before, whose 404 came from "has no file" whatever the authorization said.)
        var housing = group("fatima", "disabled-peoples-housing");
        var published = materials.publish(
                housing.id(),
                "Members-only recording",
                "For members.",
                MaterialType.PAPER,
                java.time.OffsetDateTime.now(),
                java.util.List.of(
                        NewFormat.text(FormatKind.STANDARD, "en", "Text."),
                        NewFormat.audio(
                                "en", "Transcript.", "audio/ogg", "members.ogg", new byte[] {'O', 'g', 'g', 'S'})));
        long formatId = published.formats().stream()
                .filter(f -> f.kind() == FormatKind.AUDIO)
                .findFirst()
                .orElseThrow()
                .id();
        String url = "/files/materials/" + published.id() + "/" + formatId;
        mvc.perform(get(url).with(user(people.loadUserByUsername("fatima"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("audio/ogg")); // a member gets it: the file is there
        mvc.perform(get(url).with(user(people.loadUserByUsername("leon"))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void a_file_id_that_belongs_to_another_material_is_404() throws Exception {
        String url = audioUrl();
        String[] parts = url.split("/");
        mvc.perform(get("/files/materials/" + (Long.parseLong(parts[3]) + 1) + "/" + parts[4])
                        .with(user(people.loadUserByUsername("amara"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_member_gets_the_audio_recording() throws Exception {
        mvc.perform(get(audioUrl()).with(user(people.loadUserByUsername("amara"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("audio/ogg"))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsByteArray()).startsWith('O', 'g', 'g', 'S'));
    }

    @Test
    void a_non_number_in_the_address_is_a_400_not_a_500() throws Exception {
        mvc.perform(get("/files/materials/abc/1").with(user(people.loadUserByUsername("amara"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void health_is_public_and_other_actuator_endpoints_are_closed() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        var env = mvc.perform(get("/actuator/env").with(user(people.loadUserByUsername("sam"))))
                .andReturn();
        assertThat(env.getResponse().getStatus()).isIn(403, 404);
    }

    private String audioUrl() {
        var dag = group("amara", "digital-accessibility");
        var amara = currentUser(people.loadUserByUsername("amara"));
        var agenda = materials.forGroup(dag.id(), amara).stream()
                .filter(m -> m.title().startsWith("Agenda"))
                .findFirst()
                .orElseThrow();
        var audio = agenda.formats().stream()
                .filter(f -> f.kind() == FormatKind.AUDIO)
                .findFirst()
                .orElseThrow();
        return "/files/materials/" + agenda.id() + "/" + audio.id();
    }

    private GroupSummary group(String member, String slug) {
        return groups.groupsOf(currentUser(people.loadUserByUsername(member))).stream()
                .filter(g -> g.slug().equals(slug))
                .findFirst()
                .orElseThrow();
    }

    private uk.gov.lbhf.withus.people.CurrentUser currentUser(UserDetails details) {
        var id = people.idOf(details.getUsername()).orElseThrow();
        var roles = details.getAuthorities().stream()
                .map(a ->
                        uk.gov.lbhf.withus.people.Role.valueOf(a.getAuthority().substring(5)))
                .collect(java.util.stream.Collectors.toSet());
        return new uk.gov.lbhf.withus.people.CurrentUser(id, details.getUsername(), details.getUsername(), roles);
    }
}
