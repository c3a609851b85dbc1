/** A shared device, two accounts: what one leaves at sign-out is safe, unreadable to the next, and theirs again later. */
import { beforeEach, expect, test } from 'vitest';
import { MATERIALS_CACHE, db, getMeta, setMeta } from '../sync/db.js';
import { addToOutbox, exportUnsent } from '../sync/outbox.js';
import { sha256Hex } from '../sync/protocol.js';
import { lockAccount, lockAllBut, newLockKeys, unlockAccount } from '../sync/shared-device.js';
import { SyncClient } from '../sync/sync-client.js';
import { FakeServer, json, pingOk } from './fake-server.js';
import { freshDevice, submission } from './support.js';

let leonsPrivateKey = '';

beforeEach(async () => {
  await freshDevice('leon');
  const keys = await newLockKeys();
  leonsPrivateKey = keys.privateKey;
  const database = await db();
  await database.put('accounts', { ...(await database.get('accounts', 'leon'))!, lockKey: keys.publicKey });
  await database.put('accounts', {
    username: 'amara',
    displayName: 'Amara Okafor',
    deviceId: crypto.randomUUID(),
    token: 'token-amara',
    registeredAt: new Date().toISOString(),
    lockKey: (await newLockKeys()).publicKey,
  });
});

/** Everything the device holds, as text and bytes, to search for what must not be readable. */
async function everythingStored(): Promise<string> {
  const database = await db();
  const parts: string[] = [];
  for (const name of database.objectStoreNames) {
    for (const value of await database.getAll(name as never)) {
      parts.push(JSON.stringify(value));
      for (const v of Object.values(value as object)) {
        if (v instanceof Blob) parts.push(await v.text());
        if (v && typeof v === 'object' && 'data' in v && v.data instanceof ArrayBuffer)
          parts.push(new TextDecoder().decode(v.data));
      }
    }
  }
  return parts.join('\n');
}

async function leonLeavesThingsBehind() {
  const photo = new TextEncoder().encode('PHOTO-OF-LEONS-FRONT-DOOR');
  const sha = await sha256Hex(photo);
  const item = submission({
    service: 'repairs',
    rating: 'poor',
    contactConsent: 'no',
    comment: 'My door code is 4417',
    photo: sha,
  });
  item.attachments = [{ questionId: 'photo', sha256: sha, mediaType: 'image/jpeg', size: photo.length }];
  await addToOutbox({
    account: 'leon',
    formTitle: 'Leaseholder service feedback',
    submission: item,
    files: [{ sha256: sha, account: 'leon', mediaType: 'image/jpeg', blob: new Blob([photo], { type: 'image/jpeg' }) }],
  });
  const database = await db();
  await database.put('receipts', {
    id: crypto.randomUUID(),
    account: 'leon',
    formTitle: 'Sent before',
    status: 'accepted',
    receivedAt: 'x',
    sentAt: 'y',
    mode: 'personal',
  });
  await database.put('offline', {
    id: 'leon|material/42',
    account: 'leon',
    kind: 'material',
    key: '42',
    etag: 'e',
    data: {
      id: 42,
      title: 'Members-only housing paper',
      formats: [{ kind: 'standard' }, { kind: 'audio', href: '/files/materials/42/7' }],
    },
  });
  await database.put('drafts', {
    key: 'leon|f',
    account: 'leon',
    formKey: 'f',
    formVersion: 1,
    submissionId: 's',
    answers: { comment: 'half-written complaint' },
    savedAt: 'z',
  });
  const cache = await caches.open(MATERIALS_CACHE);
  await cache.put('/files/materials/42/7', new Response('LEONS-MEMBERS-ONLY-RECORDING'));
  await setMeta('kept:leon', ['42']); // as the offline app keeps it: material ids
  return item;
}

test('at sign-out the unsent answers stay, sealed; what was sent, the offline copies, drafts and the token go', async () => {
  const item = await leonLeavesThingsBehind();
  await lockAccount('leon');

  const database = await db();
  expect((await database.getAllKeys('outbox')).map(String)).toEqual([item.id]); // never deleted
  const stored = await everythingStored();
  for (const secret of [
    '4417',
    'PHOTO-OF-LEONS',
    'Members-only housing paper',
    'half-written',
    'Leaseholder service feedback',
  ]) {
    expect(stored, secret).not.toContain(secret);
  }
  expect(await database.count('receipts')).toBe(0);
  expect(await database.count('offline')).toBe(0);
  expect((await database.get('accounts', 'leon'))?.token).toBeUndefined();
  expect(await getMeta('currentAccount')).toBeUndefined();
  expect(await (await caches.open(MATERIALS_CACHE)).match('/files/materials/42/7')).toBeUndefined();
  expect(JSON.parse(await (await exportUnsent('leon')).text()).items).toEqual([]); // nothing readable to save either
  expect((await database.get('accounts', 'amara'))?.token).toBe('token-amara'); // the other account is untouched
});

test('while locked nothing is sent as that person; after their next sign-in their answers are theirs again and go', async () => {
  const item = await leonLeavesThingsBehind();
  await lockAllBut('amara');
  const server = pingOk(new FakeServer())
    .on('GET', /attachments/, () => json(200, { sha256: 'x', size: 1, received: 1, complete: true }))
    .on('POST', /push/, (_, body) =>
      json(200, {
        protocol: 1,
        receipts: body.submissions.map((s: any) => ({
          id: s.id,
          status: 'accepted',
          reference: 'WU-0000-0000',
          receivedAt: 'now',
          complete: true,
          missingAttachments: [],
        })),
      }),
    );
  const client = new SyncClient({ fetch: server.fetch, pull: false });
  await client.syncNow();
  expect(server.pushes()).toHaveLength(0);

  expect(await unlockAccount('leon', leonsPrivateKey)).toBe(1);
  const database = await db();
  expect((await database.get('outbox', item.id))?.submission).toEqual(item);
  expect(await (await database.get('files', item.attachments![0].sha256))?.blob?.text()).toBe(
    'PHOTO-OF-LEONS-FRONT-DOOR',
  );
  await database.put('accounts', { ...(await database.get('accounts', 'leon'))!, token: 'token-2', locked: false });
  await client.syncNow();
  expect(server.pushes().flatMap((p) => p.body.submissions.map((s: any) => s.answers.comment))).toEqual([
    'My door code is 4417',
  ]);
});

test("another person's private key does not open them", async () => {
  await leonLeavesThingsBehind();
  await lockAccount('leon');
  await expect(unlockAccount('leon', (await newLockKeys()).privateKey)).rejects.toThrow();
});
