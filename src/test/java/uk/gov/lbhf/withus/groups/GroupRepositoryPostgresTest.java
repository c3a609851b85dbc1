package uk.gov.lbhf.withus.groups;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

@DataJpaTest
@OnPostgres
class GroupRepositoryPostgresTest extends GroupRepositoryContract {}
