/**
 * The device's own store (IndexedDB through idb). Nothing here is deleted until the server has answered for it.
 *
 * - accounts: who has signed in on this browser, with their device token (from the Flow page's sync agent)
 * - outbox: submissions waiting for a receipt (event-capture ones encrypted, see crypto.ts)
 * - files: photos and recordings waiting to be uploaded, by SHA-256 (event capture: encrypted, see crypto.ts)
 * - receipts: what the server said, so people can see what was sent and when
 * - drafts: forms being filled in (not for event capture: a later respondent must not see them)
 * - offline: forms, groups, meetings and materials pulled for offline use, per account
 * - meta: cursors, last sync, the chosen account
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AnswerProblem, PullChange, ReceiptStatus, Submission } from './protocol.js';

export interface AccountRecord {
  username: string;
  displayName: string;
  deviceId: string;
  /** The device token; gone once the person signed out (shared-device.ts). */
  token?: string;
  registeredAt: string;
  /** The public half of the device's lock key pair (SPKI, base64); the server holds the private half. */
  lockKey?: string;
  /** Signed out on this device: their unsent items are sealed, the rest of their data removed. */
  locked?: boolean;
}

/** Something sealed for a signed-out person: AES-GCM data, its key wrapped with the device's RSA-OAEP public key. */
export interface Locked {
  wrappedKey: ArrayBuffer;
  iv: Uint8Array;
  data: ArrayBuffer;
}

/** The Cache Storage of papers (recordings) a person marked "keep offline"; the service worker serves from it. */
export const MATERIALS_CACHE = 'withus-materials';

export interface OutboxRecord {
  id: string;
  account: string;
  formTitle: string;
  createdAt: string;
  /** Capture order on this device (createdAt can repeat within a millisecond). */
  seq: number;
  /** Plain submission (personal use) … */
  submission?: Submission;
  /** … or, for event capture, the submission encrypted with the event session's key … */
  sealed?: { sessionId: string; iv: Uint8Array; data: ArrayBuffer };
  /** … or, its person signed out, the submission and form title sealed for their next sign-in (shared-device.ts). */
  locked?: Locked;
  attempts: number;
  lastAttemptAt?: string;
  lastError?: string;
  /** Set when a receipt said the server has it but an attachment is still missing. */
  receivedAt?: string;
}

export interface FileRecord {
  sha256: string;
  account: string;
  mediaType: string;
  /** The file as it is (personal use) … */
  blob?: Blob;
  /** … or, for event capture, encrypted with the event session's key like its answers (crypto.ts). */
  sealed?: { sessionId: string; iv: Uint8Array; data: ArrayBuffer };
  /** … or sealed for its person's next sign-in (shared-device.ts). */
  locked?: Locked;
  /** The file's size in bytes (the sealed copy is longer). */
  size?: number;
}

export interface ReceiptRecord {
  id: string;
  account: string;
  formTitle: string;
  status: ReceiptStatus;
  reference?: string;
  receivedAt: string;
  sentAt: string;
  mode: 'personal' | 'event';
  problems?: AnswerProblem[];
}

export interface DraftRecord {
  key: string;
  account: string;
  formKey: string;
  formVersion: number;
  submissionId: string;
  answers: Record<string, string>;
  savedAt: string;
}

export interface OfflineRecord extends PullChange {
  id: string;
  account: string;
}

interface WithUsDB extends DBSchema {
  accounts: { key: string; value: AccountRecord };
  outbox: { key: string; value: OutboxRecord; indexes: { byAccount: string; byCreated: string } };
  files: { key: string; value: FileRecord };
  receipts: { key: string; value: ReceiptRecord; indexes: { bySentAt: string } };
  drafts: { key: string; value: DraftRecord };
  offline: { key: string; value: OfflineRecord; indexes: { byAccount: string } };
  meta: { key: string; value: unknown };
}

export type WithUsDatabase = IDBPDatabase<WithUsDB>;

export const DB_NAME = 'withus';
let opened: Promise<WithUsDatabase> | undefined;

export function db(): Promise<WithUsDatabase> {
  // Version 2: the same stores as version 1, created only where missing (an empty version-1 database, made by a
  // tool that opened it before the app did, is repaired instead of staying without stores).
  opened ??= openDB<WithUsDB>(DB_NAME, 2, {
    upgrade(database) {
      const has = (name: string) => database.objectStoreNames.contains(name as never);
      if (!has('accounts')) database.createObjectStore('accounts', { keyPath: 'username' });
      if (!has('outbox')) {
        const outbox = database.createObjectStore('outbox', { keyPath: 'id' });
        outbox.createIndex('byAccount', 'account');
        outbox.createIndex('byCreated', 'createdAt');
      }
      if (!has('files')) database.createObjectStore('files', { keyPath: 'sha256' });
      if (!has('receipts')) database.createObjectStore('receipts', { keyPath: 'id' }).createIndex('bySentAt', 'sentAt');
      if (!has('drafts')) database.createObjectStore('drafts', { keyPath: 'key' });
      if (!has('offline')) database.createObjectStore('offline', { keyPath: 'id' }).createIndex('byAccount', 'account');
      if (!has('meta')) database.createObjectStore('meta');
    },
    blocking() {
      // A newer version of the app wants to upgrade the store: let it (our data stays in the database).
      void opened?.then((d) => d.close());
      opened = undefined;
    },
  });
  return opened;
}

/** For tests: forget the open connection and delete everything. */
export async function resetDatabaseForTests(): Promise<void> {
  if (opened) (await opened).close();
  opened = undefined;
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await (await db()).get('meta', key)) as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await (await db()).put('meta', value, key);
}

export async function currentAccount(): Promise<AccountRecord | undefined> {
  const username = await getMeta<string>('currentAccount');
  return username ? (await db()).get('accounts', username) : undefined;
}

/**
 * Reads the device's store as it is, never creating or upgrading it: for the service worker, which must not make a
 * database the app has not made yet, nor open it at another version than the pages hold.
 */
async function peek<T>(read: (database: IDBPDatabase<WithUsDB>) => Promise<T>, otherwise: T): Promise<T> {
  let database: IDBPDatabase<WithUsDB>;
  try {
    database = await openDB<WithUsDB>(DB_NAME, undefined, {
      upgrade(_database, _oldVersion, _newVersion, transaction) {
        transaction.done.catch(() => undefined); // the abort below is the point, not a failure
        transaction.abort(); // no database yet (or an older one the pages will upgrade): nothing to read
      },
    });
  } catch {
    return otherwise;
  }
  try {
    return await read(database);
  } catch {
    return otherwise;
  } finally {
    database.close();
  }
}

/** Whether an officer's event capture is running on this device (withus-event-capture.ts keeps it in meta). */
export function captureRunning(): Promise<boolean> {
  return peek(async (d) => d.objectStoreNames.contains('meta') && !!(await d.get('meta', 'activeCapture')), false);
}

/**
 * Answers waiting to be sent on this device. Items sealed for a person who signed out (shared-device.ts) do not
 * count: they may wait for months, and every version of the app opens them.
 */
export function unsentCount(): Promise<number> {
  return peek(
    async (d) =>
      d.objectStoreNames.contains('outbox') ? (await d.getAll('outbox')).filter((r) => !r.locked).length : 0,
    0,
  );
}
