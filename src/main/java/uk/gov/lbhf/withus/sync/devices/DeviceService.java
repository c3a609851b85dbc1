package uk.gov.lbhf.withus.sync.devices;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.Hashes;

/** Registers devices for sync, authenticates their tokens, and lets staff revoke them. */
@Service
@Transactional
public class DeviceService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DeviceRepository devices;
    private final Clock clock;

    private final PeopleService people;
    private final RecentSignIns recent;

    public DeviceService(DeviceRepository devices, PeopleService people, Clock clock, RecentSignIns recent) {
        this.devices = devices;
        this.people = people;
        this.clock = clock;
        this.recent = recent;
    }

    /**
     * Registers this browser for the signed-in person, or issues a fresh token for a device they registered
     * before. A device id that belongs to someone else, or that was revoked, is refused.
     */
    public IssuedDevice register(CurrentUser user, UUID deviceId, String label) {
        return register(user, deviceId, label, null);
    }

    /**
     * As {@link #register(CurrentUser, UUID, String)}, keeping the private half of the browser's lock key pair when it
     * sends one (see {@link Device#useLockKey}); {@code hasLockKey} in the answer says whether the device has one now.
     */
    public IssuedDevice register(CurrentUser user, UUID deviceId, String label, String lockKey) {
        if (lockKey != null && (lockKey.length() > Device.LOCK_KEY_MAX || !lockKey.matches("[A-Za-z0-9+/=]+"))) {
            throw new IllegalArgumentException("A lock key is a base64 PKCS#8 key of at most 4000 characters");
        }
        String cleanLabel = label == null || label.isBlank() ? "Browser" : label.strip();
        if (cleanLabel.length() > Device.LABEL_MAX) {
            cleanLabel = cleanLabel.substring(0, Device.LABEL_MAX);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Optional<Device> existing = devices.findById(deviceId);
        if (existing.isPresent()) {
            Device device = existing.get();
            if (device.getPersonId() != user.personId() || device.isRevoked()) {
                throw new AccessDeniedException("This device cannot be registered again");
            }
            device.reissue(Hashes.sha256(token), cleanLabel);
            device.useLockKey(lockKey);
            forgetNowAndAfterCommit(deviceId); // the old token stops working now
            return new IssuedDevice(deviceId, token, device.getLockKey() != null);
        }
        Device device = new Device(deviceId, user.personId(), cleanLabel, Hashes.sha256(token), now());
        device.useLockKey(lockKey);
        devices.save(device);
        return new IssuedDevice(deviceId, token, lockKey != null);
    }

    /**
     * The private lock key of one of this person's own devices (revoked ones included: what is sealed there is
     * theirs), to open on that browser what was sealed when they signed out. Nobody else's.
     */
    @Transactional(readOnly = true)
    public Optional<String> lockKey(CurrentUser user, UUID deviceId) {
        return devices.findById(deviceId)
                .filter(d -> d.getPersonId() == user.personId())
                .map(Device::getLockKey);
    }

    /** The device a token belongs to, unless it is unknown or revoked; records when the device was last seen. */
    public Optional<AuthenticatedDevice> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return devices.findByTokenHash(Hashes.sha256(token))
                .filter(d -> !d.isRevoked())
                .map(device -> {
                    OffsetDateTime now = now();
                    devices.seen(device.getId(), now, now.minusMinutes(1));
                    return new AuthenticatedDevice(device.getId(), device.getPersonId());
                });
    }

    /**
     * The device and its owner for a token, in one transaction (this runs on every sync call): empty when the token
     * is unknown or revoked, or the owner's account is disabled.
     */
    public Optional<SignedDevice> signIn(String token) {
        return authenticate(token)
                .flatMap(device -> people.enabledUser(device.personId()).map(user -> new SignedDevice(device, user)));
    }

    public record SignedDevice(AuthenticatedDevice device, UserDetails user) {}

    @Transactional(readOnly = true)
    public List<DeviceSummary> all(CurrentUser viewer) {
        requireStaff(viewer);
        return devices.findAllByOrderByRegisteredAtDesc().stream()
                .map(DeviceService::summary)
                .toList();
    }

    /** Stops a device from syncing; what it already sent stays. */
    public void revoke(UUID deviceId, CurrentUser by) {
        requireStaff(by);
        devices.findById(deviceId).ifPresent(device -> device.revoke(now(), by.personId()));
        forgetNowAndAfterCommit(deviceId);
    }

    /**
     * Forgets a device's remembered token now and again once the change is committed: a call that reads the device
     * between the two (still unrevoked in the database) would otherwise be remembered for another minute.
     */
    private void forgetNowAndAfterCommit(UUID deviceId) {
        recent.forget(deviceId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    recent.forget(deviceId);
                }
            });
        }
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("Only staff manage devices");
        }
    }

    private static DeviceSummary summary(Device d) {
        return new DeviceSummary(
                d.getId(), d.getPersonId(), d.getLabel(), d.getRegisteredAt(), d.getLastSeenAt(), d.getRevokedAt());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Who is syncing: the device and the person it belongs to. */
    public record AuthenticatedDevice(UUID deviceId, long personId) {}
}
