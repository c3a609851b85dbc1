package uk.gov.lbhf.withus.sync.devices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One person's WithUs on one browser. It syncs with a token; we keep only the token's SHA-256. */
@Entity
@Table(name = "sync_device")
public class Device {

    public static final int LABEL_MAX = 120;
    public static final int LOCK_KEY_MAX = 4000;

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "last_seen_at")
    private OffsetDateTime lastSeenAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    /**
     * The private half of the key pair this browser seals a signed-out person's unsent answers with (PKCS#8,
     * base64). The browser keeps only the public half, so the next person on a shared device cannot open them; the
     * owner's browser gets this back once they sign in again.
     */
    @Column(name = "lock_key", length = LOCK_KEY_MAX)
    private String lockKey;

    /** Two officers' revokes, or a revoke and a new token, never silently overwrite each other. */
    @Version
    private long version;

    protected Device() {}

    public Device(UUID id, long personId, String label, String tokenHash, OffsetDateTime registeredAt) {
        this.id = id;
        this.personId = personId;
        this.label = label;
        this.tokenHash = tokenHash;
        this.registeredAt = registeredAt;
    }

    public UUID getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getLabel() {
        return label;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public OffsetDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getLockKey() {
        return lockKey;
    }

    /**
     * Takes the lock key a browser sends: it sends one only when it holds no public half (a new device, or one set up
     * before lock keys), so nothing on it can be sealed with an older pair. No key sent: the one held stays.
     */
    public void useLockKey(String key) {
        if (key != null) {
            this.lockKey = key;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** A new token for the same device (signing in again on the same browser). Un-revokes nothing. */
    public void reissue(String newTokenHash, String newLabel) {
        this.tokenHash = newTokenHash;
        this.label = newLabel;
    }

    public void revoke(OffsetDateTime when, long byPersonId) {
        if (revokedAt == null) {
            this.revokedAt = when;
            this.revokedBy = byPersonId;
        }
    }
}
