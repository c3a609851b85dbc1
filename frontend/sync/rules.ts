/**
 * The rules the device and the server both apply, read from sync/rules/rules.json (the server reads the same file:
 * SharedRules.java). Both sides run the vectors beside it (frontend/test/shared-rules.test.ts, SharedRulesVectorsTest).
 */
import rules from '../../sync/rules/rules.json';

/** Largest photo or recording, in bytes. */
export const MAX_ATTACHMENT_BYTES: number = rules.attachments.maxBytes;
/** The size of each chunk the device uploads (the server takes up to attachments.maxChunkBytes). */
export const CLIENT_CHUNK_BYTES: number = rules.attachments.clientChunkBytes;
export const PHOTO_TYPES: readonly string[] = rules.attachments.mediaTypes.photo;
/** What phones record. */
export const AUDIO_TYPES: readonly string[] = rules.attachments.mediaTypes.audio;
/** The longest text answer, in characters (code points), where a question sets no limit of its own. */
export const DEFAULT_MAX_LENGTH: number = rules.answers.defaultMaxLength;
export const CONSENT_ANSWERS: readonly string[] = rules.answers.consentAnswers;
/** The shape of a reference answer: the id of a thing (a paper) as the pull gave it. */
export const REFERENCE_PATTERN = new RegExp(rules.answers.referencePattern);

/** The short reference a person can quote for a submission (rules.json "reference"). */
export function referenceOf(id: string): string {
  const hex = id.replace(/-/g, '').toUpperCase();
  return `WU-${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
}
