package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.attachments.AttachmentService;
import uk.gov.lbhf.withus.sync.inbox.SyncInboxService;
import uk.gov.lbhf.withus.testsupport.AppTest;

/** Photos and recordings sent with answers: staff can open them from the sync inbox; nobody else can. */
@AppTest
class AttachmentFileTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleService people;

    @Autowired
    AttachmentService attachments;

    @Autowired
    SyncInboxService inbox;

    @Test
    void staff_open_a_photo_that_came_with_answers_and_residents_and_strangers_get_404() throws Exception {
        byte[] photo = ("JPEG-of-the-broken-lift-" + UUID.randomUUID()).getBytes();
        String sha = Hashes.sha256(photo);
        long leon = people.findUser("leon").orElseThrow().personId();
        attachments.receive(sha, "image/jpeg", 0, photo.length, photo, leon);
        String url = "/files/attachments/" + sha;

        for (String staff : new String[] {"priya", "sam"}) {
            mvc.perform(get(url).with(user(people.loadUserByUsername(staff))))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("image/jpeg"))
                    .andExpect(content().bytes(photo))
                    .andExpect(result -> assertThat(result.getResponse().getHeader("Cache-Control"))
                            .contains("no-store"));
        }
        for (String other : new String[] {"leon", "amara", "jo"}) { // even the resident who sent it, from here
            mvc.perform(get(url).with(user(people.loadUserByUsername(other))))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        var anonymous = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isIn(302, 401);
        assertThat(anonymous.getContentAsByteArray()).doesNotContain(photo);
        mvc.perform(get("/files/attachments/not-a-hash").with(user(people.loadUserByUsername("priya"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_inbox_gives_a_files_bytes_to_staff_only() {
        byte[] voice = ("OGG-voice-note-" + UUID.randomUUID()).getBytes();
        String sha = Hashes.sha256(voice);
        var priya = people.findUser("priya").orElseThrow();
        attachments.receive(sha, "audio/ogg", 0, voice.length, voice, priya.personId());
        assertThat(inbox.file(sha, priya))
                .hasValueSatisfying(f -> assertThat(f.content()).isEqualTo(voice));
        assertThat(inbox.file(sha, people.findUser("amara").orElseThrow())).isEmpty();
    }
}
