/* Made from sync/schemas by frontend/test/protocol-types.mjs (npm run protocol-types). Do not edit. */
/**
 * A submission as a device sends it
 */
export interface Submission {
  id: string;
  form: {
    key: string;
    version: number;
  };
  capturedAt: string;
  mode?: 'personal' | 'event';
  answers: {
    [k: string]: string | null;
  };
  /**
   * Answers to the form version's equality section (only where its definition has "equality": true), by question id (sync/rules/rules.json "equality"). Not part of the item's content identity and never stored with the answers or the person: counted apart (sync/SPEC.md, "Equality information").
   */
  equality?: {
    [k: string]: string | null;
  };
  attachments?: {
    questionId: string;
    sha256: string;
    mediaType: string;
    size: number;
  }[];
}
/**
 * POST /api/sync/v1/push request
 */
export interface PushRequest {
  protocol: 1;
  deviceId: string;
  /**
   * @minItems 1
   * @maxItems 100
   */
  submissions: [Submission, ...Submission[]];
}
/**
 * POST /api/sync/v1/push response (sent only after the batch committed)
 */
export interface PushResponse {
  protocol: 1;
  receipts: {
    id: string;
    status: 'accepted' | 'duplicate' | 'conflict' | 'rejected';
    reference?: string;
    receivedAt: string;
    complete?: boolean;
    missingAttachments?: string[];
    problems?: {
      field: string;
      code: string;
      message: string;
    }[];
  }[];
}
/**
 * GET /api/sync/v1/pull response: one page of a snapshot
 */
export interface PullResponse {
  protocol: 1;
  reset: boolean;
  hasMore: boolean;
  cursor: string;
  checksum: string;
  changes: {
    kind: 'form' | 'group' | 'meeting' | 'material' | 'decision';
    key: string;
    etag: string;
    data: {};
  }[];
}
/**
 * GET or PUT /api/sync/v1/attachments/{sha256} response
 */
export interface AttachmentStatus {
  sha256: string;
  size: number;
  received: number;
  complete: boolean;
}
/**
 * The questions of one form version (pull: data.definition of a form change)
 *
 * Every text a person reads is a text per language (English always there: it is the fallback). Every choice has a stable value, separate from its words: answers are sent and stored by value, so an answer given in Arabic and one given in English are the same answer. A version written before values existed was migrated (V13): each option's value was made from its English words, and 'was' keeps the words that answers to it used to carry.
 */
export interface FormDefinitionQuestions {
  title?: LocalText;
  description?: LocalText;
  /**
   * The form carries the equality section (sync/rules/rules.json "equality": the ONS Census 2021 categories, every question optional with prefer-not-to-say). Its questions are not in 'questions': a device shows them after the form's own, in the bundles' words, and sends their answers in the submission's 'equality' object, which the server stores apart from the answers and from the person.
   */
  equality?: boolean;
  /**
   * @minItems 1
   */
  questions: [
    {
      id: string;
      /**
       * text: one line (up to maxLength, else answers.shortTextMaxLength); number: a decimal (answers.numberPattern) within min and max when given; date: a calendar date YYYY-MM-DD; scale: 1 to 5 (answers.scale), low and high saying what 1 and 5 mean; ranking: every option's value once, separated by single spaces, first = most important
       */
      type:
        | 'radios'
        | 'checkboxes'
        | 'textarea'
        | 'text'
        | 'number'
        | 'date'
        | 'scale'
        | 'ranking'
        | 'consent'
        | 'photo'
        | 'audio'
        | 'reference';
      /**
       * Only on a reference question (and required there): what its answer is the id of
       */
      refers?: 'material' | 'meeting' | 'group';
      label: LocalText;
      hint?: LocalText;
      required?: boolean;
      options?: {
        value: string;
        label: LocalText;
        /**
         * Only on a migrated version: the words answers to this option carried before values existed; the server reads an answer of these words as this value
         */
        was?: string;
      }[];
      maxLength?: number;
      /**
       * Only on a number question: the smallest answer taken
       */
      min?: number;
      /**
       * Only on a number question: the largest answer taken
       */
      max?: number;
      low?: LocalText1;
      high?: LocalText2;
    },
    ...{
      id: string;
      /**
       * text: one line (up to maxLength, else answers.shortTextMaxLength); number: a decimal (answers.numberPattern) within min and max when given; date: a calendar date YYYY-MM-DD; scale: 1 to 5 (answers.scale), low and high saying what 1 and 5 mean; ranking: every option's value once, separated by single spaces, first = most important
       */
      type:
        | 'radios'
        | 'checkboxes'
        | 'textarea'
        | 'text'
        | 'number'
        | 'date'
        | 'scale'
        | 'ranking'
        | 'consent'
        | 'photo'
        | 'audio'
        | 'reference';
      /**
       * Only on a reference question (and required there): what its answer is the id of
       */
      refers?: 'material' | 'meeting' | 'group';
      label: LocalText;
      hint?: LocalText;
      required?: boolean;
      options?: {
        value: string;
        label: LocalText;
        /**
         * Only on a migrated version: the words answers to this option carried before values existed; the server reads an answer of these words as this value
         */
        was?: string;
      }[];
      maxLength?: number;
      /**
       * Only on a number question: the smallest answer taken
       */
      min?: number;
      /**
       * Only on a number question: the largest answer taken
       */
      max?: number;
      low?: LocalText1;
      high?: LocalText2;
    }[],
  ];
}
/**
 * A text in each language it is written in, by language tag; English is required (the fallback)
 */
export interface LocalText {
  [k: string]: string;
}
/**
 * A text in each language it is written in, by language tag; English is required (the fallback)
 */
export interface LocalText1 {
  [k: string]: string;
}
/**
 * A text in each language it is written in, by language tag; English is required (the fallback)
 */
export interface LocalText2 {
  [k: string]: string;
}
/**
 * Any refused call: application/problem+json (RFC 9457) with a stable code
 */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  received?: number;
  retryAfterSeconds?: number;
  supported?: number[];
}
/**
 * GET /api/sync/v1/ping response
 */
export interface PingResponse {
  protocol: 1;
  serverTime: string;
  account: string;
  deviceId: string;
}
