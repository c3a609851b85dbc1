/** Event capture on a shared device: answers are unreadable at rest and wait for the officer's PIN after a reload. */
import { beforeEach, expect, test } from 'vitest';
import { db } from '../sync/db.js';
import { forgetKeysForTests, startEventSession, unlockEventSession } from '../sync/crypto.js';
import { addToOutbox, outboxSummary } from '../sync/outbox.js';
import { SyncClient } from '../sync/sync-client.js';
import { sha256Hex } from '../sync/protocol.js';
import { FakeServer, json, pingOk } from './fake-server.js';
import { freshDevice } from './support.js';

beforeEach(() => freshDevice('priya'));

function eventSubmission(comment: string) {
  return {
    id: crypto.randomUUID(),
    form: { key: 'community-event', version: 1 },
    capturedAt: '2026-11-20T10:00:00Z',
    mode: 'event' as const,
    answers: { topic: 'housing', comment, contactConsent: 'no' },
  };
}

test('what a respondent wrote is not in the device storage in readable form', async () => {
  const session = await startEventSession('2468', 'priya', 'community-event');
  await addToOutbox({
    account: 'priya',
    formTitle: 'Community event',
    submission: eventSubmission('My neighbour Ann at flat 12 needs help'),
    eventSessionId: session,
  });
  const [record] = await (await db()).getAll('outbox');
  expect(record.submission).toBeUndefined();
  const stored = new TextDecoder().decode(record.sealed!.data);
  expect(stored).not.toContain('Ann');
  expect(JSON.stringify(record)).not.toContain('flat 12');
});

test("a respondent's recording is encrypted at rest too, and is sent whole once the PIN is entered", async () => {
  const session = await startEventSession('2468', 'priya', 'community-event');
  const voice = new Uint8Array(5000).map((_, i) => (i * 13 + 1) % 256);
  const sha = await sha256Hex(voice);
  const item = eventSubmission('with a voice note');
  (item.answers as Record<string, string>).recording = sha;
  const withFile = {
    ...item,
    attachments: [{ questionId: 'recording', sha256: sha, mediaType: 'audio/webm', size: voice.length }],
  };
  await addToOutbox({
    account: 'priya',
    formTitle: 'Community event',
    submission: withFile,
    eventSessionId: session,
    files: [
      { sha256: sha, account: 'priya', mediaType: 'audio/webm', blob: new Blob([voice], { type: 'audio/webm' }) },
    ],
  });
  const [file] = await (await db()).getAll('files');
  expect(file.blob).toBeUndefined();
  const atRest = new Uint8Array(file.sealed!.data);
  const needle = voice.slice(1000, 1032).join(',');
  expect(Array.from(atRest).join(',')).not.toContain(needle);

  forgetKeysForTests();
  let uploaded = new Uint8Array();
  const server = pingOk(new FakeServer())
    .on('GET', /attachments/, () => json(404, { status: 404, code: 'attachment-unknown' }))
    .on('PUT', /attachments/, async (request) => {
      uploaded = new Uint8Array(await request.arrayBuffer());
      return json(200, { sha256: sha, size: voice.length, received: voice.length, complete: true });
    })
    .on('POST', /push/, (_, body) =>
      json(200, {
        protocol: 1,
        receipts: body.submissions.map((s: any) => ({
          id: s.id,
          status: 'accepted',
          receivedAt: 'now',
          complete: true,
          missingAttachments: [],
        })),
      }),
    );
  const client = new SyncClient({ fetch: server.fetch, pull: false });
  await client.syncNow();
  expect(uploaded.length).toBe(0);
  expect(await unlockEventSession(session, '2468')).toBe(true);
  expect(await client.syncNow()).toMatchObject({ sent: 1, waiting: 0 });
  expect(Array.from(uploaded)).toEqual(Array.from(voice));
  expect(await (await db()).count('files')).toBe(0);
});

test('after a reload the entries wait, locked, until the officer enters the PIN; then they are sent', async () => {
  const session = await startEventSession('2468', 'priya', 'community-event');
  const items = [eventSubmission('first'), eventSubmission('second')];
  for (const s of items)
    await addToOutbox({ account: 'priya', formTitle: 'Community event', submission: s, eventSessionId: session });
  forgetKeysForTests(); // as a page reload does
  const server = pingOk(new FakeServer()).on('POST', /push/, (_, body) =>
    json(200, {
      protocol: 1,
      receipts: body.submissions.map((s: any) => ({
        id: s.id,
        status: 'accepted',
        receivedAt: 'now',
        complete: true,
        missingAttachments: [],
      })),
    }),
  );
  const client = new SyncClient({ fetch: server.fetch, pull: false });
  await client.syncNow();
  expect(server.pushes()).toHaveLength(0);
  expect(await outboxSummary()).toMatchObject({ waiting: 2, locked: 2 });
  expect(await unlockEventSession(session, '1357')).toBe(false);
  expect(await unlockEventSession(session, '2468')).toBe(true);
  const result = await client.syncNow();
  expect(result).toMatchObject({ sent: 2, waiting: 0 });
  expect(server.pushes()[0].body.submissions.map((s: any) => s.answers.comment)).toEqual(['first', 'second']);
});

test('a PIN must be 4 to 8 numbers', async () => {
  await expect(startEventSession('12a4', 'priya', 'community-event')).rejects.toThrow('pin-format');
});
