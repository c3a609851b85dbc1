/**
 * Sync: how answers captured on a device (online or offline) reach the server, and how a device gets the forms,
 * groups, meetings and materials it may keep offline. The protocol is specified in {@code sync/SPEC.md}; the same
 * conformance vectors ({@code sync/vectors}) run against this server and against the TypeScript client.
 *
 * <p>Its doors, one per job: {@code push}, {@code pull}, {@code attachments}, {@code devices}, {@code inbox}; the HTTP
 * API and its problems are here ({@link uk.gov.lbhf.withus.sync.SyncController}, {@code SyncException},
 * {@code SyncSecurityConfig}), with what other features may use: {@link uk.gov.lbhf.withus.sync.OfflineItems} (add
 * kinds to the pull), {@code PersonalSyncData} (a person's data rights) and {@code RetentionPolicy}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sync")
package uk.gov.lbhf.withus.sync;
