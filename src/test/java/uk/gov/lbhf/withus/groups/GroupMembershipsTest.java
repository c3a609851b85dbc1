package uk.gov.lbhf.withus.groups;

import uk.gov.lbhf.withus.testsupport.AppTest;

/** Joining and leaving groups on H2. */
@AppTest
class GroupMembershipsTest extends GroupMembershipsContract {}
