package uk.gov.lbhf.withus.sync;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, UUID> {

    List<Submission> findAllByOrderByReceivedAtDesc();

    List<Submission> findByPersonIdOrderByReceivedAtDesc(long personId);
}
