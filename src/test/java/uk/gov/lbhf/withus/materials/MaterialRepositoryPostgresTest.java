package uk.gov.lbhf.withus.materials;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

@DataJpaTest
@OnPostgres
class MaterialRepositoryPostgresTest extends MaterialRepositoryContract {}
