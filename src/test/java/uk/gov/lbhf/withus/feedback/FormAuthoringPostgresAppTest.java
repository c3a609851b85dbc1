package uk.gov.lbhf.withus.feedback;

import org.springframework.boot.test.context.SpringBootTest;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

/** Writing forms on real PostgreSQL (its own JVM: the postgres-app-tests execution in pom.xml). */
@SpringBootTest
@OnPostgres
class FormAuthoringPostgresAppTest extends FormAuthoringContract {}
