package uk.gov.lbhf.withus.sync.attachments;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentChunkRepository extends JpaRepository<AttachmentChunk, AttachmentChunk.Key> {

    public List<AttachmentChunk> findBySha256OrderByStartByte(String sha256);

    @Query("select coalesce(sum(c.sizeBytes), 0) from AttachmentChunk c where c.sha256 = :sha256")
    public long receivedBytes(String sha256);

    @Modifying
    @Query("delete from AttachmentChunk c where c.sha256 = :sha256")
    public void deleteAllOf(String sha256);
}
