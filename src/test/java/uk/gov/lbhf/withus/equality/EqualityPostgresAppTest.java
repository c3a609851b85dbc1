package uk.gov.lbhf.withus.equality;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

/** Equality information on real PostgreSQL (its own JVM: the postgres-app-tests execution in pom.xml). */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class EqualityPostgresAppTest extends EqualityContract {}
