/**
 * Sync: how answers captured on a device (online or offline) reach the server, and how a device gets the forms,
 * groups, meetings and materials it may keep offline. The protocol is specified in {@code sync/SPEC.md}; the same
 * conformance vectors ({@code sync/vectors}) run against this server and against the TypeScript client.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sync")
package uk.gov.lbhf.withus.sync;
