package uk.gov.lbhf.withus.sync;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictingCopyRepository extends JpaRepository<ConflictingCopy, Long> {

    boolean existsBySubmissionIdAndContentHash(UUID submissionId, String contentHash);

    List<ConflictingCopy> findAllByOrderByReceivedAtDesc();
}
