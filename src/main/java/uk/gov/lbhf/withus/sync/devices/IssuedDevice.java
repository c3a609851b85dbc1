package uk.gov.lbhf.withus.sync.devices;

import java.util.UUID;

/**
 * A device and its sync token. The token is shown to the device once and never stored in clear. {@code hasLockKey}:
 * the server holds the device's private lock key.
 */
public record IssuedDevice(UUID deviceId, String token, boolean hasLockKey) {}
