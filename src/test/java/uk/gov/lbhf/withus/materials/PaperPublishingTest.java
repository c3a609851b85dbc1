package uk.gov.lbhf.withus.materials;

import uk.gov.lbhf.withus.testsupport.AppTest;

/** Publishing papers and their formats on H2. */
@AppTest
class PaperPublishingTest extends PaperPublishingContract {}
