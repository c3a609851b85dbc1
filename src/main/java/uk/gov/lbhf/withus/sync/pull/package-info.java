/**
 * Pull: what a person's devices keep offline, as a paged snapshot with a server-owned cursor and checksum
 * (sync/SPEC.md §5). Forms and decisions are sync's own kinds; features add theirs through sync.OfflineItems.
 */
package uk.gov.lbhf.withus.sync.pull;
