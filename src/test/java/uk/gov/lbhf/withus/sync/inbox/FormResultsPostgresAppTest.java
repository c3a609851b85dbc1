package uk.gov.lbhf.withus.sync.inbox;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

/** Form results on real PostgreSQL (its own JVM: the postgres-app-tests execution in pom.xml). */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class FormResultsPostgresAppTest extends FormResultsContract {}
