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

/** The longest one-line (short text) answer where a question sets no limit of its own. */
export const SHORT_TEXT_MAX_LENGTH: number = rules.answers.shortTextMaxLength;
/** A number answer: digits, an optional point and decimals (never a comma). */
export const NUMBER_PATTERN = new RegExp(rules.answers.numberPattern);
/** A date answer's shape (YYYY-MM-DD); it must also be a day that exists (isDate). */
export const DATE_PATTERN = new RegExp(rules.answers.datePattern);
export const SCALE_MIN: number = rules.answers.scale.min;
export const SCALE_MAX: number = rules.answers.scale.max;

/** A date answer that is a day that exists (2024-02-29 is; 2023-02-29 is not). */
export function isDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A scale answer's point, or undefined when it is not one. */
export function scalePoint(value: string): number | undefined {
  if (!/^[0-9]{1,2}$/.test(value)) return undefined;
  const point = Number(value);
  return point >= SCALE_MIN && point <= SCALE_MAX ? point : undefined;
}
