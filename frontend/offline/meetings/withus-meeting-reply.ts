/**
 * <withus-meeting-reply>: a member answers a meeting — "I'll come / I'll join online / I can't come" — and says what
 * they need to take part. The reply is a submission to form `meeting-reply` (sync/SPEC.md, "Answers that refer to
 * things"), written to the device outbox like every answer, so it works offline; the organisers see it once it is
 * sent. The reply that counts comes back with the pull (`myReply` on the meeting), so the phone shows it offline too;
 * until then the device shows what it saved (kept per account, never shown to the next person on a shared phone).
 *
 * Attributes: `meeting-id`, `meeting-label` (the meeting's date, for the outbox), `reply-json` (the reply that
 * counts, from the server) and `form-json` (the form version, from a Flow page; otherwise the pulled one).
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, t, usePageLanguage } from '../../i18n.js';
import { currentAccount, db, getMeta, setMeta } from '../../sync/db.js';
import { addToOutbox, inOutbox } from '../../sync/outbox.js';
import type { FormDefinition, Submission } from '../../sync/protocol.js';
import { syncClient } from '../../sync/sync-client.js';
import { validateAnswers, type FieldError } from '../withus-form.js';

export const MEETING_REPLY_FORM = 'meeting-reply';
const ATTENDING = ['yes', 'online', 'no'] as const;
export const NEEDS = [
  'interpreter',
  'bsl',
  'captions',
  'easy-read',
  'large-print',
  'travel-costs',
  'support-worker',
  'quiet-room',
] as const;

export interface MeetingReply {
  attending: string;
  needs: string[];
  otherNeeds?: string;
  repliedAt: string;
  /** Those of the needs an organiser has arranged (the pull's myReply.arranged). */
  arranged?: string[];
}

@customElement('withus-meeting-reply')
export class WithUsMeetingReply extends LitElement {
  @property({ attribute: 'meeting-id' }) meetingId = '';
  @property({ attribute: 'meeting-label' }) meetingLabel = '';
  @property({ attribute: 'reply-json' }) replyJson?: string;
  @property({ attribute: 'form-json' }) formJson?: string;
  /** The reply that counts on the server (set directly by the offline app, or from reply-json). */
  @property({ attribute: false }) reply?: MeetingReply;
  @state() private saved?: MeetingReply & { reference: string };
  @state() private editing = false;
  @state() private attending = '';
  @state() private needs = new Set<string>();
  @state() private otherNeeds = '';
  @state() private errors: FieldError[] = [];
  @state() private problem = '';
  @state() private justSent = false;
  @state() private ready = false;
  /** Whether the device's own reply still waits in the outbox (not yet received by the council). */
  @state() private unsent = false;
  private saving = false;
  private readonly onSync = () => void this.checkOutbox();

  protected override createRenderRoot() {
    return this;
  }

  override async connectedCallback() {
    super.connectedCallback();
    await usePageLanguage();
    if (!this.reply && this.replyJson) this.reply = JSON.parse(this.replyJson) as MeetingReply;
    const account = await currentAccount();
    if (account) this.saved = await getMeta(this.metaKey(account.username));
    await this.checkOutbox();
    syncClient().addEventListener('sync-done', this.onSync);
    this.ready = true;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    syncClient().removeEventListener('sync-done', this.onSync);
  }

  private async checkOutbox() {
    this.unsent = !!this.saved && (await inOutbox(this.saved.reference));
  }

  private metaKey(account: string) {
    return `reply:${account}:${this.meetingId}`;
  }

  /** The reply to show: the device's own if it is newer than the one the server says counts. */
  private current(): (MeetingReply & { pending: boolean }) | undefined {
    if (this.saved && (!this.reply || this.saved.repliedAt > this.reply.repliedAt)) {
      return { ...this.saved, pending: !this.reply || this.saved.repliedAt > this.reply.repliedAt };
    }
    return this.reply ? { ...this.reply, pending: false } : undefined;
  }

  private async form(account: string): Promise<FormDefinition | undefined> {
    if (this.formJson) return JSON.parse(this.formJson) as FormDefinition;
    const held = await (await db()).getAllFromIndex('offline', 'byAccount', account);
    return held.find((r) => r.kind === 'form' && r.key === MEETING_REPLY_FORM)?.data as FormDefinition | undefined;
  }

  private startEditing() {
    const now = this.current();
    this.attending = now?.attending ?? '';
    this.needs = new Set(now?.needs ?? []);
    this.otherNeeds = now?.otherNeeds ?? '';
    this.editing = true;
    this.justSent = false;
  }

  private async send(event: Event) {
    event.preventDefault();
    if (this.saving) return;
    this.problem = '';
    const account = await currentAccount();
    const form = account ? await this.form(account.username) : undefined;
    if (!account || !form) {
      this.problem = t(account ? 'paperRequest.notReady' : 'paperRequest.signIn');
      return;
    }
    const answers: Record<string, string> = { meeting: this.meetingId };
    if (this.attending) answers.attending = this.attending;
    const needs = NEEDS.filter((n) => this.needs.has(n)).join(' ');
    if (needs) answers.needs = needs;
    if (this.otherNeeds.trim()) answers.otherNeeds = this.otherNeeds.trim();
    this.errors = validateAnswers(form.definition.questions, answers, {});
    if (this.errors.length) {
      await this.updateComplete;
      this.querySelector<HTMLElement>('.wu-error-summary')?.focus();
      return;
    }
    this.saving = true;
    try {
      const submission: Submission = {
        id: crypto.randomUUID(),
        form: { key: MEETING_REPLY_FORM, version: form.version },
        capturedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        mode: 'personal',
        answers,
      };
      await addToOutbox({
        account: account.username,
        formTitle: t('meetingReply.outboxTitle', this.meetingLabel),
        submission,
      });
      const saved = {
        attending: this.attending,
        needs: needs ? needs.split(' ') : [],
        ...(answers.otherNeeds ? { otherNeeds: answers.otherNeeds } : {}),
        repliedAt: submission.capturedAt,
        reference: submission.id,
      };
      await setMeta(this.metaKey(account.username), saved);
      this.saved = saved;
      this.unsent = true;
      this.editing = false;
      this.justSent = true;
      void syncClient().syncNow();
      await this.updateComplete;
      this.querySelector<HTMLElement>('.wu-meeting-reply-summary')?.focus();
    } finally {
      this.saving = false;
    }
  }

  private errorFor(question: string) {
    return this.errors.find((e) => e.questionId === question);
  }

  private message(e: FieldError) {
    if (e.questionId === 'attending') return t('meetingReply.error.attending');
    if (e.questionId === 'otherNeeds') return t('meetingReply.error.tooLong');
    return e.message;
  }

  override render() {
    if (!this.ready) return nothing;
    const now = this.current();
    const id = `wu-reply-${this.meetingId}`;
    if (now && !this.editing) {
      return html`<div class="wu-inset wu-meeting-reply-summary" tabindex="-1" role=${this.justSent ? 'status' : nothing}>
        <p><strong>${t('meetingReply.yours', t(`meetingReply.attending.${now.attending}`))}</strong></p>
        ${
          now.needs.length || now.otherNeeds
            ? html`<p>${t('meetingReply.yourNeeds', [...now.needs.map((n) => t(`meetingReply.need.${n}`)), ...(now.otherNeeds ? [now.otherNeeds] : [])].join(', '))}</p>`
            : nothing
        }
        ${
          !now.pending && now.arranged?.length
            ? html`<p>${t('meetingReply.arranged', now.arranged.map((n) => t(`meetingReply.need.${n}`)).join(', '))}</p>`
            : nothing
        }
        <p class="wu-hint">${now.pending ? t(this.unsent ? 'meetingReply.waiting' : 'meetingReply.sent') : t('meetingReply.received', formatDate(now.repliedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>
        <button type="button" class="wu-button wu-button-secondary" @click=${() => this.startEditing()}>${t('meetingReply.change')}</button>
      </div>`;
    }
    if (!this.editing) {
      return html`<button type="button" class="wu-button wu-button-secondary" @click=${() => this.startEditing()}>${t('meetingReply.start')}</button>`;
    }
    const attendingError = this.errorFor('attending');
    const otherError = this.errorFor('otherNeeds');
    return html`<div class="wu-meeting-reply">
      ${
        this.errors.length
          ? html`<div class="wu-error-summary" role="alert" tabindex="-1" aria-labelledby=${`${id}-errors`}>
          <h2 id=${`${id}-errors`}>${t('form.error.summary')}</h2>
          <ul>${this.errors.map((e) => html`<li><a href=${`#${id}-${e.questionId === 'attending' ? 'attending-0' : 'other'}`}>${this.message(e)}</a></li>`)}</ul>
        </div>`
          : nothing
      }
      <form novalidate @submit=${this.send} aria-labelledby=${`${id}-heading`}>
        <h3 id=${`${id}-heading`}>${t('meetingReply.heading')}</h3>
        <div class=${attendingError ? 'wu-form-group wu-form-group--error' : 'wu-form-group'}>
          <fieldset class="wu-fieldset" aria-describedby=${attendingError ? `${id}-attending-error` : nothing}>
            <legend class="wu-legend">${t('meetingReply.attending.legend')}</legend>
            ${attendingError ? html`<p id=${`${id}-attending-error`} class="wu-error-message"><span class="wu-visually-hidden">${t('form.error.prefix')}</span> ${this.message(attendingError)}</p>` : nothing}
            <div class="wu-radios">${ATTENDING.map(
              (
                a,
                i,
              ) => html`<div class="wu-radio"><input type="radio" id=${`${id}-attending-${i}`} name=${`${id}-attending`}
                .checked=${this.attending === a} @change=${() => (this.attending = a)} />
                <label for=${`${id}-attending-${i}`}>${t(`meetingReply.attending.${a}`)}</label></div>`,
            )}</div>
          </fieldset>
        </div>
        <div class="wu-form-group">
          <fieldset class="wu-fieldset" aria-describedby=${`${id}-needs-hint`}>
            <legend class="wu-legend">${t('meetingReply.needs.legend')}</legend>
            <p class="wu-hint" id=${`${id}-needs-hint`}>${t('meetingReply.needs.hint')}</p>
            <div class="wu-radios">${NEEDS.map(
              (
                n,
              ) => html`<div class="wu-radio"><input type="checkbox" id=${`${id}-need-${n}`} .checked=${this.needs.has(n)}
                @change=${(e: Event) => {
                  const next = new Set(this.needs);
                  if ((e.target as HTMLInputElement).checked) next.add(n);
                  else next.delete(n);
                  this.needs = next;
                }} />
                <label for=${`${id}-need-${n}`}>${t(`meetingReply.need.${n}`)}</label></div>`,
            )}</div>
          </fieldset>
        </div>
        <div class=${otherError ? 'wu-form-group wu-form-group--error' : 'wu-form-group'}>
          <label class="wu-label" for=${`${id}-other`}>${t('meetingReply.other.label')}</label>
          ${otherError ? html`<p id=${`${id}-other-error`} class="wu-error-message"><span class="wu-visually-hidden">${t('form.error.prefix')}</span> ${this.message(otherError)}</p>` : nothing}
          <textarea id=${`${id}-other`} rows="3" class="wu-textarea" .value=${this.otherNeeds}
            aria-describedby=${otherError ? `${id}-other-error` : nothing} aria-invalid=${otherError ? 'true' : nothing}
            @input=${(e: Event) => (this.otherNeeds = (e.target as HTMLTextAreaElement).value)}></textarea>
        </div>
        <details class="wu-details"><summary>${t('meetingReply.why.summary')}</summary><p>${t('meetingReply.why')}</p></details>
        <button type="submit" class="wu-button wu-button-primary">${t('meetingReply.send')}</button>
        <div role="status">${this.problem ? html`<p class="wu-error-message">${this.problem}</p>` : nothing}</div>
      </form>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'withus-meeting-reply': WithUsMeetingReply;
  }
}
