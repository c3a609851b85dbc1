package uk.gov.lbhf.withus.sync;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Per-device limits (Bucket4j token buckets, on this server): how many sync calls a device may make a minute, and
 * how many items it may have quarantined an hour, so one broken or hostile device can neither flood the server nor
 * fill the Sync inbox. A device over a limit gets {@code 429} with {@code Retry-After}; its outbox keeps everything.
 */
@Component
public class SyncLimits {

    private static final int MAX_DEVICES = 50_000;

    private final int callsPerMinute;
    private final int quarantinedPerHour;
    private final Map<UUID, Bucket> calls = new ConcurrentHashMap<>();
    private final Map<UUID, Bucket> quarantined = new ConcurrentHashMap<>();

    public SyncLimits(
            @Value("${withus.sync.calls-per-minute:240}") int callsPerMinute,
            @Value("${withus.sync.quarantined-per-hour:200}") int quarantinedPerHour) {
        this.callsPerMinute = callsPerMinute;
        this.quarantinedPerHour = quarantinedPerHour;
    }

    /** Counts one call of a device; refuses it when the device has made too many in the last minute. */
    public void call(UUID deviceId) {
        Bucket bucket = bucket(calls, deviceId, callsPerMinute, Duration.ofMinutes(1));
        refuseUnless(
                bucket.tryConsumeAndReturnRemaining(1),
                "too-many-requests",
                "This device is sending too often; its answers stay on it and are sent again shortly");
    }

    /** Counts the items a push would quarantine; refuses the push when the device's hourly allowance is used up. */
    public void quarantine(UUID deviceId, long items) {
        if (items == 0) {
            return;
        }
        Bucket bucket = bucket(quarantined, deviceId, quarantinedPerHour, Duration.ofHours(1));
        refuseUnless(
                bucket.tryConsumeAndReturnRemaining(Math.min(items, quarantinedPerHour)),
                "quarantine-limit",
                "This device has sent many items that could not be stored; nothing of this batch was kept, and it"
                        + " can be sent again later");
    }

    private static Bucket bucket(Map<UUID, Bucket> buckets, UUID deviceId, int perPeriod, Duration period) {
        if (buckets.size() >= MAX_DEVICES) {
            buckets.clear(); // simplest bound on memory: every device starts again with a full allowance
        }
        return buckets.computeIfAbsent(
                deviceId,
                id -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perPeriod)
                                .refillGreedy(perPeriod, period)
                                .build())
                        .build());
    }

    private static void refuseUnless(ConsumptionProbe probe, String code, String detail) {
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            var refused =
                    new SyncException(HttpStatus.TOO_MANY_REQUESTS, code, detail, Map.of("retryAfterSeconds", seconds));
            refused.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            throw refused;
        }
    }
}
