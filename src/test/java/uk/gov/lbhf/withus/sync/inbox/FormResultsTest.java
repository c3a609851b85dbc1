package uk.gov.lbhf.withus.sync.inbox;

import uk.gov.lbhf.withus.testsupport.AppTest;

/** Form results on H2. */
@AppTest
class FormResultsTest extends FormResultsContract {}
