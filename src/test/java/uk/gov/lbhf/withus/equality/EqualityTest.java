package uk.gov.lbhf.withus.equality;

import uk.gov.lbhf.withus.testsupport.AppTest;

/** Equality information on H2. */
@AppTest
class EqualityTest extends EqualityContract {}
