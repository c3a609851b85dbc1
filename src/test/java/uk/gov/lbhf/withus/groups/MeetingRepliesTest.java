package uk.gov.lbhf.withus.groups;

import uk.gov.lbhf.withus.testsupport.AppTest;

/** Meeting replies on H2. */
@AppTest
class MeetingRepliesTest extends MeetingRepliesContract {}
