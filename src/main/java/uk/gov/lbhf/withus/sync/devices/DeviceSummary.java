package uk.gov.lbhf.withus.sync.devices;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered device as the devices page shows it. */
public record DeviceSummary(
        UUID id,
        long personId,
        String label,
        OffsetDateTime registeredAt,
        OffsetDateTime lastSeenAt,
        OffsetDateTime revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
