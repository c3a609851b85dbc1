package uk.gov.lbhf.withus.feedback;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class FormDefinitionRepositoryH2Test extends FormDefinitionRepositoryContract {}
