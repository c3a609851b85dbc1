package uk.gov.lbhf.withus.sync.push;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConflictingCopyRepository extends JpaRepository<ConflictingCopy, Long> {

    public boolean existsBySubmissionIdAndContentHash(UUID submissionId, String contentHash);

    /** Copies still waiting for an officer's decision. */
    public List<ConflictingCopy> findByDecisionIsNullOrderByReceivedAtDesc();

    /** Decided conflicts of one person's submissions decided since a moment: what their devices are told. */
    public List<ConflictingCopy> findByPersonIdAndDecisionIsNotNullAndDecidedAtAfter(
            long personId, OffsetDateTime since);

    /** Decided copies of these submissions. */
    public List<ConflictingCopy> findBySubmissionIdInAndDecisionIsNotNull(Collection<UUID> submissionIds);
}
