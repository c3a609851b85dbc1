package uk.gov.lbhf.withus.sync;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.testsupport.AppTest;

/** Form versions are immutable: answers captured offline on version 1 are accepted after version 2 is out. */
@AppTest
class OldFormVersionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackFormService forms;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Test
    void a_submission_on_an_older_version_is_accepted_and_one_on_a_version_never_published_is_not() throws Exception {
        String key = "councillor-surgery-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = """
                {"questions":[{"id":"topic","type":"radios","label":{"en":"Topic"},"required":true,
                  "options":[{"value":"roads","label":{"en":"Roads"}},{"value":"parks","label":{"en":"Parks"}}]}]}""";
        String v2 = """
                {"questions":[{"id":"topic","type":"radios","label":{"en":"Topic"},"required":true,
                  "options":[{"value":"roads","label":{"en":"Roads"}},{"value":"housing","label":{"en":"Housing"}}]},
                  {"id":"more","type":"textarea","label":{"en":"More"},"required":true}]}""";
        forms.publish(key, "Surgery notes", "Notes from a councillor's surgery", v1, Set.of(Role.COUNCILLOR));
        forms.publish(key, "Surgery notes", "Notes from a councillor's surgery", v2, Set.of(Role.COUNCILLOR));
        var jo = people.findUser("jo").orElseThrow();
        UUID device = UUID.randomUUID();
        String token = devices.register(jo, device, "Jo's phone").token();
        String item = """
                {"id":"%s","form":{"key":"%s","version":%d},"capturedAt":"2026-11-21T18:00:00Z","answers":{"topic":"parks"}}""";
        String body = "{\"protocol\":1,\"deviceId\":\"" + device + "\",\"submissions\":["
                + item.formatted(UUID.randomUUID(), key, 1) + "," + item.formatted(UUID.randomUUID(), key, 3) + "]}";
        mvc.perform(post("/api/sync/v1/push")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receipts[0].status").value("accepted"))
                .andExpect(jsonPath("$.receipts[1].status").value("rejected"))
                .andExpect(jsonPath("$.receipts[1].problems[0].code").value("unknown-form-version"));
    }
}
