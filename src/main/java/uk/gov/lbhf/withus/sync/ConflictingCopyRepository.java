package uk.gov.lbhf.withus.sync;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictingCopyRepository extends JpaRepository<ConflictingCopy, Long> {

    boolean existsBySubmissionIdAndContentHash(UUID submissionId, String contentHash);

    /** Copies still waiting for an officer's decision. */
    List<ConflictingCopy> findByDecisionIsNullOrderByReceivedAtDesc();

    /** Decided conflicts of one person's submissions decided since a moment: what their devices are told. */
    List<ConflictingCopy> findByPersonIdAndDecisionIsNotNullAndDecidedAtAfter(long personId, OffsetDateTime since);

    /** Decided copies of these submissions. */
    List<ConflictingCopy> findBySubmissionIdInAndDecisionIsNotNull(Collection<UUID> submissionIds);
}
