package uk.gov.lbhf.withus.sync;

import org.springframework.boot.test.context.SpringBootTest;

/** The sync API fuzz test on H2 (the zero set-up default), over real HTTP. Own JVM: see pom.xml. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"withus.sync.calls-per-minute=100000000", "withus.sync.quarantined-per-hour=100000000"})
class SyncApiFuzzH2AppTest extends SyncApiFuzzContract {}
