/**
 * The conformance vectors of sync/vectors, from the client's side: the sync client talks to a fake server that
 * answers with each vector's responses. The client must send what the vector's request says, and keep or delete
 * outbox items as outboxAfter says (a lost reply keeps them; any receipt removes them).
 */
import { describe, expect, test } from 'vitest';
import { db, getMeta, setMeta } from '../sync/db.js';
import { addToOutbox } from '../sync/outbox.js';
import { checksumOf } from '../sync/protocol.js';
import { SyncClient } from '../sync/sync-client.js';
import { FakeServer, json, pingOk } from './fake-server.js';
import { freshDevice, outboxIds } from './support.js';

const vectors = Object.values(
  import.meta.glob('../../sync/vectors/*.json', { eager: true, import: 'default' }),
) as any[];

function substitute(node: any, values: Record<string, string>): any {
  if (typeof node === 'string') {
    return node.replace(/\{\{([a-zA-Z0-9]+)}}/g, (_, name: string) => {
      if (name === 'any') return '{{any}}';
      values[name] ??= crypto.randomUUID();
      return values[name];
    });
  }
  if (Array.isArray(node)) return node.map((n) => substitute(n, values));
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, substitute(v, values)]));
  return node;
}

/** A concrete server answer from a vector's expected body: {{any}} becomes a plausible value. */
function concrete(node: any, key = ''): any {
  if (node === '{{any}}') return key === 'receivedAt' ? '2026-11-22T10:00:00Z' : 'described by the server';
  if (Array.isArray(node)) return node.map((n) => concrete(n));
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, concrete(v, k)]));
  return node;
}

const clientVectors = vectors.filter((v) => v.sides.includes('client'));

function isPull(step: any): boolean {
  return String(step.request.path).startsWith('/api/sync/v1/pull');
}

describe('sync conformance vectors (client side)', () => {
  test('the client runs the push vectors and the pull vector', () => {
    expect(clientVectors.length).toBeGreaterThanOrEqual(7);
    expect(clientVectors.some((v) => v.steps.some(isPull))).toBe(true);
  });

  for (const vector of clientVectors) {
    test(vector.name, async () => {
      await freshDevice(vector.account);
      const values: Record<string, string> = { deviceId: '3f2b8a64-6f3c-4a57-9d8e-2b7d5b0f4c11' };
      const server = pingOk(new FakeServer());
      const pulls = vector.steps.some((step: any) => isPull(step));
      const client = new SyncClient({ fetch: server.fetch, pull: pulls });
      let snapshot: any[] = []; // what the fake server last sent as a whole, for its checksum
      for (const [index, step] of vector.steps.entries()) {
        const where = `${vector.name} step ${index + 1}`;
        for (const captured of step.capture ?? []) {
          await addToOutbox({
            account: vector.account,
            formTitle: 'Vector form',
            submission: substitute(captured, values),
          });
        }
        const request = substitute(step.request, values);
        const response = concrete(substitute(step.response, values));
        const before = server.requests.length;
        if (isPull(step)) {
          const side = substitute(step.client ?? {}, values);
          if (side.cursorBefore) await setMeta(`cursor:${vector.account}`, side.cursorBefore);
          const answer = { changes: [], cursor: substitute('{{cursor}}', values), ...response.body, ...side.answer };
          if (answer.reset) snapshot = answer.changes;
          answer.checksum = await checksumOf(snapshot);
          server.on('GET', /^\/api\/sync\/v1\/pull/, () =>
            json(response.status, response.status === 200 ? answer : response.body),
          );
          await client.syncNow();
          const sent = server.requests.slice(before).filter((r) => r.path.startsWith('/api/sync/v1/pull'));
          expect(
            sent.map((r) => r.path),
            `${where}: the client asked what the vector says`,
          ).toEqual([request.path]);
          const held = await (await db()).getAllFromIndex('offline', 'byAccount', vector.account);
          expect(held.map((h) => `${h.kind}/${h.key}`).sort(), `${where}: what the device holds`).toEqual(
            [...side.heldAfter].sort(),
          );
          expect((await getMeta(`cursor:${vector.account}`)) ?? null, `${where}: the cursor kept`).toEqual(
            side.cursorAfter,
          );
          continue;
        }
        server.on('POST', /^\/api\/sync\/v1\/push$/, () => {
          if (step.transport === 'drop-reply') throw new TypeError('Failed to fetch (connection dropped after commit)');
          return json(response.status, response.body);
        });
        await client.syncNow();
        const pushes = server.requests.slice(before).filter((r) => r.path.startsWith('/api/sync/v1/push'));
        expect(pushes, `${where}: one push`).toHaveLength(1);
        expect(pushes[0].body, `${where}: the client sent what the vector says`).toEqual(request.body);
        const after = (step.outboxAfter ?? []).map((name: string) => values[name]).sort();
        expect(await outboxIds(), `${where}: outbox afterwards`).toEqual(after);
      }
      if (!pulls) {
        const receipts = await (await db()).getAll('receipts');
        expect(receipts.length, 'every item that left the outbox has a receipt on the device').toBeGreaterThan(0);
      }
    });
  }
});
