package uk.gov.lbhf.withus.groups;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class GroupRepositoryH2Test extends GroupRepositoryContract {}
