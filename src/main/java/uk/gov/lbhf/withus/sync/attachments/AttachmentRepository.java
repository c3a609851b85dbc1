package uk.gov.lbhf.withus.sync.attachments;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<Attachment, String> {

    @Query("select a.sha256 from Attachment a where a.complete = true and a.sha256 in :hashes")
    public List<String> findCompleteAmong(Collection<String> hashes);
}
