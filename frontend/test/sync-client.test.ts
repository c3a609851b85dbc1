/** The sync client's guarantees, in real Chromium with real IndexedDB. */
import { beforeEach, describe, expect, test } from 'vitest';
import { db, getMeta } from '../sync/db.js';
import { addToOutbox, exportUnsent, outboxSummary } from '../sync/outbox.js';
import { checksumOf, sha256Hex } from '../sync/protocol.js';
import { CHUNK_SIZE, SyncClient, type SyncResult } from '../sync/sync-client.js';
import { FakeServer, json, pingOk } from './fake-server.js';
import { ACCOUNT, freshDevice, outboxIds, submission } from './support.js';

function accepting(server: FakeServer) {
  return server.on('POST', /^\/api\/sync\/v1\/push$/, (_, body) =>
    json(200, {
      protocol: 1,
      receipts: body.submissions.map((s: any) => ({
        id: s.id,
        status: 'accepted',
        reference: 'WU-0000-0000',
        receivedAt: new Date().toISOString(),
        complete: true,
        missingAttachments: [],
      })),
    }),
  );
}

/** One client sending (held at the push until release()), another client on the same device, and its next result. */
async function oneSendingAndAnotherWaiting() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const server = pingOk(new FakeServer()).on('POST', /push/, async (_, body) => {
    await gate;
    return json(200, {
      protocol: 1,
      receipts: body.submissions.map((s: any) => ({
        id: s.id,
        status: 'accepted',
        receivedAt: 'now',
        complete: true,
        missingAttachments: [],
      })),
    });
  });
  const first = new SyncClient({ fetch: server.fetch, pull: false }).syncNow();
  await new Promise((r) => setTimeout(r, 50));
  const other = new SyncClient({ fetch: server.fetch, pull: false });
  const otherDone = new Promise<SyncResult>((resolve) =>
    other.addEventListener('sync-done', (e) => resolve((e as CustomEvent<SyncResult>).detail), { once: true }),
  );
  return { server, release, first, other, otherDone };
}

beforeEach(() => freshDevice());

describe('only a JSON receipt counts', () => {
  test('a captive portal answering 200 with an HTML page does not empty the outbox', async () => {
    const item = submission();
    await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: item });
    const portal = new FakeServer()
      .on(
        'GET',
        /.*/,
        () =>
          new Response('<html>Sign in to Station Wi-Fi</html>', {
            status: 200,
            headers: { 'Content-Type': 'text/html' },
          }),
      )
      .on(
        'POST',
        /.*/,
        () =>
          new Response('<html>Sign in to Station Wi-Fi</html>', {
            status: 200,
            headers: { 'Content-Type': 'text/html' },
          }),
      );
    const result = await new SyncClient({ fetch: portal.fetch, pull: false }).syncNow();
    expect(result.outcome).toBe('server-unavailable');
    expect(await outboxIds()).toEqual([item.id]);
  });

  test('a 200 JSON answer whose receipts do not name the items sent is not a receipt', async () => {
    const item = submission();
    await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: item });
    const server = pingOk(new FakeServer()).on('POST', /push/, () =>
      json(200, {
        protocol: 1,
        receipts: [
          { id: crypto.randomUUID(), status: 'accepted', receivedAt: 'x', complete: true, missingAttachments: [] },
        ],
      }),
    );
    await new SyncClient({ fetch: server.fetch, pull: false }).syncNow();
    expect(await outboxIds()).toEqual([item.id]);
  });

  test('a server error keeps everything, and the next try sends it', async () => {
    const items = [submission(), submission()];
    for (const s of items) await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: s });
    const server = pingOk(new FakeServer()).on('POST', /push/, () => json(500, { title: 'boom' }));
    const client = new SyncClient({ fetch: server.fetch, pull: false });
    expect((await client.syncNow()).outcome).toBe('server-unavailable');
    expect(await outboxIds()).toEqual(items.map((s) => s.id).sort());
    accepting(server);
    const result = await client.syncNow();
    expect(result).toMatchObject({ outcome: 'synced', sent: 2, waiting: 0 });
    expect(await outboxIds()).toEqual([]);
    const receipts = await (await db()).getAll('receipts');
    expect(receipts.map((r) => r.id).sort()).toEqual(items.map((s) => s.id).sort());
  });

  test('no network: the outcome says so and nothing is lost', async () => {
    await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: submission() });
    const client = new SyncClient({ fetch: () => Promise.reject(new TypeError('Failed to fetch')), pull: false });
    const result = await client.syncNow();
    expect(['offline', 'server-unavailable']).toContain(result.outcome);
    expect(result.waiting).toBe(1);
    expect((await outboxSummary()).waiting).toBe(1);
  });
});

describe('batches and locks', () => {
  test('60 waiting items go in batches of at most 25, each removed only with its receipt', async () => {
    for (let i = 0; i < 60; i++) await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: submission() });
    const server = accepting(pingOk(new FakeServer()));
    const result = await new SyncClient({ fetch: server.fetch, pull: false }).syncNow();
    expect(server.pushes().map((p) => p.body.submissions.length)).toEqual([25, 25, 10]);
    expect(result).toMatchObject({ sent: 60, waiting: 0 });
  });

  test('two syncs at once: the Web Lock lets one run; the other answers busy and goes once the first is done', async () => {
    await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: submission() });
    const { server, release, first, other, otherDone } = await oneSendingAndAnotherWaiting();
    const second = await other.syncNow();
    expect(second.outcome).toBe('busy');
    release();
    expect((await first).sent).toBe(1);
    // The trigger was not lost: the second went once the first was done, and found nothing left to send.
    expect(await otherDone).toMatchObject({ outcome: 'nothing-to-do', sent: 0, waiting: 0 });
    expect(server.pushes()).toHaveLength(1);
    // ...and that quiet check did not replace what the person is told.
    expect(await getMeta('lastResult')).toMatchObject({ outcome: 'synced', sent: 1, waiting: 0 });
  });

  test('Send now pressed while another window sends: once it is done, the person is told their own result', async () => {
    await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: submission() });
    const { release, first, other, otherDone } = await oneSendingAndAnotherWaiting();
    expect((await other.syncNow()).outcome).toBe('busy');
    expect((await other.syncNow({ manual: true })).outcome).toBe('busy'); // joins the attempt already queued
    release();
    await first;
    expect(await otherDone).toMatchObject({ outcome: 'nothing-to-do', sent: 0 });
    expect(await getMeta('lastResult')).toMatchObject({ outcome: 'nothing-to-do', sent: 0, waiting: 0 });
  });

  test('a quiet automatic check keeps "1 sent, 0 waiting"; Send now always tells the person its own result', async () => {
    await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: submission() });
    const client = new SyncClient({ fetch: accepting(pingOk(new FakeServer())).fetch, pull: false });
    expect(await client.syncNow()).toMatchObject({ outcome: 'synced', sent: 1, waiting: 0 });
    expect(await client.syncNow()).toMatchObject({ outcome: 'nothing-to-do', sent: 0, waiting: 0 });
    expect(await getMeta('lastResult')).toMatchObject({ outcome: 'synced', sent: 1, waiting: 0 });
    await client.syncNow({ manual: true });
    expect(await getMeta('lastResult')).toMatchObject({ outcome: 'nothing-to-do', sent: 0, waiting: 0 });
  });

  test('a refused device token asks for sign-in and keeps the outbox', async () => {
    await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: submission() });
    const server = new FakeServer().on('GET', /ping/, () => json(401, { code: 'device-token-refused' }));
    const result = await new SyncClient({ fetch: server.fetch, pull: false }).syncNow();
    expect(result.outcome).toBe('sign-in-needed');
    expect(await getMeta(`signInNeeded:${ACCOUNT}`)).toBe(true);
    expect(result.waiting).toBe(1);
  });
});

describe('attachments', () => {
  test('a photo is uploaded in chunks, resuming from what the server has, before its submission is pushed', async () => {
    const bytes = new Uint8Array(CHUNK_SIZE * 2 + 1000).map((_, i) => i % 251);
    const sha = await sha256Hex(bytes);
    const item = submission({ service: 'repairs', rating: 'poor', contactConsent: 'no', photo: sha });
    item.attachments = [{ questionId: 'photo', sha256: sha, mediaType: 'image/jpeg', size: bytes.length }];
    await addToOutbox({
      account: ACCOUNT,
      formTitle: 'F',
      submission: item,
      files: [
        { sha256: sha, account: ACCOUNT, mediaType: 'image/jpeg', blob: new Blob([bytes], { type: 'image/jpeg' }) },
      ],
    });
    let stored = CHUNK_SIZE; // the server already has the first chunk (an earlier upload was cut off)
    const received: string[] = [];
    const server = accepting(pingOk(new FakeServer()))
      .on('GET', /attachments/, () => json(200, { sha256: sha, size: bytes.length, received: stored, complete: false }))
      .on('PUT', /attachments/, (request) => {
        const range = request.headers.get('Content-Range')!;
        received.push(range);
        const [, start, end] = /bytes (\d+)-(\d+)\//.exec(range)!.map(Number);
        if (start !== stored) return json(416, { code: 'resume-from', received: stored });
        stored = end + 1;
        return json(200, { sha256: sha, size: bytes.length, received: stored, complete: stored === bytes.length });
      });
    const result = await new SyncClient({ fetch: server.fetch, pull: false }).syncNow();
    expect(received).toEqual([
      `bytes ${CHUNK_SIZE}-${2 * CHUNK_SIZE - 1}/${bytes.length}`,
      `bytes ${2 * CHUNK_SIZE}-${bytes.length - 1}/${bytes.length}`,
    ]);
    expect(result.sent).toBe(1);
    expect(await (await db()).count('files')).toBe(0);
  });

  test('while the server still misses a photo the item stays in the outbox with its file', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const sha = await sha256Hex(bytes);
    const item = submission({ service: 'repairs', rating: 'poor', contactConsent: 'no', photo: sha });
    item.attachments = [{ questionId: 'photo', sha256: sha, mediaType: 'image/png', size: 3 }];
    await addToOutbox({
      account: ACCOUNT,
      formTitle: 'F',
      submission: item,
      files: [{ sha256: sha, account: ACCOUNT, mediaType: 'image/png', blob: new Blob([bytes]) }],
    });
    const server = pingOk(new FakeServer())
      .on('GET', /attachments/, () => json(200, { sha256: sha, size: 3, received: 3, complete: true }))
      .on('POST', /push/, () =>
        json(200, {
          protocol: 1,
          receipts: [
            { id: item.id, status: 'accepted', receivedAt: 'now', complete: false, missingAttachments: [sha] },
          ],
        }),
      );
    await new SyncClient({ fetch: server.fetch, pull: false }).syncNow();
    expect(await outboxIds()).toEqual([item.id]);
    expect(await (await db()).count('files')).toBe(1);
  });
});

describe('pull', () => {
  const form = {
    kind: 'form',
    key: 'leaseholder-service',
    etag: 'a'.repeat(64),
    data: { key: 'leaseholder-service', version: 1 },
  };
  const group = { kind: 'group', key: 'civic-campus', etag: 'b'.repeat(64), data: { slug: 'civic-campus' } };

  test('a snapshot over two pages replaces what the device held and keeps the server cursor', async () => {
    const checksum = await checksumOf([form, group]);
    const server = pingOk(new FakeServer())
      .on('GET', /pull\?limit=100$/, () =>
        json(200, { protocol: 1, reset: true, changes: [form], hasMore: true, cursor: 'c1', checksum }),
      )
      .on('GET', /pull\?limit=100&cursor=c1$/, () =>
        json(200, { protocol: 1, reset: false, changes: [group], hasMore: false, cursor: 'c2', checksum }),
      );
    await (
      await db()
    ).put('offline', {
      id: `${ACCOUNT}|material/9`,
      account: ACCOUNT,
      kind: 'material',
      key: '9',
      etag: 'c'.repeat(64),
      data: {},
    });
    await new SyncClient({ fetch: server.fetch }).syncNow();
    const held = await (await db()).getAllFromIndex('offline', 'byAccount', ACCOUNT);
    expect(held.map((h) => `${h.kind}/${h.key}`).sort()).toEqual(['form/leaseholder-service', 'group/civic-campus']);
    expect(await getMeta(`cursor:${ACCOUNT}`)).toBe('c2');
  });

  test('a checksum that does not match what the device holds drops the cursor (divergence: full pull next time)', async () => {
    const server = pingOk(new FakeServer()).on('GET', /pull/, () =>
      json(200, { protocol: 1, reset: true, changes: [form], hasMore: false, cursor: 'c9', checksum: 'f'.repeat(64) }),
    );
    await new SyncClient({ fetch: server.fetch }).syncNow();
    expect(await getMeta(`cursor:${ACCOUNT}`)).toBeUndefined();
  });

  test('the checksum is the same one the server computes (sync/SPEC.md section 5)', async () => {
    // Lines "kind/key/etag\n" sorted by kind/key: the Java side's PullService.checksum hashes the same text.
    const expected = await sha256Hex(
      `form/leaseholder-service/${'a'.repeat(64)}\ngroup/civic-campus/${'b'.repeat(64)}\n`,
    );
    expect(await checksumOf([group, form])).toBe(expected);
  });
});

describe('export of unsent answers', () => {
  test('the file holds every personal submission waiting', async () => {
    const items = [submission(), submission()];
    for (const s of items) await addToOutbox({ account: ACCOUNT, formTitle: 'Leaseholder feedback', submission: s });
    const exported = JSON.parse(await (await exportUnsent(ACCOUNT)).text());
    expect(exported.items.map((i: any) => i.submission.id).sort()).toEqual(items.map((s) => s.id).sort());
  });
});

describe('one bad item does not hold back the rest', () => {
  test('a batch the server refuses as too large is sent again in halves; only the item that cannot go waits', async () => {
    const items = [submission(), submission(), submission(), submission()];
    for (const s of items) await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: s });
    const bad = items[2].id;
    const server = pingOk(new FakeServer()).on('POST', /push/, (_, body) => {
      if (body.submissions.some((s: any) => s.id === bad)) return json(413, { status: 413, code: 'batch-too-large' });
      return json(200, {
        protocol: 1,
        receipts: body.submissions.map((s: any) => ({
          id: s.id,
          status: 'accepted',
          reference: 'WU-0000-0000',
          receivedAt: new Date().toISOString(),
          complete: true,
          missingAttachments: [],
        })),
      });
    });
    const result = await new SyncClient({ fetch: server.fetch, pull: false }).syncNow();
    expect(result).toMatchObject({ outcome: 'synced', sent: 3, problems: 1, waiting: 1 });
    expect(await outboxIds()).toEqual([bad]);
    expect((await (await db()).get('outbox', bad))?.lastError).toBe('refused:batch-too-large');
  });

  test('an attachment the server will never take holds back its own item only', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const sha = await sha256Hex(bytes);
    const withPhoto = submission({ service: 'repairs', rating: 'poor', contactConsent: 'no', photo: sha });
    withPhoto.attachments = [{ questionId: 'photo', sha256: sha, mediaType: 'image/jpeg', size: bytes.length }];
    const plain = submission();
    await addToOutbox({
      account: ACCOUNT,
      formTitle: 'F',
      submission: withPhoto,
      files: [
        { sha256: sha, account: ACCOUNT, mediaType: 'image/jpeg', blob: new Blob([bytes], { type: 'image/jpeg' }) },
      ],
    });
    await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: plain });
    const server = accepting(pingOk(new FakeServer()))
      .on('GET', /attachments/, () => json(404, { status: 404, code: 'attachment-unknown' }))
      .on('PUT', /attachments/, () => json(415, { status: 415, code: 'attachment-type-not-accepted' }));
    const result = await new SyncClient({ fetch: server.fetch, pull: false }).syncNow();
    expect(result).toMatchObject({ outcome: 'synced', sent: 1, waiting: 1 });
    expect(await outboxIds()).toEqual([withPhoto.id]);
    expect((await (await db()).get('outbox', withPhoto.id))?.lastError).toBe('refused:attachment-type-not-accepted');
  });

  test('429 (too many calls) keeps everything in the outbox', async () => {
    await addToOutbox({ account: ACCOUNT, formTitle: 'F', submission: submission() });
    const server = pingOk(new FakeServer()).on(
      'POST',
      /push/,
      () =>
        new Response(JSON.stringify({ status: 429, code: 'too-many-requests' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '120' },
        }),
    );
    const result = await new SyncClient({ fetch: server.fetch, pull: false }).syncNow();
    expect(result).toMatchObject({ outcome: 'server-unavailable', waiting: 1 });
  });
});
