package uk.gov.lbhf.withus.materials;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

/** Publishing papers and their formats on real PostgreSQL (its own JVM: the postgres-app-tests execution in pom.xml). */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class PaperPublishingPostgresAppTest extends PaperPublishingContract {}
