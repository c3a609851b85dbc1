package uk.gov.lbhf.withus.sync.push;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionRepository extends JpaRepository<Submission, UUID> {

    public List<Submission> findAllByOrderByReceivedAtDesc();

    public List<Submission> findByPersonIdOrderByReceivedAtDesc(long personId);
}
