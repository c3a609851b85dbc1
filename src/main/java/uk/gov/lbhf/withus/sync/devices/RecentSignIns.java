package uk.gov.lbhf.withus.sync.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import uk.gov.lbhf.withus.sync.devices.DeviceService.SignedDevice;

/**
 * Device tokens checked in the last minute, by the token's SHA-256, so a device draining its outbox in many
 * batches is not looked up in the database for every call. Revoking a device or issuing it a new token forgets it
 * at once on this server; another server of a cluster forgets it within {@link #REMEMBER}. Only the hash of a
 * token is held, as in the database.
 */
@Component
public class RecentSignIns {

    public static final Duration REMEMBER = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(SignedDevice signed, Instant until) {}

    private final Map<String, Entry> byTokenHash = new ConcurrentHashMap<>();
    private final Clock clock;

    public RecentSignIns(Clock clock) {
        this.clock = clock;
    }

    public Optional<SignedDevice> find(String tokenHash) {
        Entry entry = byTokenHash.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.until().isBefore(clock.instant())) {
            byTokenHash.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.signed());
    }

    public void remember(String tokenHash, SignedDevice signed) {
        if (byTokenHash.size() >= MAX_ENTRIES) {
            byTokenHash.clear(); // simplest bound: everyone is looked up again once
        }
        byTokenHash.put(tokenHash, new Entry(signed, clock.instant().plus(REMEMBER)));
    }

    public void forget(UUID deviceId) {
        byTokenHash.values().removeIf(e -> e.signed().device().deviceId().equals(deviceId));
    }
}
