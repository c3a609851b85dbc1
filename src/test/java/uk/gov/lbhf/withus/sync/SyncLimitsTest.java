package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Per-device limits: past its allowance a device is told to wait (429, Retry-After); other devices are not. */
class SyncLimitsTest {

    @Test
    void a_device_past_its_calls_per_minute_waits_and_another_device_does_not() {
        var limits = new SyncLimits(3, 100);
        UUID busy = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            limits.call(busy);
        }
        assertThatThrownBy(() -> limits.call(busy)).isInstanceOfSatisfying(SyncException.class, refused -> {
            assertThat(refused.getStatusCode().value()).isEqualTo(429);
            assertThat(refused.getBody().getProperties()).containsEntry("code", "too-many-requests");
            assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                    .isBetween(1L, 61L);
        });
        limits.call(UUID.randomUUID());
    }

    @Test
    void a_device_that_has_had_many_items_quarantined_this_hour_is_refused_the_next_batch_with_them() {
        var limits = new SyncLimits(1000, 10);
        UUID device = UUID.randomUUID();
        limits.quarantine(device, 0); // nothing refused: nothing counted
        limits.quarantine(device, 10);
        assertThatThrownBy(() -> limits.quarantine(device, 1))
                .isInstanceOfSatisfying(
                        SyncException.class,
                        refused -> assertThat(refused.getBody().getProperties())
                                .containsEntry("code", "quarantine-limit"));
    }
}
