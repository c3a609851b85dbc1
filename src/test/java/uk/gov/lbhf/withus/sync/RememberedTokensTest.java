package uk.gov.lbhf.withus.sync;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.testsupport.AppTest;

/** A device token is remembered for a minute once checked – but a revoke or a new token takes effect at once. */
@AppTest
class RememberedTokensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Test
    void a_revoked_device_is_refused_on_its_very_next_call() throws Exception {
        var leon = people.findUser("leon").orElseThrow();
        var priya = people.findUser("priya").orElseThrow();
        UUID device = UUID.randomUUID();
        String token = devices.register(leon, device, "Leon's tablet").token();
        ping(token).andExpect(status().isOk()).andExpect(jsonPath("$.account").value("leon"));
        ping(token).andExpect(status().isOk()); // now remembered

        devices.revoke(device, priya);

        ping(token)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("device-token-refused"));
    }

    @Test
    void a_new_token_for_the_same_device_ends_the_old_one_at_once() throws Exception {
        var leon = people.findUser("leon").orElseThrow();
        UUID device = UUID.randomUUID();
        String first = devices.register(leon, device, "Leon's phone").token();
        ping(first).andExpect(status().isOk());

        String second = devices.register(leon, device, "Leon's phone").token();

        ping(first).andExpect(status().isUnauthorized());
        ping(second).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions ping(String token) throws Exception {
        return mvc.perform(get("/api/sync/v1/ping").header("Authorization", "Bearer " + token));
    }
}
