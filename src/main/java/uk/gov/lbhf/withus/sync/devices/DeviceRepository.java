package uk.gov.lbhf.withus.sync.devices;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DeviceRepository extends JpaRepository<Device, UUID> {

    public Optional<Device> findByTokenHash(String tokenHash);

    public List<Device> findAllByOrderByRegisteredAtDesc();

    /**
     * Records that a device was seen, touching only that column and at most once a minute (every sync call
     * authenticates): a revoke or a new token committed meanwhile is never written over.
     */
    @Modifying
    @Query(
            "update Device d set d.lastSeenAt = :when where d.id = :id and (d.lastSeenAt is null or d.lastSeenAt < :before)")
    public int seen(UUID id, OffsetDateTime when, OffsetDateTime before);

    public List<Device> findByPersonIdOrderByRegisteredAtDesc(long personId);
}
