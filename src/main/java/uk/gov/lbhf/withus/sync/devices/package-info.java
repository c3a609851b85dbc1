/**
 * Devices: a browser's registration, its token (stored hashed, remembered briefly), its lock key for shared
 * devices, and revocation.
 */
package uk.gov.lbhf.withus.sync.devices;
