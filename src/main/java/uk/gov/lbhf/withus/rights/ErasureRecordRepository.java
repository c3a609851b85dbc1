package uk.gov.lbhf.withus.rights;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureRecordRepository extends JpaRepository<ErasureRecord, Long> {

    List<ErasureRecord> findTop100ByOrderByActionedAtDesc();
}
