package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.testsupport.AppTest;

/** The server keeps each browser's private lock key for its owner alone (shared devices: frontend/sync/shared-device.ts). */
@AppTest
class DeviceLockKeyTest {

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Test
    void only_the_owner_gets_the_key_back_and_a_new_one_replaces_it_only_when_sent() {
        var leon = people.findUser("leon").orElseThrow();
        var amara = people.findUser("amara").orElseThrow();
        UUID phone = UUID.randomUUID();
        assertThat(devices.register(leon, phone, "Phone", "AAAA").hasLockKey()).isTrue();
        assertThat(devices.lockKey(leon, phone)).contains("AAAA");
        assertThat(devices.lockKey(amara, phone)).as("someone else's device").isEmpty();
        assertThat(devices.lockKey(leon, UUID.randomUUID())).isEmpty();

        assertThat(devices.register(leon, phone, "Phone", null).hasLockKey()).isTrue(); // a new token only
        assertThat(devices.lockKey(leon, phone)).contains("AAAA");
        devices.register(leon, phone, "Phone", "BBBB"); // the browser had no public half any more
        assertThat(devices.lockKey(leon, phone)).contains("BBBB");

        devices.revoke(phone, people.findUser("priya").orElseThrow());
        assertThat(devices.lockKey(leon, phone))
                .as("what was sealed on a revoked device is still theirs")
                .contains("BBBB");
        assertThatThrownBy(() -> devices.register(leon, UUID.randomUUID(), "Phone", "not base64!"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(devices.register(leon, UUID.randomUUID(), "Tablet").hasLockKey())
                .isFalse();
    }
}
