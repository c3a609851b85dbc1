package uk.gov.lbhf.withus.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.testsupport.AppTest;

/** Right of access: a person downloads everything WithUs holds about them, and nothing of anyone else's. */
@AppTest
class MyDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleService people;

    @Autowired
    DeviceService devices;

    @Test
    void the_file_holds_the_account_groups_answers_and_devices_of_the_person_and_no_one_elses() throws Exception {
        var leon = people.findUser("leon").orElseThrow();
        String leonsPhone = "Leon's phone " + UUID.randomUUID();
        devices.register(leon, UUID.randomUUID(), leonsPhone);
        devices.register(people.findUser("amara").orElseThrow(), UUID.randomUUID(), "Amara's tablet");
        var response = mvc.perform(get("/files/my-data.json").with(user(people.loadUserByUsername("leon"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "withus-my-data.json");
        var file = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(file.path("account").path("username").asString()).isEqualTo("leon");
        assertThat(file.path("account").path("roles").toString()).contains("LEASEHOLDER", "RESIDENT");
        assertThat(file.path("groups").toString()).contains("Cost of Living steering group");
        assertThat(file.path("devices").toString()).contains(leonsPhone).doesNotContain("Amara's tablet");
        assertThat(file.has("answers")).isTrue();
        assertThat(response.getContentAsString()).doesNotContain("Amara Okafor");
    }

    @Autowired
    uk.gov.lbhf.withus.people.AccountService accounts;

    @Test
    void an_account_with_an_email_finds_it_in_its_file_and_one_without_has_none() throws Exception {
        var code = accounts.setUpWithResident(
                        people.findUser("priya").orElseThrow(), "Mo Farah-Jones", "mo.fj@example.org")
                .code()
                .orElseThrow();
        accounts.setUp(code.code(), "kettle lighthouse marmalade", "en", "192.0.2.50");
        var file = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/files/my-data.json").with(user(people.loadUserByUsername(code.username()))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(file.path("account").path("email").asString()).isEqualTo("mo.fj@example.org");
        var leons = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/files/my-data.json").with(user(people.loadUserByUsername("leon"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(leons.path("account").has("email")).isFalse();
    }
}
