/**
 * Drains the outbox and refreshes what the device keeps offline, through the sync protocol (sync/SPEC.md).
 *
 * - One tab at a time: a Web Lock ('withus-sync'). A trigger that finds it taken (another tab, or this page's own
 *   attempt that began before, say, the connection came back) waits for its turn and goes once more.
 * - What the person is told ('lastResult'): the last attempt worth telling – one that sent something, met a
 *   problem, left something waiting or that they asked for. A quiet automatic check (nothing sent, nothing
 *   waiting, after one that sent) does not replace "42 sent, 0 waiting" with "0 sent, 0 waiting"; 'lastSync' still
 *   says when the council was last reached.
 * - The server, not just the network, must answer: ping first; only a JSON receipt counts.
 * - An outbox item is deleted only in the same transaction that stores its receipt.
 * - Triggers: start, 'online', the page becoming visible, a timer with backoff, "Sync now", and Background Sync
 *   where the browser has it (Chromium) as an extra.
 */
import { db, getMeta, setMeta, type AccountRecord, type OfflineRecord, type OutboxRecord } from './db.js';
import { openFile, openSubmission, isUnlocked } from './crypto.js';
import { CLIENT_CHUNK_BYTES } from './rules.js';
import {
  PROTOCOL,
  checksumOf,
  readPushResponse,
  type AttachmentStatus,
  type PullChange,
  type PullResponse,
  type Receipt,
  type Submission,
} from './protocol.js';

export const BATCH_SIZE = 25;
export const CHUNK_SIZE = CLIENT_CHUNK_BYTES;
const BASE_DELAY_MS = 15_000;
const MAX_DELAY_MS = 15 * 60_000;
const NO_ANSWER_DELAY_MS = 2_500;
const NO_ANSWER_MAX_DELAY_MS = 10_000;
const IDLE_DELAY_MS = 5 * 60_000;
const REQUEST_TIMEOUT_MS = 15_000;

export type SyncOutcome =
  | 'synced'
  | 'nothing-to-do'
  | 'offline'
  | 'server-unavailable'
  | 'sign-in-needed'
  | 'update-needed'
  | 'busy'
  | 'failed';

export interface SyncResult {
  outcome: SyncOutcome;
  sent: number;
  problems: number;
  waiting: number;
  at: string;
  message?: string;
}

export class SyncError extends Error {
  /**
   * noAnswer: nothing answered at all (no connection, or the server is not there), as opposed to an answer.
   * retryAfterMs: the server said when to come back (429).
   */
  constructor(
    readonly outcome: SyncOutcome,
    message: string,
    readonly noAnswer = false,
    readonly retryAfterMs = 0,
  ) {
    super(message);
  }
}

/**
 * The server refused one item for good (its attachment or the item itself is not something any retry will
 * change): that item stays in the outbox, marked with the reason for the person, and the others go on.
 */
class ItemRefused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** 4xx answers about one item that no retry changes (not 401, 408, 409 "send again", 416 "resume", 429 "later"). */
function refusesForGood(status: number): boolean {
  return status >= 400 && status < 500 && ![401, 408, 409, 416, 429].includes(status);
}

async function problemCode(response: Response): Promise<string> {
  const problem = await response
    .clone()
    .json()
    .catch(() => ({}));
  return typeof problem?.code === 'string' ? problem.code : String(response.status);
}

export interface SyncClientOptions {
  fetch?: typeof fetch;
  baseUrl?: string;
  pull?: boolean;
}

export class SyncClient extends EventTarget {
  private readonly fetchFn: typeof fetch;
  private readonly baseUrl: string;
  private readonly pullEnabled: boolean;
  private timer?: ReturnType<typeof setTimeout>;
  private failures = 0;
  private started = false;
  running = false;
  /** A trigger found the lock taken: this attempt runs once the holder is done (at most one per page). */
  private queued?: Promise<SyncResult>;
  /** Someone pressed Send now while it was queued: its result is theirs to hear. */
  private queuedManual = false;
  /** The last attempt failed because nothing answered (see schedule). */
  private noAnswer = false;
  private retryAfterMs = 0;

  constructor(options: SyncClientOptions = {}) {
    super();
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.baseUrl = options.baseUrl ?? '';
    this.pullEnabled = options.pull ?? true;
  }

  /**
   * Syncs now. If another tab – or an earlier attempt of this page, which may have begun before the connection
   * came back – is syncing, answers 'busy' at once and syncs again when that attempt ends, rather than lose the
   * trigger until the back-off timer. manual: the person asked (Send now), so they are told the result whatever it is.
   */
  async syncNow(options: { manual?: boolean } = {}): Promise<SyncResult> {
    const manual = options.manual ?? false;
    if (!('locks' in navigator)) return this.run(manual);
    const result = await navigator.locks.request('withus-sync', { ifAvailable: true }, async (lock) =>
      lock ? this.run(manual) : null,
    );
    if (result) return result;
    this.queuedManual ||= manual;
    this.queued ??= navigator.locks.request('withus-sync', () => {
      const asked = this.queuedManual;
      this.queued = undefined;
      this.queuedManual = false;
      return this.run(asked);
    });
    const waiting = await sendable();
    return { outcome: 'busy', sent: 0, problems: 0, waiting, at: new Date().toISOString() };
  }

  /** Starts the automatic triggers (idempotent). */
  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', () => void this.syncNow());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.syncNow();
    });
    navigator.serviceWorker?.addEventListener('message', (event) => {
      if (event.data?.type === 'withus-sync') void this.syncNow();
    });
    void this.syncNow();
  }

  private schedule(ok: boolean, waiting: number): void {
    if (!this.started) return;
    clearTimeout(this.timer);
    this.failures = ok ? 0 : this.failures + 1;
    const retryAfter = this.retryAfterMs;
    this.retryAfterMs = 0;
    // Nothing answered (no connection – which the browser does not always report –, or no server): trying costs
    // next to nothing, so try again soon, up to every 10 s. The server answered with an error: back off up to
    // 15 minutes so as not to add to its trouble.
    const delay = ok
      ? waiting > 0
        ? BASE_DELAY_MS
        : IDLE_DELAY_MS
      : this.noAnswer
        ? Math.min(NO_ANSWER_MAX_DELAY_MS, NO_ANSWER_DELAY_MS * 2 ** Math.min(this.failures - 1, 10))
        : Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(this.failures - 1, 10));
    this.noAnswer = false;
    this.timer = setTimeout(() => void this.syncNow(), retryAfter > 0 ? Math.max(retryAfter, BASE_DELAY_MS) : delay);
    // Background Sync wakes the app when the device comes back online. Registered while online (the server down),
    // Chromium fires it at once, the attempt fails again and registers again: a tight loop of calls. The timer's
    // back-off covers that case.
    if (!ok && waiting > 0 && !navigator.onLine) void registerBackgroundSync();
  }

  private async run(manual: boolean): Promise<SyncResult> {
    this.running = true;
    this.dispatchEvent(new CustomEvent('sync-start'));
    let sent = 0;
    let problems = 0;
    try {
      const accounts = await (await db()).getAll('accounts');
      if (accounts.length === 0) return this.finish({ outcome: 'nothing-to-do', sent, problems }, manual);
      let didSomething = false;
      for (const account of accounts) {
        if (!account.token) continue; // signed out on this device: what it left waits, sealed, for its next sign-in
        const items = (await (await db()).getAllFromIndex('outbox', 'byAccount', account.username)).sort(
          (a, b) => a.seq - b.seq,
        );
        const wantsPull = this.pullEnabled && account.username === (await getMeta<string>('currentAccount'));
        if (items.length === 0 && !wantsPull) continue;
        await this.ping(account);
        didSomething = true;
        for (let i = 0; i < items.length; i += BATCH_SIZE) {
          const result = await this.pushBatch(account, items.slice(i, i + BATCH_SIZE));
          sent += result.sent;
          problems += result.problems;
        }
        if (wantsPull) await this.pull(account);
      }
      await setMeta('lastSync', new Date().toISOString());
      await letWaitingWorkerUpdate();
      return this.finish({ outcome: didSomething ? 'synced' : 'nothing-to-do', sent, problems }, manual);
    } catch (e) {
      const error = e instanceof SyncError ? e : new SyncError('failed', String(e));
      this.noAnswer = error.noAnswer;
      this.retryAfterMs = error.retryAfterMs;
      return this.finish({ outcome: error.outcome, sent, problems, message: error.message }, manual);
    } finally {
      this.running = false;
    }
  }

  private async finish(partial: Omit<SyncResult, 'waiting' | 'at'>, manual: boolean): Promise<SyncResult> {
    const waiting = await sendable();
    const result: SyncResult = { ...partial, waiting, at: new Date().toISOString() };
    const ok = (r?: SyncResult) => !!r && ['synced', 'nothing-to-do'].includes(r.outcome);
    const previous = await getMeta<SyncResult>('lastResult');
    const quiet =
      !manual &&
      ok(result) &&
      result.sent === 0 &&
      result.problems === 0 &&
      waiting === 0 &&
      ok(previous) &&
      previous!.waiting === 0 &&
      previous!.sent > 0;
    if (!quiet) await setMeta('lastResult', result);
    this.schedule(ok(result), waiting);
    this.dispatchEvent(new CustomEvent<SyncResult>('sync-done', { detail: result }));
    return result;
  }

  private async call(account: AccountRecord, path: string, init: RequestInit = {}): Promise<Response> {
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const response = await this.fetchFn(this.baseUrl + path, {
        ...init,
        credentials: 'omit',
        cache: 'no-store',
        signal: controller.signal,
        headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${account.token}` },
      });
      if (response.status === 401) {
        await setMeta(`signInNeeded:${account.username}`, true);
        throw new SyncError('sign-in-needed', 'The device token was refused');
      }
      if (response.status >= 500) throw new SyncError('server-unavailable', `Server answered ${response.status}`);
      if (response.status === 429) {
        const seconds = Number(response.headers.get('Retry-After') ?? '60');
        throw new SyncError(
          'server-unavailable',
          'The server asked this device to wait',
          false,
          (Number.isFinite(seconds) && seconds > 0 ? seconds : 60) * 1000,
        );
      }
      return response;
    } catch (e) {
      if (e instanceof SyncError) throw e;
      throw new SyncError(navigator.onLine ? 'server-unavailable' : 'offline', String(e), true);
    } finally {
      clearTimeout(timeout);
    }
  }

  private async ping(account: AccountRecord): Promise<void> {
    const response = await this.call(account, '/api/sync/v1/ping');
    const type = response.headers.get('Content-Type') ?? '';
    if (!response.ok || !type.includes('application/json')) {
      throw new SyncError('server-unavailable', `Ping answered ${response.status} ${type}`);
    }
    const body = await response.json();
    if (body?.protocol !== PROTOCOL) throw new SyncError('update-needed', 'The server speaks another protocol');
    await setMeta(`signInNeeded:${account.username}`, false);
  }

  private async pushBatch(account: AccountRecord, items: OutboxRecord[]): Promise<{ sent: number; problems: number }> {
    const ready: Array<{ record: OutboxRecord; submission: Submission }> = [];
    let held = 0;
    for (const record of items) {
      if (record.sealed && !isUnlocked(record.sealed.sessionId)) continue; // waits for the officer's PIN
      if (record.locked) continue; // sealed at sign-out: waits for that person's next sign-in here
      const submission = record.submission ?? (await openSubmission(record.sealed!));
      try {
        await this.uploadAttachments(account, submission);
      } catch (e) {
        if (!(e instanceof ItemRefused)) throw e;
        await this.hold(record, e.code); // this one waits, marked; the others go on
        held++;
        continue;
      }
      ready.push({ record, submission });
    }
    const result = await this.pushReady(account, ready);
    return { sent: result.sent, problems: result.problems + held };
  }

  /**
   * Pushes items; when the server refuses the batch as a whole for something one item may cause (too large, not
   * readable), sends it again in halves, so that one bad item holds back only itself.
   */
  private async pushReady(
    account: AccountRecord,
    ready: Array<{ record: OutboxRecord; submission: Submission }>,
  ): Promise<{ sent: number; problems: number }> {
    if (ready.length === 0) return { sent: 0, problems: 0 };
    const database = await db();
    const attemptAt = new Date().toISOString();
    {
      const tx = database.transaction('outbox', 'readwrite');
      for (const { record } of ready) {
        await tx.store.put({ ...record, attempts: record.attempts + 1, lastAttemptAt: attemptAt });
      }
      await tx.done;
    }
    const ids = ready.map((r) => r.submission.id);
    const response = await this.call(account, '/api/sync/v1/push', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        protocol: PROTOCOL,
        deviceId: account.deviceId,
        submissions: ready.map((r) => r.submission),
      }),
    });
    if (response.status === 400 || response.status === 413) {
      const code = await problemCode(response);
      if (code === 'unsupported-protocol') throw new SyncError('update-needed', 'Update the app to send these');
      if (code === 'device-mismatch') throw new SyncError('failed', `The server refused the batch: ${code}`);
      if (ready.length > 1) {
        const half = Math.ceil(ready.length / 2);
        const first = await this.pushReady(account, ready.slice(0, half));
        const second = await this.pushReady(account, ready.slice(half));
        return { sent: first.sent + second.sent, problems: first.problems + second.problems };
      }
      await this.hold(ready[0].record, code);
      return { sent: 0, problems: 1 };
    }
    if (!response.ok) throw new SyncError('server-unavailable', `Push answered ${response.status}`);
    let receipts: Receipt[];
    try {
      receipts = await readPushResponse(response, ids);
    } catch (e) {
      throw new SyncError('server-unavailable', String(e));
    }
    return this.applyReceipts(account, ready, receipts);
  }

  /** Keeps an item in the outbox with the reason the server gave, for the person to see; it is tried again later. */
  private async hold(record: OutboxRecord, code: string): Promise<void> {
    const database = await db();
    const current = await database.get('outbox', record.id);
    if (current) await database.put('outbox', { ...current, lastError: `refused:${code}` });
  }

  private async applyReceipts(
    account: AccountRecord,
    ready: Array<{ record: OutboxRecord; submission: Submission }>,
    receipts: Receipt[],
  ): Promise<{ sent: number; problems: number }> {
    let sent = 0;
    let problems = 0;
    const database = await db();
    const tx = database.transaction(['outbox', 'files', 'receipts'], 'readwrite');
    const now = new Date().toISOString();
    for (let i = 0; i < receipts.length; i++) {
      const receipt = receipts[i];
      const { record, submission } = ready[i];
      const arrived = receipt.status === 'accepted' || receipt.status === 'duplicate';
      if (arrived && receipt.complete === false) {
        await tx.objectStore('outbox').put({
          ...record,
          attempts: record.attempts + 1,
          receivedAt: receipt.receivedAt,
          lastError: 'attachment-missing',
        });
        continue;
      }
      await tx.objectStore('receipts').put({
        id: receipt.id,
        account: account.username,
        formTitle: record.formTitle,
        status: receipt.status,
        reference: receipt.reference,
        receivedAt: receipt.receivedAt,
        sentAt: now,
        mode: submission.mode ?? 'personal',
        problems: receipt.problems,
      });
      await tx.objectStore('outbox').delete(record.id);
      for (const attachment of submission.attachments ?? []) await tx.objectStore('files').delete(attachment.sha256);
      if (arrived) sent++;
      else problems++;
    }
    await tx.done;
    return { sent, problems };
  }

  private async uploadAttachments(account: AccountRecord, submission: Submission): Promise<void> {
    for (const attachment of submission.attachments ?? []) {
      const file = await (await db()).get('files', attachment.sha256);
      if (!file) continue; // already uploaded and removed; the receipt will say if the server lacks it
      const blob = file.sealed ? await openFile(file.sealed, file.mediaType) : file.blob;
      if (!blob) continue;
      const status = await this.call(account, `/api/sync/v1/attachments/${attachment.sha256}`);
      let received = 0;
      if (status.ok) {
        const body = (await status.json()) as AttachmentStatus;
        if (body.complete) continue;
        received = body.received;
      }
      while (received < blob.size) {
        const end = Math.min(received + CHUNK_SIZE, blob.size);
        const response = await this.call(account, `/api/sync/v1/attachments/${attachment.sha256}`, {
          method: 'PUT',
          headers: { 'Content-Type': file.mediaType, 'Content-Range': `bytes ${received}-${end - 1}/${blob.size}` },
          body: blob.slice(received, end),
        });
        const body = await response.json().catch(() => ({}));
        if (response.status === 416 && typeof body.received === 'number') {
          received = body.received;
        } else if (response.ok && typeof body.received === 'number') {
          received = body.received;
        } else if (response.status === 422) {
          received = 0; // the server dropped a corrupt copy: send it again
          throw new SyncError('failed', 'A photo did not arrive intact; it will be sent again');
        } else if (refusesForGood(response.status)) {
          throw new ItemRefused(typeof body.code === 'string' ? body.code : String(response.status));
        } else {
          throw new SyncError('server-unavailable', `Upload answered ${response.status}`);
        }
      }
    }
  }

  private async pull(account: AccountRecord): Promise<void> {
    const cursorKey = `cursor:${account.username}`;
    let cursor = await getMeta<string>(cursorKey);
    let reset = false;
    const collected: PullChange[] = [];
    let checksum = '';
    for (let page = 0; page < 100; page++) {
      const query = `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const response = await this.call(account, `/api/sync/v1/pull${query}`);
      if (response.status === 400) {
        await setMeta(cursorKey, undefined);
        throw new SyncError('failed', 'The pull cursor was refused; starting again next time');
      }
      const type = response.headers.get('Content-Type') ?? '';
      if (!response.ok || !type.includes('application/json')) throw new SyncError('server-unavailable', 'Pull failed');
      const body = (await response.json()) as PullResponse;
      if (page === 0) reset = body.reset;
      else if (body.reset) {
        // The state changed while paging: start the snapshot again.
        collected.length = 0;
      }
      collected.push(...body.changes);
      cursor = body.cursor;
      checksum = body.checksum;
      if (!body.hasMore) break;
    }
    const database = await db();
    if (reset || collected.length > 0) {
      const tx = database.transaction('offline', 'readwrite');
      const old = await tx.store.index('byAccount').getAllKeys(account.username);
      for (const key of old) await tx.store.delete(key);
      for (const change of collected) {
        const record: OfflineRecord = {
          ...change,
          id: `${account.username}|${change.kind}/${change.key}`,
          account: account.username,
        };
        await tx.store.put(record);
      }
      await tx.done;
    }
    const held = await database.getAllFromIndex('offline', 'byAccount', account.username);
    if ((await checksumOf(held)) !== checksum) {
      await setMeta(cursorKey, undefined); // diverged: pull everything next time
      return;
    }
    await setMeta(cursorKey, cursor);
    await setMeta(`pulledAt:${account.username}`, new Date().toISOString());
  }
}

/** What this device can send: not what waits, sealed, for a person who signed out here (shared-device.ts). */
async function sendable(): Promise<number> {
  return (await (await db()).getAll('outbox')).filter((r) => !r.locked).length;
}

/** A new app version waits while answers are unsent (see sw.ts); once the outbox is empty, let it take over. */
async function letWaitingWorkerUpdate(): Promise<void> {
  if ((await sendable()) > 0) return;
  const registration = await navigator.serviceWorker?.getRegistration();
  registration?.waiting?.postMessage({ type: 'withus-skip-waiting' });
}

async function registerBackgroundSync(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.ready;
    const sync = (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
      ?.sync;
    await sync?.register('withus-sync');
  } catch {
    // Background Sync is an extra (Chromium only); the timer and the other triggers still run.
  }
}

let shared: SyncClient | undefined;

/** The page's one sync client. */
export function syncClient(): SyncClient {
  shared ??= new SyncClient();
  return shared;
}
