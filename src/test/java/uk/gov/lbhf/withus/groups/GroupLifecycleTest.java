package uk.gov.lbhf.withus.groups;

import uk.gov.lbhf.withus.testsupport.AppTest;

/** Starting and closing groups on H2. */
@AppTest
class GroupLifecycleTest extends GroupLifecycleContract {}
