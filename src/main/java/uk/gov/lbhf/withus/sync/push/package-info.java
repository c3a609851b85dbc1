/**
 * Push: a device's batch of submissions, checked and stored once (sync/SPEC.md §3): the batch checks (ItemChecks),
 * each item's identity (ContentIdentity), replays and conflicts, the form's answer rules, quarantine of what
 * cannot be stored, and the multi-row insert. Owns the submissions, conflicting copies and quarantined items that
 * the inbox, pull and retention read.
 */
package uk.gov.lbhf.withus.sync.push;
