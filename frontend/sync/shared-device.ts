/**
 * A shared device (a family phone, a library PC): when a person signs out, or someone else signs in, what they
 * leave behind stays safe but unreadable to the next person.
 *
 * - Unsent answers and their photos and recordings are never deleted: each is sealed (AES-GCM with a fresh key,
 *   that key wrapped with RSA-OAEP) with the **public** half of the device's lock key pair, kept on the device. The
 *   private half is held only by the server (made here at registration, handed over, then forgotten), and given back
 *   to the same person's next sign-in on this browser, which opens them again; the sync client then sends them.
 * - What was sent (receipts), the forms, groups and papers pulled for offline use, drafts, and the papers that
 *   person kept offline are removed from the device.
 * - The account's device token is removed, so nobody can sync as them from here.
 * Needs no secret and no server: a page that finds itself signed out can lock everything at once.
 */
import { MATERIALS_CACHE, db, getMeta, setMeta, type Locked } from './db.js';
import type { Submission } from './protocol.js';

const RSA: RsaHashedKeyGenParams = {
  name: 'RSA-OAEP',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};

const toBase64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A new lock key pair: the public half (SPKI) stays on the device, the private half (PKCS#8) goes to the server. */
export async function newLockKeys(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = (await crypto.subtle.generateKey(RSA, true, ['encrypt', 'decrypt'])) as CryptoKeyPair;
  return {
    publicKey: toBase64(await crypto.subtle.exportKey('spki', pair.publicKey)),
    privateKey: toBase64(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
  };
}

async function seal(publicKey: string, bytes: Uint8Array): Promise<Locked> {
  const wrapping = await crypto.subtle.importKey(
    'spki',
    fromBase64(publicKey),
    { name: 'RSA-OAEP', hash: 'SHA-256' },
    false,
    ['encrypt'],
  );
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes as BufferSource);
  const wrappedKey = await crypto.subtle.encrypt(
    { name: 'RSA-OAEP' },
    wrapping,
    await crypto.subtle.exportKey('raw', key),
  );
  return { wrappedKey, iv, data };
}

async function open(privateKey: CryptoKey, locked: Locked): Promise<Uint8Array> {
  const raw = await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, locked.wrappedKey);
  const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
  return new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: locked.iv as BufferSource }, key, locked.data),
  );
}

/** Whether this account has anything sealed on the device (so its next sign-in should ask for its key). */
export async function hasLocked(username: string): Promise<boolean> {
  const database = await db();
  const outbox = await database.getAllFromIndex('outbox', 'byAccount', username);
  const files = (await database.getAll('files')).filter((f) => f.account === username);
  return outbox.some((r) => r.locked) || files.some((f) => f.locked);
}

/** Seals what the account leaves unsent and removes the rest of its data from the device (see the top). */
export async function lockAccount(username: string): Promise<void> {
  const database = await db();
  const account = await database.get('accounts', username);
  if (!account) return;
  // A device registered before lock keys cannot seal: its unsent answers stay as they are (never deleted) until
  // that person signs in again (the agent then gives the device a key); the token and the rest still go.
  const outbox = await database.getAllFromIndex('outbox', 'byAccount', username);
  const files = (await database.getAll('files')).filter((f) => f.account === username);
  const sealedOutbox = [];
  for (const record of outbox) {
    if (record.locked || !record.submission || !account.lockKey) {
      sealedOutbox.push(record); // already sealed, or an event entry sealed with its PIN
      continue;
    }
    const bytes = new TextEncoder().encode(
      JSON.stringify({ submission: record.submission, formTitle: record.formTitle }),
    );
    const { submission: _plain, ...rest } = record;
    sealedOutbox.push({ ...rest, formTitle: '', locked: await seal(account.lockKey, bytes) });
  }
  const sealedFiles = [];
  for (const file of files) {
    if (file.locked || !file.blob || !account.lockKey) {
      sealedFiles.push(file);
      continue;
    }
    const { blob, ...rest } = file;
    sealedFiles.push({
      ...rest,
      size: blob.size,
      locked: await seal(account.lockKey, new Uint8Array(await blob.arrayBuffer())),
    });
  }
  // The papers this person kept offline (material ids) and the files of theirs in the cache the worker serves.
  const keptIds = new Set((await getMeta<string[]>(`kept:${username}`)) ?? []);
  const kept = (await database.getAllFromIndex('offline', 'byAccount', username))
    .filter((r) => r.kind === 'material' && keptIds.has(String((r.data as { id?: unknown })?.id ?? r.key)))
    .flatMap((r) => ((r.data as { formats?: Array<{ href?: string }> })?.formats ?? []).map((f) => f.href))
    .filter((href): href is string => !!href);
  const tx = database.transaction(
    ['accounts', 'outbox', 'files', 'receipts', 'drafts', 'offline', 'meta'],
    'readwrite',
  );
  for (const record of sealedOutbox) await tx.objectStore('outbox').put(record);
  for (const file of sealedFiles) await tx.objectStore('files').put(file);
  for (const receipt of await tx.objectStore('receipts').getAll()) {
    if (receipt.account === username) await tx.objectStore('receipts').delete(receipt.id);
  }
  for (const draft of await tx.objectStore('drafts').getAll()) {
    if (draft.account === username) await tx.objectStore('drafts').delete(draft.key);
  }
  for (const key of await tx.objectStore('offline').index('byAccount').getAllKeys(username)) {
    await tx.objectStore('offline').delete(key);
  }
  for (const key of [`kept:${username}`, `cursor:${username}`, `signInNeeded:${username}`, 'lastResult']) {
    await tx.objectStore('meta').delete(key);
  }
  const { token: _token, ...withoutToken } = account;
  await tx.objectStore('accounts').put({ ...withoutToken, locked: true });
  if ((await tx.objectStore('meta').get('currentAccount')) === username)
    await tx.objectStore('meta').delete('currentAccount');
  await tx.done;
  // Papers this person kept offline: gone from the cache the service worker serves from.
  if ('caches' in self && kept.length) {
    const cache = await caches.open(MATERIALS_CACHE);
    for (const url of kept) await cache.delete(url);
  }
}

/** Locks every account on this device that is not `except` (signed out: all of them). */
export async function lockAllBut(except?: string): Promise<void> {
  for (const account of await (await db()).getAll('accounts')) {
    if (account.username !== except && (account.token || !account.locked)) await lockAccount(account.username);
  }
}

/** Opens what was sealed for this account with its private lock key (from the server); returns how many items. */
export async function unlockAccount(username: string, privateKeyBase64: string): Promise<number> {
  if (!privateKeyBase64) return 0;
  const privateKey = await crypto.subtle.importKey(
    'pkcs8',
    fromBase64(privateKeyBase64),
    { name: 'RSA-OAEP', hash: 'SHA-256' },
    false,
    ['decrypt'],
  );
  const database = await db();
  const opened = [];
  for (const record of await database.getAllFromIndex('outbox', 'byAccount', username)) {
    if (!record.locked) continue;
    const { submission, formTitle } = JSON.parse(new TextDecoder().decode(await open(privateKey, record.locked))) as {
      submission: Submission;
      formTitle: string;
    };
    const { locked: _sealed, ...rest } = record;
    opened.push({ ...rest, submission, formTitle });
  }
  const openedFiles = [];
  for (const file of (await database.getAll('files')).filter((f) => f.account === username && f.locked)) {
    const bytes = await open(privateKey, file.locked!);
    const { locked: _sealed, ...rest } = file;
    openedFiles.push({ ...rest, blob: new Blob([bytes as BlobPart], { type: file.mediaType }) });
  }
  const tx = database.transaction(['outbox', 'files'], 'readwrite');
  for (const record of opened) await tx.objectStore('outbox').put(record);
  for (const file of openedFiles) await tx.objectStore('files').put(file);
  await tx.done;
  await setMeta(`unlocked:${username}`, new Date().toISOString());
  return opened.length;
}
