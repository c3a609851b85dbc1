package uk.gov.lbhf.withus.sync;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

/**
 * The conformance vectors on real PostgreSQL (embedded binaries). Runs in its own JVM: see the postgres-app-tests
 * execution in pom.xml.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class SyncVectorsPostgresAppTest extends SyncVectorsContract {}
