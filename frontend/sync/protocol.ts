/** The sync protocol's messages (sync/SPEC.md, sync/schemas). */
export const PROTOCOL = 1;

import type * as Messages from './protocol-types.js';

// The messages, as sync/schemas define them (protocol-types.ts is made from the schemas; see its header).
export type Submission = Messages.Submission;
export type DeclaredAttachment = NonNullable<Submission['attachments']>[number];
export type PushResponse = Messages.PushResponse;
export type Receipt = PushResponse['receipts'][number];
export type ReceiptStatus = Receipt['status'];
export type AnswerProblem = NonNullable<Receipt['problems']>[number];
export type PullResponse = Messages.PullResponse;
export type AttachmentStatus = Messages.AttachmentStatus;
export type FormQuestion = Messages.FormDefinitionQuestions['questions'][number];
export type LocalText = Messages.LocalText;

/**
 * One pulled item. Its data's shape depends on its kind (sync/SPEC.md §5; a form's data.definition is a
 * FormDefinitionQuestions); decision: which copy counts of a submission that got a conflict receipt.
 */
export type PullChange = Omit<PullResponse['changes'][number], 'data'> & { data: any };

/** The data of a pulled `decision`: `later` means the copy this device's conflict receipt is for counts. */
export interface ConflictDecision {
  submissionId: string;
  counts: 'first' | 'later';
  decidedAt: string;
}

export interface FormDefinition {
  key: string;
  version: number;
  /** English (the form's own title and description, by language, are in the definition) */
  title: string;
  description: string;
  definition: Messages.FormDefinitionQuestions;
}

const RECEIPT_STATUSES: ReceiptStatus[] = ['accepted', 'duplicate', 'conflict', 'rejected'];

/**
 * Only a JSON receipt counts: a captive portal's 200 HTML page, a proxy's error page or a truncated body is not
 * one. Returns the receipts, or throws.
 */
export async function readPushResponse(response: Response, sentIds: string[]): Promise<Receipt[]> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('application/json')) throw new Error(`not a receipt: ${response.status} ${type}`);
  const body = (await response.json()) as PushResponse;
  if (body?.protocol !== PROTOCOL || !Array.isArray(body.receipts) || body.receipts.length !== sentIds.length) {
    throw new Error('not a receipt: wrong shape');
  }
  body.receipts.forEach((receipt, i) => {
    if (receipt.id !== sentIds[i] || !RECEIPT_STATUSES.includes(receipt.status)) {
      throw new Error('not a receipt: items do not match');
    }
  });
  return body.receipts;
}

/** SHA-256 in lower-case hex. */
export async function sha256Hex(data: BufferSource | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The pull checksum over what a device holds: SHA-256 of "kind/key/etag\n" lines sorted by kind/key. */
export async function checksumOf(items: Array<{ kind: string; key: string; etag: string }>): Promise<string> {
  const lines = items
    .map((i) => ({ sort: `${i.kind}/${i.key}`, line: `${i.kind}/${i.key}/${i.etag}\n` }))
    .sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0))
    .map((i) => i.line)
    .join('');
  return sha256Hex(lines);
}
