/**
 * Attachments: photos and recordings uploaded in chunks, resumable, checked against their SHA-256 (sync/SPEC.md
 * §4), and the staff-only file download.
 */
package uk.gov.lbhf.withus.sync.attachments;
