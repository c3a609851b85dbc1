/**
 * The Sync inbox for staff: what arrived, what needs a decision (conflicts, quarantined items), and the decisions
 * themselves.
 */
package uk.gov.lbhf.withus.sync.inbox;
