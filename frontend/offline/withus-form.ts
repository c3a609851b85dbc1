/**
 * <withus-form>: the one form component. Used by the Flow pages online and by the offline views, in both cases
 * submitting only into the device outbox (sync/outbox.ts); the sync client sends it on.
 *
 * GOV.UK question patterns: each question a form group with its label (or fieldset legend), hint, error message
 * and control; an error summary at the top that takes focus and links to each field. Light DOM, so labels,
 * aria-describedby and the page's styles work across the whole form.
 *
 * Personal mode saves a draft on every change. Event mode (a shared device) keeps no draft and encrypts the
 * answers in the outbox, so nobody can read back an earlier respondent's answers.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localText, otherLanguageOf, t, usePageLanguage } from '../i18n.js';
import { db, currentAccount } from '../sync/db.js';
import { addToOutbox } from '../sync/outbox.js';
import { sha256Hex, type FormDefinition, type FormQuestion, type Submission } from '../sync/protocol.js';
import {
  AUDIO_TYPES,
  CONSENT_ANSWERS,
  REFERENCE_PATTERN,
  DEFAULT_MAX_LENGTH,
  MAX_ATTACHMENT_BYTES,
  NUMBER_PATTERN,
  PHOTO_TYPES,
  SCALE_MAX,
  SCALE_MIN,
  SHORT_TEXT_MAX_LENGTH,
  isDate,
  referenceOf,
  scalePoint,
} from '../sync/rules.js';
import { syncClient } from '../sync/sync-client.js';
import { equalitySection, equalityToSend, validateEquality } from './equality/equality.js';

/** A form's title in the current language (English where it is not written in it). */
export function titleOf(form: FormDefinition): string {
  return localText(form.definition.title) || form.title;
}

/** A form's description in the current language (English where it is not written in it). */
export function descriptionOf(form: FormDefinition): string {
  return localText(form.definition.description) || form.description;
}

/** The lang of a form's title where it is not the page's language. */
export function titleLanguageOf(form: FormDefinition) {
  return form.definition.title ? otherLanguageOf(form.definition.title) : 'en';
}

/**
 * Whether a person picks this form from a list: not one that answers about a thing (a reference question, e.g. asking
 * for a paper in another language), which is offered where the thing is shown (sync/SPEC.md).
 */
export function isPickedFromList(form: FormDefinition): boolean {
  return !form.definition.questions.some((q) => q.type === 'reference');
}

const isFileQuestion = (q: FormQuestion) => q.type === 'photo' || q.type === 'audio';

/** A problem with one answer: its stable code is the server's (sync/rules/answers.vectors.json). */
export interface FieldError {
  questionId: string;
  code:
    | 'required'
    | 'not-an-option'
    | 'repeated-choice'
    | 'incomplete-ranking'
    | 'too-long'
    | 'not-one-line'
    | 'not-a-number'
    | 'out-of-range'
    | 'not-a-date'
    | 'bad-media-type'
    | 'too-big'
    | 'bad-reference';
  message: string;
}

/**
 * The same rules as the server's FormQuestions.check (both run sync/rules/answers.vectors.json), applied to the
 * answers as they will be sent (trimmed), in the words a person needs.
 */
export function validateAnswers(
  questions: FormQuestion[],
  answers: Record<string, string>,
  photos: Record<string, File>,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const q of questions) {
    const value = (answers[q.id] ?? '').trim();
    if (isFileQuestion(q)) {
      const file = photos[q.id];
      const audio = q.type === 'audio';
      if (!file) {
        if (q.required)
          errors.push({
            questionId: q.id,
            code: 'required',
            message: t(audio ? 'form.error.audioRequired' : 'form.error.photoRequired', localText(q.label)),
          });
      } else if (!(audio ? AUDIO_TYPES : PHOTO_TYPES).includes(file.type)) {
        errors.push({
          questionId: q.id,
          code: 'bad-media-type',
          message: t(audio ? 'form.error.audioType' : 'form.error.photoType'),
        });
      } else if (file.size > MAX_ATTACHMENT_BYTES) {
        errors.push({
          questionId: q.id,
          code: 'too-big',
          message: t(audio ? 'form.error.audioSize' : 'form.error.photoSize'),
        });
      }
      continue;
    }
    if (!value) {
      if (q.required) {
        const key =
          q.type === 'ranking'
            ? 'form.error.rankingRequired'
            : ['textarea', 'text', 'number', 'date'].includes(q.type)
              ? 'form.error.textRequired'
              : 'form.error.choiceRequired';
        errors.push({ questionId: q.id, code: 'required', message: t(key, localText(q.label)) });
      }
      continue;
    }
    if (q.type === 'radios' && !(q.options ?? []).some((o) => o.value === value)) {
      errors.push({
        questionId: q.id,
        code: 'not-an-option',
        message: t('form.error.choiceRequired', localText(q.label)),
      });
    }
    if (q.type === 'consent' && !CONSENT_ANSWERS.includes(value)) {
      errors.push({
        questionId: q.id,
        code: 'not-an-option',
        message: t('form.error.choiceRequired', localText(q.label)),
      });
    }
    if (q.type === 'ranking') {
      const ranked = value.split(' ');
      const options = q.options ?? [];
      const code = ranked.some((v) => !options.some((o) => o.value === v))
        ? 'not-an-option'
        : new Set(ranked).size !== ranked.length
          ? 'repeated-choice'
          : ranked.length < options.length
            ? 'incomplete-ranking'
            : undefined;
      if (code) errors.push({ questionId: q.id, code, message: t('form.error.rankingRequired', localText(q.label)) });
    }
    if (q.type === 'text' && /[\r\n]/.test(value)) {
      errors.push({ questionId: q.id, code: 'not-one-line', message: t('form.error.notOneLine', localText(q.label)) });
    } else if (q.type === 'text' && [...value].length > (q.maxLength ?? SHORT_TEXT_MAX_LENGTH)) {
      errors.push({
        questionId: q.id,
        code: 'too-long',
        message: t('form.error.tooLong', localText(q.label), q.maxLength ?? SHORT_TEXT_MAX_LENGTH),
      });
    }
    if (q.type === 'number') {
      if (!NUMBER_PATTERN.test(value)) {
        errors.push({
          questionId: q.id,
          code: 'not-a-number',
          message: t('form.error.notANumber', localText(q.label)),
        });
      } else if ((q.min !== undefined && Number(value) < q.min) || (q.max !== undefined && Number(value) > q.max)) {
        errors.push({ questionId: q.id, code: 'out-of-range', message: numberRangeMessage(q) });
      }
    }
    if (q.type === 'date' && !isDate(value)) {
      errors.push({ questionId: q.id, code: 'not-a-date', message: t('form.error.notADate', localText(q.label)) });
    }
    if (q.type === 'scale' && scalePoint(value) === undefined) {
      errors.push({
        questionId: q.id,
        code: 'not-an-option',
        message: t('form.error.choiceRequired', localText(q.label)),
      });
    }
    if (q.type === 'checkboxes') {
      const chosen = value.split(' ');
      if (chosen.some((v) => !(q.options ?? []).some((o) => o.value === v))) {
        errors.push({
          questionId: q.id,
          code: 'not-an-option',
          message: t('form.error.choiceRequired', localText(q.label)),
        });
      } else if (new Set(chosen).size !== chosen.length) {
        errors.push({
          questionId: q.id,
          code: 'repeated-choice',
          message: t('form.error.choiceRequired', localText(q.label)),
        });
      }
    }
    if (q.type === 'reference' && !REFERENCE_PATTERN.test(value)) {
      errors.push({ questionId: q.id, code: 'bad-reference', message: t('form.error.badReference') });
    }
    const max = q.maxLength ?? DEFAULT_MAX_LENGTH;
    if (q.type === 'textarea' && [...value].length > max) {
      errors.push({ questionId: q.id, code: 'too-long', message: t('form.error.tooLong', localText(q.label), max) });
    }
  }
  return errors;
}

/** "between 0 and 20", "0 or more" or "20 or less", as the question's limits say. */
function numberRangeMessage(q: FormQuestion): string {
  const label = localText(q.label);
  if (q.min !== undefined && q.max !== undefined) return t('form.error.numberBetween', label, q.min, q.max);
  return q.min !== undefined ? t('form.error.numberMin', label, q.min) : t('form.error.numberMax', label, q.max!);
}

/** A date answer from the three boxes of the GOV.UK date input: YYYY-MM-DD once all are filled (isDate checks it). */
export function dateAnswer(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  const two = (part: string) => (/^[0-9]$/.test(part) ? `0${part}` : part);
  return `${y}-${two(m)}-${two(d)}`;
}

@customElement('withus-form')
export class WithUsForm extends LitElement {
  /** The form version to show (from the pull, or as JSON from a Flow page). */
  @property({ attribute: false }) form?: FormDefinition;
  @property({ attribute: 'form-json' }) formJson?: string;
  @property() mode: 'personal' | 'event' = 'personal';
  @property({ attribute: 'event-session' }) eventSession?: string;

  @state() private answers: Record<string, string> = {};
  @state() private photos: Record<string, File> = {};
  @state() private errors: FieldError[] = [];
  @state() private submitted?: { reference: string };
  @state() private saving = false;
  @state() private noAccount = false;
  /** The three boxes of each date question as typed (the answer is made from them: dateAnswer). */
  @state() private dateParts: Record<string, [string, string, string]> = {};
  /** What a ranking's live region last said ("Parks is now number 1 of 3"). */
  @state() private rankingNews: Record<string, string> = {};
  /** The equality section's answers (never kept in a draft: they leave the device only as the submission's own). */
  @state() private equality: Record<string, string> = {};
  private submissionId: string = crypto.randomUUID();

  protected override createRenderRoot() {
    return this;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('formJson') && this.formJson) this.form = JSON.parse(this.formJson) as FormDefinition;
  }

  override connectedCallback() {
    super.connectedCallback();
    // on an online page, in the page's own language (the offline app sets it before it renders)
    void usePageLanguage().then((changed) => changed && this.requestUpdate());
  }

  override async firstUpdated() {
    const account = await currentAccount();
    this.noAccount = !account;
    if (this.mode === 'personal' && account && this.form) {
      const draft = await (await db()).get('drafts', this.draftKey(account.username));
      if (draft && draft.formVersion === this.form.version) {
        this.answers = draft.answers;
        this.submissionId = draft.submissionId;
        for (const q of this.questions.filter((x) => x.type === 'date' && draft.answers[x.id])) {
          const [y = '', m = '', d = ''] = draft.answers[q.id].split('-');
          this.dateParts = { ...this.dateParts, [q.id]: [d, m, y] };
        }
      }
    }
  }

  private draftKey(account: string) {
    return `${account}|${this.form?.key}`;
  }

  private get questions(): FormQuestion[] {
    return this.form?.definition.questions ?? [];
  }

  private async change(q: FormQuestion, value: string) {
    this.answers = { ...this.answers, [q.id]: value };
    if (this.errors.length) this.errors = this.errors.filter((e) => e.questionId !== q.id);
    if (this.mode !== 'personal' || !this.form) return;
    const account = await currentAccount();
    if (!account) return;
    await (
      await db()
    ).put('drafts', {
      key: this.draftKey(account.username),
      account: account.username,
      formKey: this.form.key,
      formVersion: this.form.version,
      submissionId: this.submissionId,
      answers: this.answers,
      savedAt: new Date().toISOString(),
    });
  }

  private photoChosen(q: FormQuestion, input: HTMLInputElement) {
    const file = input.files?.[0];
    const photos = { ...this.photos };
    if (file) photos[q.id] = file;
    else delete photos[q.id];
    this.photos = photos;
    this.errors = this.errors.filter((e) => e.questionId !== q.id);
  }

  private removePhoto(q: FormQuestion) {
    const photos = { ...this.photos };
    delete photos[q.id];
    this.photos = photos;
    const input = this.querySelector<HTMLInputElement>(`#${this.fieldId(q)}`);
    if (input) input.value = '';
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (!this.form || this.saving) return;
    this.errors = validateAnswers(this.questions, this.answers, this.photos);
    // radios cannot give a value that is not a choice; kept so a change to the section cannot send what the server refuses
    if (validateEquality(this.equality).length) this.equality = {};
    if (this.errors.length) {
      await this.updateComplete;
      this.querySelector<HTMLElement>('.wu-error-summary')?.focus();
      setErrorInTitle(true);
      return;
    }
    setErrorInTitle(false);
    const account = await currentAccount();
    if (!account) {
      this.noAccount = true;
      return;
    }
    this.saving = true;
    try {
      const answers: Record<string, string> = {};
      const files = [];
      const attachments = [];
      for (const q of this.questions) {
        const value = (this.answers[q.id] ?? '').trim();
        if (isFileQuestion(q)) {
          const photo = this.photos[q.id];
          if (!photo) continue;
          const sha256 = await sha256Hex(await photo.arrayBuffer());
          answers[q.id] = sha256;
          attachments.push({ questionId: q.id, sha256, mediaType: photo.type, size: photo.size });
          files.push({ sha256, account: account.username, mediaType: photo.type, blob: photo });
        } else if (value) {
          answers[q.id] = value;
        }
      }
      const submission: Submission = {
        id: this.submissionId,
        form: { key: this.form.key, version: this.form.version },
        capturedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        mode: this.mode,
        answers,
        ...(attachments.length ? { attachments } : {}),
      };
      const equality = this.form.definition.equality ? equalityToSend(this.equality) : undefined;
      if (equality) submission.equality = equality;
      await addToOutbox({
        account: account.username,
        formTitle: titleOf(this.form),
        submission,
        files,
        eventSessionId: this.mode === 'event' ? this.eventSession : undefined,
        draftKey: this.mode === 'personal' ? this.draftKey(account.username) : undefined,
      });
      const reference = referenceOf(submission.id);
      this.submitted = { reference };
      this.dispatchEvent(
        new CustomEvent('withus-submitted', {
          detail: { id: submission.id, reference },
          bubbles: true,
          composed: true,
        }),
      );
      void syncClient().syncNow();
      await this.updateComplete;
      this.querySelector<HTMLElement>('.wu-panel')?.focus();
    } finally {
      this.saving = false;
    }
  }

  /** A fresh, empty form with a new id (the previous answers are gone from the page). */
  reset() {
    this.answers = {};
    this.photos = {};
    this.dateParts = {};
    this.rankingNews = {};
    this.equality = {};
    this.errors = [];
    this.submitted = undefined;
    this.submissionId = crypto.randomUUID();
    this.querySelector('form')?.reset();
  }

  private fieldId(q: FormQuestion) {
    return `wu-q-${q.id}`;
  }

  private errorFor(q: FormQuestion) {
    return this.errors.find((e) => e.questionId === q.id);
  }

  private firstControlId(q: FormQuestion) {
    if (q.type === 'date') return `${this.fieldId(q)}-day`;
    if (q.type === 'ranking') return `${this.fieldId(q)}-0-down`;
    return q.type === 'radios' || q.type === 'consent' || q.type === 'scale' ? `${this.fieldId(q)}-0` : this.fieldId(q);
  }

  /** The order a ranking shows: the person's, once they have one, else the form's. */
  private rankingOrder(q: FormQuestion): string[] {
    const values = (q.options ?? []).map((o) => o.value);
    const answer = this.answers[q.id];
    return answer ? answer.split(' ') : values;
  }

  private async move(q: FormQuestion, index: number, by: -1 | 1) {
    const order = [...this.rankingOrder(q)];
    const to = index + by;
    if (to < 0 || to >= order.length) return;
    [order[index], order[to]] = [order[to], order[index]];
    await this.change(q, order.join(' '));
    const option = (q.options ?? []).find((o) => o.value === order[to]);
    this.rankingNews = {
      ...this.rankingNews,
      [q.id]: t('form.ranking.moved', option ? localText(option.label) : order[to], to + 1, order.length),
    };
    await this.updateComplete;
    // focus follows the choice that moved: the same button, or the other one at either end
    const id = this.fieldId(q);
    const same = this.querySelector<HTMLButtonElement>(`#${id}-${to}-${by < 0 ? 'up' : 'down'}`);
    const other = this.querySelector<HTMLButtonElement>(`#${id}-${to}-${by < 0 ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  }

  private async keepOrder(q: FormQuestion) {
    const order = this.rankingOrder(q);
    await this.change(q, order.join(' '));
    const words = order.map((v, i) => {
      const option = (q.options ?? []).find((o) => o.value === v);
      return `${i + 1}. ${option ? localText(option.label) : v}`;
    });
    this.rankingNews = { ...this.rankingNews, [q.id]: t('form.ranking.kept', words.join(', ')) };
  }

  private dateChanged(q: FormQuestion, part: 0 | 1 | 2, value: string) {
    const parts = [...(this.dateParts[q.id] ?? ['', '', ''])] as [string, string, string];
    parts[part] = value;
    this.dateParts = { ...this.dateParts, [q.id]: parts };
    void this.change(q, dateAnswer(...parts));
  }

  override render() {
    if (!this.form) return html`<p>${t('form.loading')}</p>`;
    if (this.submitted) return this.renderDone();
    return html`
      ${this.noAccount ? html`<div class="wu-inset" role="note"><p>${t('form.noAccount')}</p></div>` : nothing}
      ${
        this.errors.length
          ? html`
        <div class="wu-error-summary" role="alert" tabindex="-1" aria-labelledby="wu-error-summary-title">
          <h2 id="wu-error-summary-title">${t('form.error.summary')}</h2>
          <ul>${this.errors.map(
            (e) => html`<li><a href="#${this.firstControlId(this.questions.find((q) => q.id === e.questionId)!)}"
            @click=${(ev: Event) => this.focusField(ev, e.questionId)}>${e.message}</a></li>`,
          )}</ul>
        </div>`
          : nothing
      }
      <form novalidate @submit=${this.submit} aria-label=${titleOf(this.form)}>
        ${this.questions.map((q) => this.renderQuestion(q))}
        ${
          this.form.definition.equality
            ? equalitySection(this.equality, (id, value) => (this.equality = { ...this.equality, [id]: value }))
            : nothing
        }
        <button type="submit" class="wu-button wu-button-primary" ?disabled=${this.saving}>
          ${this.mode === 'event' ? t('form.submit.event') : t('form.submit')}</button>
      </form>`;
  }

  private focusField(event: Event, questionId: string) {
    event.preventDefault();
    const q = this.questions.find((x) => x.id === questionId)!;
    const control = this.querySelector<HTMLElement>(`#${this.firstControlId(q)}`);
    control?.focus();
    control?.closest('.wu-form-group')?.scrollIntoView({ block: 'center' });
  }

  private renderQuestion(q: FormQuestion) {
    const id = this.fieldId(q);
    const error = this.errorFor(q);
    const hintId = q.hint ? `${id}-hint` : '';
    const errorId = error ? `${id}-error` : '';
    const describedBy = [hintId, errorId].filter(Boolean).join(' ') || nothing;
    // the form's words in the page's language where it is written in it, else English, marked with lang for a screen reader
    const labelLang = otherLanguageOf(q.label) ?? nothing;
    const label = q.required ? localText(q.label) : `${localText(q.label)} ${t('form.optional')}`;
    const errorMessage = error
      ? html`<p id=${errorId} class="wu-error-message"><span class="wu-visually-hidden">${t('form.error.prefix')}</span> ${error.message}</p>`
      : nothing;
    const hint = q.hint
      ? html`<p id=${hintId} class="wu-hint" lang=${otherLanguageOf(q.hint) ?? nothing}>${localText(q.hint)}</p>`
      : nothing;
    const groupClass = `wu-form-group${error ? ' wu-form-group--error' : ''}`;
    if (q.type === 'radios' || q.type === 'consent') {
      const options =
        q.type === 'consent'
          ? [
              { value: 'yes', text: t('form.consent.yes'), lang: undefined },
              { value: 'no', text: t('form.consent.no'), lang: undefined },
            ]
          : (q.options ?? []).map((o) => ({
              value: o.value,
              text: localText(o.label),
              lang: otherLanguageOf(o.label),
            }));
      return html`<div class=${groupClass}>
        <fieldset class="wu-fieldset">
          <legend class="wu-legend" lang=${labelLang}>${label}</legend>
          ${q.type === 'consent' ? html`<p class="wu-hint" id=${`${id}-consent-hint`}>${t('form.consent.hint')}</p>` : nothing}
          ${hint}${errorMessage}
          <div class="wu-radios">
            ${options.map(
              ({ value, text, lang }, i) => html`<div class="wu-radio">
              <input type="radio" id=${`${id}-${i}`} name=${q.id} .value=${value} ?required=${!!q.required}
                aria-invalid=${error ? 'true' : nothing}
                aria-describedby=${describedBy || nothing}
                .checked=${this.answers[q.id] === value} @change=${() => this.change(q, value)} />
              <label for=${`${id}-${i}`} lang=${lang ?? nothing}>${text}</label></div>`,
            )}
          </div>
        </fieldset></div>`;
    }
    if (q.type === 'scale') {
      const points = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
      const words = (point: number) => {
        const end = point === SCALE_MIN ? q.low : point === SCALE_MAX ? q.high : undefined;
        return end
          ? t('form.scale.end', point, localText(end))
          : t('form.scale.end', point, '').replace(/\s*–\s*$/, '');
      };
      return html`<div class=${groupClass}>
        <fieldset class="wu-fieldset">
          <legend class="wu-legend" lang=${labelLang}>${label}</legend>
          <p class="wu-hint" id=${`${id}-scale-hint`}>${t('form.scale.hint', SCALE_MIN, SCALE_MAX)}</p>
          ${hint}${errorMessage}
          <div class="wu-radios wu-radios--scale">
            ${points.map(
              (point, i) => html`<div class="wu-radio">
              <input type="radio" id=${`${id}-${i}`} name=${q.id} .value=${String(point)} ?required=${!!q.required}
                aria-invalid=${error ? 'true' : nothing}
                aria-describedby=${[`${id}-scale-hint`, hintId, errorId].filter(Boolean).join(' ')}
                .checked=${this.answers[q.id] === String(point)} @change=${() => this.change(q, String(point))} />
              <label for=${`${id}-${i}`}>${words(point)}</label></div>`,
            )}
          </div>
        </fieldset></div>`;
    }
    if (q.type === 'ranking') {
      const order = this.rankingOrder(q);
      const answered = !!this.answers[q.id];
      return html`<div class=${groupClass}>
        <fieldset class="wu-fieldset">
          <legend class="wu-legend" lang=${labelLang}>${label}</legend>
          <p class="wu-hint" id=${`${id}-ranking-hint`}>${t('form.ranking.hint')}</p>
          ${hint}${errorMessage}
          <ol class="wu-ranking" id=${id} aria-describedby=${[`${id}-ranking-hint`, hintId, errorId].filter(Boolean).join(' ')}>
            ${order.map((value, i) => {
              const option = (q.options ?? []).find((o) => o.value === value);
              const words = option ? localText(option.label) : value;
              const lang = option ? (otherLanguageOf(option.label) ?? nothing) : nothing;
              return html`<li class="wu-ranking-item"><div class="wu-ranking-row">
                <span class="wu-ranking-words" lang=${lang}>${words}</span>
                <span class="wu-ranking-buttons">
                  <button type="button" class="wu-button-secondary wu-button-small" id=${`${id}-${i}-up`}
                    ?disabled=${i === 0} @click=${() => this.move(q, i, -1)}>${t('form.ranking.up')}<span
                    class="wu-visually-hidden" lang=${lang}> ${words}</span></button>
                  <button type="button" class="wu-button-secondary wu-button-small" id=${`${id}-${i}-down`}
                    ?disabled=${i === order.length - 1} @click=${() => this.move(q, i, 1)}>${t('form.ranking.down')}<span
                    class="wu-visually-hidden" lang=${lang}> ${words}</span></button>
                </span></div></li>`;
            })}
          </ol>
          <p class="wu-hint" role="status" id=${`${id}-news`}>${this.rankingNews[q.id] ?? (answered ? '' : t('form.ranking.notYet'))}</p>
          <button type="button" class="wu-button-secondary" id=${`${id}-keep`} @click=${() => this.keepOrder(q)}>
            ${t('form.ranking.keep')}</button>
        </fieldset></div>`;
    }
    if (q.type === 'date') {
      const parts = this.dateParts[q.id] ?? ['', '', ''];
      const boxes: Array<[0 | 1 | 2, string, string, number]> = [
        [0, 'day', 'form.date.day', 2],
        [1, 'month', 'form.date.month', 2],
        [2, 'year', 'form.date.year', 4],
      ];
      return html`<div class=${groupClass}>
        <fieldset class="wu-fieldset" role="group" aria-describedby=${[`${id}-date-hint`, hintId, errorId].filter(Boolean).join(' ')}>
          <legend class="wu-legend" lang=${labelLang}>${label}</legend>
          <p class="wu-hint" id=${`${id}-date-hint`}>${t('form.date.hint')}</p>
          ${hint}${errorMessage}
          <div class="wu-date-input">
            ${boxes.map(
              ([part, name, key, width]) => html`<div class="wu-date-input-item">
              <label class="wu-label" for=${`${id}-${name}`}>${t(key)}</label>
              <input class=${width === 4 ? 'wu-input wu-input-year' : 'wu-input wu-input-two'} id=${`${id}-${name}`} name=${`${q.id}-${name}`}
                type="text" inputmode="numeric" autocomplete="off" maxlength=${width}
                aria-invalid=${error ? 'true' : nothing} .value=${parts[part]}
                @input=${(e: Event) => this.dateChanged(q, part, (e.target as HTMLInputElement).value)} /></div>`,
            )}
          </div>
        </fieldset></div>`;
    }
    if (q.type === 'text' || q.type === 'number') {
      const number = q.type === 'number';
      const numberHintId = number ? `${id}-number-hint` : '';
      return html`<div class=${groupClass}>
        <label class="wu-label" for=${id} lang=${labelLang}>${label}</label>
        ${number ? html`<p class="wu-hint" id=${numberHintId}>${t('form.number.hint')}</p>` : nothing}${hint}${errorMessage}
        <input id=${id} name=${q.id} type="text" class=${number ? 'wu-input wu-input-short' : 'wu-input'}
          inputmode=${number ? 'decimal' : nothing} spellcheck=${number ? 'false' : nothing}
          ?required=${!!q.required} aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${[numberHintId, hintId, errorId].filter(Boolean).join(' ') || nothing}
          .value=${this.answers[q.id] ?? ''}
          @input=${(e: Event) => this.change(q, (e.target as HTMLInputElement).value)} />
      </div>`;
    }
    if (q.type === 'textarea') {
      const max = q.maxLength ?? DEFAULT_MAX_LENGTH;
      const left = max - [...(this.answers[q.id] ?? '')].length;
      return html`<div class=${groupClass}>
        <label class="wu-label" for=${id} lang=${labelLang}>${label}</label>${hint}${errorMessage}
        <textarea id=${id} name=${q.id} rows="5" class="wu-textarea" ?required=${!!q.required}
          aria-describedby=${[hintId, errorId, `${id}-count`].filter(Boolean).join(' ')}
          aria-invalid=${error ? 'true' : nothing} .value=${this.answers[q.id] ?? ''}
          @input=${(e: Event) => this.change(q, (e.target as HTMLTextAreaElement).value)}></textarea>
        <p id=${`${id}-count`} class=${left < 0 ? 'wu-hint wu-count-over' : 'wu-hint'}>
          ${left >= 0 ? t('form.charactersLeft', left) : t('form.charactersOver', -left)}</p>
      </div>`;
    }
    const photo = this.photos[q.id];
    const audio = q.type === 'audio';
    return html`<div class=${groupClass}>
      <label class="wu-label" for=${id} lang=${labelLang}>${label}</label>
      <p class="wu-hint" id=${`${id}-photo-hint`}>${t(audio ? 'form.audio.hint' : 'form.photo.hint')}</p>${hint}${errorMessage}
      <input type="file" id=${id} name=${q.id} accept=${audio ? 'audio/*' : 'image/*'} class="wu-file"
        aria-describedby=${[`${id}-photo-hint`, hintId, errorId].filter(Boolean).join(' ')}
        aria-invalid=${error ? 'true' : nothing} @change=${(e: Event) => this.photoChosen(q, e.target as HTMLInputElement)} />
      ${
        photo
          ? html`<p class="wu-hint">${t('form.photo.chosen', photo.name, Math.ceil(photo.size / 1024))}
        <button type="button" class="wu-button-secondary wu-button-small" @click=${() => this.removePhoto(q)}>${t(audio ? 'form.audio.remove' : 'form.photo.remove')}</button></p>`
          : nothing
      }
    </div>`;
  }

  private renderDone() {
    const event = this.mode === 'event';
    return html`<div class="wu-panel" tabindex="-1" role="status">
      <h2>${event ? t('form.done.event.heading') : t('form.done.heading')}</h2>
      ${
        event
          ? html`<p>${t('form.done.event.body')}</p>`
          : html`
        <p>${t('form.done.reference', this.submitted!.reference)}</p>
        <p>${t('form.done.body')}</p>
        <p><a href="/offline/outbox" ?router-ignore=${!location.pathname.startsWith('/offline')}>${t('form.done.outboxLink')}</a></p>`
      }
      ${event ? nothing : html`<button type="button" class="wu-button" @click=${() => this.reset()}>${t('form.done.another')}</button>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'withus-form': WithUsForm;
  }
}

/** GOV.UK: "Error: " before the page's own title while a form shows errors (whichever page hosts the form). */
function setErrorInTitle(on: boolean) {
  const prefix = `${t('form.error.titlePrefix')} `;
  const base = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
  document.title = on ? prefix + base : base;
}
