/**
 * A submission the council already had with different answers: the outbox says an officer will check both, and
 * after the officer chose, the next pull tells the device which copy counts (sync/SPEC.md §3 and §5).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import '../offline/withus-outbox.js';
import { addToOutbox } from '../sync/outbox.js';
import { checksumOf, type PullChange } from '../sync/protocol.js';
import { SyncClient } from '../sync/sync-client.js';
import { FakeServer, json, pingOk } from './fake-server.js';
import { ACCOUNT, freshDevice, submission } from './support.js';

beforeEach(() => freshDevice());
afterEach(() => {
  document.body.innerHTML = '';
});

/** A server that answers every push with "conflict" and every pull with these items. */
function serverHolding(pulled: () => PullChange[]): FakeServer {
  return pingOk(new FakeServer())
    .on('POST', /push/, (_, body) =>
      json(200, {
        protocol: 1,
        receipts: body.submissions.map((s: any) => ({
          id: s.id,
          status: 'conflict',
          reference: 'WU-1A2B-3C4D',
          receivedAt: '2026-11-20T09:31:00Z',
        })),
      }),
    )
    .on('GET', /pull/, async () =>
      json(200, {
        protocol: 1,
        reset: true,
        hasMore: false,
        cursor: 'c',
        changes: pulled(),
        checksum: await checksumOf(pulled()),
      }),
    );
}

async function outboxSection(heading: string): Promise<string> {
  document.body.innerHTML = '';
  document.body.append(document.createElement('withus-outbox'));
  let text = '';
  await vi.waitFor(() => {
    const section = [...document.querySelectorAll('section')].find(
      (s) => s.querySelector('h2')?.textContent === heading,
    );
    text = section?.textContent?.replace(/\s+/g, ' ') ?? '(no such section)';
    expect(document.querySelector('[data-testid="last-result"]')).not.toBeNull();
  });
  return text;
}

test('once an officer has chosen, the device says which copy counts instead of "an officer will check"', async () => {
  const sent = submission({ service: 'repairs', rating: 'very-poor', contactConsent: 'no' });
  await addToOutbox({ account: ACCOUNT, formTitle: 'Leaseholder service feedback', submission: sent });
  let pulled: PullChange[] = [];
  const client = new SyncClient({ fetch: serverHolding(() => pulled).fetch });

  await client.syncNow();
  expect(await outboxSection('Sent, but an officer needs to check')).toContain(
    'Leaseholder service feedback The council already had a different version of this. Both are kept and an officer will check them.',
  );
  expect(await outboxSection('Sent')).toContain('Nothing has been sent from this device yet.');

  const data = { submissionId: sent.id, counts: 'later', decidedAt: '2026-11-22T10:15:00Z' };
  pulled = [{ kind: 'decision', key: sent.id, etag: 'a'.repeat(64), data }];
  await client.syncNow();
  expect(await outboxSection('Sent, but an officer needs to check')).toBe('(no such section)');
  const sentSection = await outboxSection('Sent');
  expect(sentSection).toContain('Leaseholder service feedback Received by the council 20 Nov 2026');
  expect(sentSection).toContain('An officer checked both on 22 Nov 2026, 10:15: the answers sent from here count.');

  pulled = [{ kind: 'decision', key: sent.id, etag: 'b'.repeat(64), data: { ...data, counts: 'first' } }];
  await client.syncNow();
  expect(await outboxSection('Sent')).toContain(
    'the version the council had first counts, not the answers sent from here',
  );

  pulled = []; // the officer undid the decision
  await client.syncNow();
  expect(await outboxSection('Sent, but an officer needs to check')).toContain('an officer will check them');
});
