/**
 * The device outbox: the one way a submission leaves a form. Written in one IndexedDB transaction together with
 * its photos (and the draft removed), so a submission is either wholly saved on the device or not at all.
 */
import { db, type FileRecord, type OutboxRecord } from './db.js';
import { isUnlocked, sealFile, sealSubmission } from './crypto.js';
import type { Submission } from './protocol.js';

export interface NewSubmission {
  account: string;
  formTitle: string;
  submission: Submission;
  files?: FileRecord[];
  /** Event capture: the session whose key encrypts the entry. */
  eventSessionId?: string;
  draftKey?: string;
}

let lastSeq = 0;

/** Increasing within this page and across reloads (milliseconds since 1970, scaled, plus a counter). */
function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000);
  return lastSeq;
}

export async function addToOutbox(item: NewSubmission): Promise<OutboxRecord> {
  const record: OutboxRecord = {
    id: item.submission.id,
    account: item.account,
    formTitle: item.formTitle,
    createdAt: new Date().toISOString(),
    seq: nextSeq(),
    attempts: 0,
  };
  if (item.eventSessionId) {
    record.sealed = await sealSubmission(item.eventSessionId, item.submission);
  } else {
    record.submission = item.submission;
  }
  // An event entry's photos and recordings are encrypted like its answers: nothing of a respondent is readable at rest.
  const files: FileRecord[] = [];
  for (const file of item.files ?? []) {
    if (item.eventSessionId && file.blob) {
      files.push({
        sha256: file.sha256,
        account: file.account,
        mediaType: file.mediaType,
        size: file.blob.size,
        sealed: await sealFile(item.eventSessionId, file.blob),
      });
    } else {
      files.push({ ...file, size: file.blob?.size ?? file.size });
    }
  }
  const database = await db();
  const tx = database.transaction(['outbox', 'files', 'drafts'], 'readwrite');
  await tx.objectStore('outbox').put(record);
  for (const file of files) await tx.objectStore('files').put(file);
  if (item.draftKey) await tx.objectStore('drafts').delete(item.draftKey);
  await tx.done;
  return record;
}

/** Whether this submission still waits in the outbox (it leaves when the council's receipt for it comes back). */
export async function inOutbox(id: string): Promise<boolean> {
  return !!(await (await db()).get('outbox', id));
}

export interface OutboxSummary {
  waiting: number;
  locked: number;
  oldestWaiting?: string;
}

export async function outboxSummary(account?: string): Promise<OutboxSummary> {
  const all = await (await db()).getAll('outbox');
  const mine = account ? all.filter((r) => r.account === account) : all;
  const oldest = mine.map((r) => r.createdAt).sort()[0];
  const locked = mine.filter((r) => r.sealed && !isUnlocked(r.sealed.sessionId)).length;
  return { waiting: mine.length, locked, oldestWaiting: oldest };
}

/** Everything not yet sent, as a file a person can keep or give to the council (last resort). */
/** One account's unsent items as a file (never another person's: on a shared device each exports their own). */
export async function exportUnsent(account: string): Promise<Blob> {
  const database = await db();
  const items = await database.getAllFromIndex('outbox', 'byAccount', account);
  const exported = [];
  for (const item of items) {
    if (item.locked) continue; // sealed for its person's next sign-in; not this account's to read
    if (item.submission) {
      exported.push({
        account: item.account,
        formTitle: item.formTitle,
        createdAt: item.createdAt,
        submission: item.submission,
      });
    } else {
      exported.push({
        account: item.account,
        formTitle: item.formTitle,
        createdAt: item.createdAt,
        encrypted: true,
        note: 'Event capture answers stay encrypted: an officer can send them with the event PIN.',
      });
    }
  }
  return new Blob([JSON.stringify({ exportedAt: new Date().toISOString(), items: exported }, null, 2)], {
    type: 'application/json',
  });
}
