package uk.gov.lbhf.withus.people;

import uk.gov.lbhf.withus.testsupport.AppTest;

/** Accounts on H2. */
@AppTest
class AccountsTest extends AccountsContract {}
