package uk.gov.lbhf.withus.groups;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

/** Joining and leaving groups on real PostgreSQL (its own JVM: the postgres-app-tests execution in pom.xml). */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class GroupMembershipsPostgresAppTest extends GroupMembershipsContract {}
