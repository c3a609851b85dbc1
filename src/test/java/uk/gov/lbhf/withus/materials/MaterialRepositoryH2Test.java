package uk.gov.lbhf.withus.materials;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class MaterialRepositoryH2Test extends MaterialRepositoryContract {}
