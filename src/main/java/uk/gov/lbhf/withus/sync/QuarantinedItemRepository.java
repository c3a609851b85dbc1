package uk.gov.lbhf.withus.sync;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuarantinedItemRepository extends JpaRepository<QuarantinedItem, Long> {

    Optional<QuarantinedItem> findFirstBySubmissionIdAndContentHash(String submissionId, String contentHash);

    List<QuarantinedItem> findByResolvedAtIsNullOrderByReceivedAtDesc();

    List<QuarantinedItem> findByPersonIdOrderByReceivedAtDesc(long personId);
}
