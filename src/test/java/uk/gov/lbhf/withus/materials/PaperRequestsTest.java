package uk.gov.lbhf.withus.materials;

import uk.gov.lbhf.withus.testsupport.AppTest;

/** Paper requests on H2. */
@AppTest
class PaperRequestsTest extends PaperRequestsContract {}
