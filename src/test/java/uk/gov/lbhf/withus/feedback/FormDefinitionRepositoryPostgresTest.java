package uk.gov.lbhf.withus.feedback;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.gov.lbhf.withus.testsupport.OnPostgres;

@DataJpaTest
@OnPostgres
class FormDefinitionRepositoryPostgresTest extends FormDefinitionRepositoryContract {}
