/** What the service worker reads of the device's store (db.ts owns it): never creating or upgrading it. */
import { expect, test } from 'vitest';
import { addToOutbox } from '../sync/outbox.js';
import { captureRunning, db, resetDatabaseForTests, setMeta, unsentCount } from '../sync/db.js';
import { freshDevice, submission } from './support.js';

test('on a device the app has not set up, the worker reads nothing and makes no database', async () => {
  await resetDatabaseForTests();
  expect(await unsentCount()).toBe(0);
  expect(await captureRunning()).toBe(false);
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('withus');
});

test('the worker counts what waits and sees a running event capture', async () => {
  await freshDevice();
  expect(await unsentCount()).toBe(0);
  await addToOutbox({
    account: 'leon',
    formTitle: 'Leaseholder service feedback',
    submission: submission(),
    files: [],
  });
  await addToOutbox({
    account: 'leon',
    formTitle: 'Leaseholder service feedback',
    submission: submission(),
    files: [],
  });
  expect(await unsentCount()).toBe(2);
  expect(await captureRunning()).toBe(false);
  await setMeta('activeCapture', { sessionId: 's1' });
  expect(await captureRunning()).toBe(true);
  expect((await db()).version).toBe(2); // the pages' connection is still the one they opened
});
