package uk.gov.lbhf.withus.sync;

import uk.gov.lbhf.withus.testsupport.AppTest;

/** The conformance vectors on H2. */
@AppTest
class SyncVectorsTest extends SyncVectorsContract {}
