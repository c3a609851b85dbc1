package uk.gov.lbhf.withus.feedback;

import uk.gov.lbhf.withus.testsupport.AppTest;

/** Writing forms on H2. */
@AppTest
class FormAuthoringTest extends FormAuthoringContract {}
