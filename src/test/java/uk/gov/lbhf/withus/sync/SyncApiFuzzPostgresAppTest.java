package uk.gov.lbhf.withus.sync;

import org.springframework.boot.test.context.SpringBootTest;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

/** The sync API fuzz test on real PostgreSQL (production's insert path), over real HTTP. Own JVM: see pom.xml. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"withus.sync.calls-per-minute=100000000", "withus.sync.quarantined-per-hour=100000000"})
@OnPostgres
class SyncApiFuzzPostgresAppTest extends SyncApiFuzzContract {}
