/**
 * Event capture on a shared device: each respondent's answers are encrypted before they are stored, with a key
 * derived from the officer's PIN (PBKDF2, AES-GCM). The key lives only in memory while the officer's session is
 * open; a reload locks the entries until the officer enters the PIN again. So the device's storage never holds a
 * readable earlier answer, and the capture screen never shows one.
 */
import { getMeta, setMeta } from './db.js';
import type { Submission } from './protocol.js';

const ITERATIONS = 310_000;
const CHECK_TEXT = 'withus-event-session';
const keys = new Map<string, CryptoKey>();

interface SessionRecord {
  id: string;
  account: string;
  formKey: string;
  salt: Uint8Array;
  check: { iv: Uint8Array; data: ArrayBuffer };
  startedAt: string;
}

async function deriveKey(pin: string, salt: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: salt as BufferSource, iterations: ITERATIONS, hash: 'SHA-256' },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function encrypt(key: CryptoKey, bytes: Uint8Array): Promise<{ iv: Uint8Array; data: ArrayBuffer }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, bytes as BufferSource);
  return { iv, data };
}

/** Starts an event session: the PIN must have at least 4 digits. Returns the session id. */
export async function startEventSession(pin: string, account: string, formKey: string): Promise<string> {
  if (!/^\d{4,8}$/.test(pin)) throw new Error('pin-format');
  const id = crypto.randomUUID();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(pin, salt);
  const check = await encrypt(key, new TextEncoder().encode(CHECK_TEXT));
  const record: SessionRecord = { id, account, formKey, salt, check, startedAt: new Date().toISOString() };
  await setMeta(`eventSession:${id}`, record);
  keys.set(id, key);
  return id;
}

/** True when the PIN is the session's. Unlocks the session's entries for sending. */
export async function unlockEventSession(id: string, pin: string): Promise<boolean> {
  const record = await getMeta<SessionRecord>(`eventSession:${id}`);
  if (!record) return false;
  const key = await deriveKey(pin, record.salt);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: record.check.iv as BufferSource },
      key,
      record.check.data,
    );
    if (new TextDecoder().decode(plain) !== CHECK_TEXT) return false;
  } catch {
    return false;
  }
  keys.set(id, key);
  return true;
}

export function isUnlocked(sessionId: string): boolean {
  return keys.has(sessionId);
}

export async function sealSubmission(sessionId: string, submission: Submission) {
  const key = keys.get(sessionId);
  if (!key) throw new Error('event-session-locked');
  const sealed = await encrypt(key, new TextEncoder().encode(JSON.stringify(submission)));
  return { sessionId, ...sealed };
}

export async function openSubmission(sealed: {
  sessionId: string;
  iv: Uint8Array;
  data: ArrayBuffer;
}): Promise<Submission> {
  const key = keys.get(sealed.sessionId);
  if (!key) throw new Error('event-session-locked');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource }, key, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain)) as Submission;
}

/** A photo or recording of an event entry, encrypted with the same session key as its answers. */
export async function sealFile(sessionId: string, blob: Blob) {
  const key = keys.get(sessionId);
  if (!key) throw new Error('event-session-locked');
  const sealed = await encrypt(key, new Uint8Array(await blob.arrayBuffer()));
  return { sessionId, ...sealed };
}

export async function openFile(
  sealed: { sessionId: string; iv: Uint8Array; data: ArrayBuffer },
  mediaType: string,
): Promise<Blob> {
  const key = keys.get(sealed.sessionId);
  if (!key) throw new Error('event-session-locked');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource }, key, sealed.data);
  return new Blob([plain], { type: mediaType });
}

/** For tests: forget keys held in memory, as a page reload would. */
export function forgetKeysForTests(): void {
  keys.clear();
}
