package uk.gov.lbhf.withus.sync.push;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarantinedItemRepository extends JpaRepository<QuarantinedItem, Long> {

    public Optional<QuarantinedItem> findFirstBySubmissionIdAndContentHash(String submissionId, String contentHash);

    public List<QuarantinedItem> findByResolvedAtIsNullOrderByReceivedAtDesc();

    public List<QuarantinedItem> findByPersonIdOrderByReceivedAtDesc(long personId);
}
