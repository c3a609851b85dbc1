/**
 * <withus-paper-request>: "ask for this paper in my language (or format)", on a paper's page, online (Flow) and in
 * the offline app. The request is a submission to form `paper-request` (sync/SPEC.md, "Answers that refer to
 * things"), written to the device outbox like every other answer: asked offline, it is sent at the next sync.
 * The device remembers, per account, what it has asked, so the page says so instead of offering it again.
 *
 * Attributes: `material-id`, `paper-title`, `format` (standard, easy-read, large-print, audio), `language` (a tag),
 * `form-version` (the form's version where the page knows it; otherwise the pulled form's), `no-hint` (the hint is
 * said by another request on the page).
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, languageName, t, usePageLanguage } from '../../i18n.js';
import { currentAccount, db, getMeta, setMeta } from '../../sync/db.js';
import { addToOutbox } from '../../sync/outbox.js';
import type { Submission } from '../../sync/protocol.js';
import { referenceOf } from '../../sync/rules.js';
import { syncClient } from '../../sync/sync-client.js';

export const PAPER_REQUEST_FORM = 'paper-request';

interface Asked {
  material: string;
  format: string;
  language: string;
  at: string;
  reference: string;
}

@customElement('withus-paper-request')
export class WithUsPaperRequest extends LitElement {
  @property({ attribute: 'material-id' }) materialId = '';
  @property({ attribute: 'paper-title' }) paperTitle = '';
  @property() format = 'standard';
  @property() language = 'en';
  @property({ attribute: 'form-version', type: Number }) formVersion?: number;
  /** Set on all but the first of several requests on one page: the hint is said once. */
  @property({ attribute: 'no-hint', type: Boolean }) noHint = false;
  @state() private asked?: Asked;
  @state() private justAsked = false;
  @state() private problem = '';
  @state() private saving = false;
  @state() private ready = false;

  protected override createRenderRoot() {
    return this;
  }

  override async connectedCallback() {
    super.connectedCallback();
    await usePageLanguage();
    this.asked = (await this.askedBefore()).find((a) => this.isThis(a));
    this.ready = true;
  }

  private isThis(a: Asked) {
    return a.material === this.materialId && a.format === this.format && a.language === this.language;
  }

  private async askedBefore(): Promise<Asked[]> {
    const account = await currentAccount();
    return account ? ((await getMeta<Asked[]>(`asked:${account.username}`)) ?? []) : [];
  }

  /** The version to send: the page's, else the latest the device pulled. */
  private async version(account: string): Promise<number | undefined> {
    if (this.formVersion) return this.formVersion;
    const held = await (await db()).getAllFromIndex('offline', 'byAccount', account);
    return held.find((r) => r.kind === 'form' && r.key === PAPER_REQUEST_FORM)?.data?.version;
  }

  private what() {
    const name = languageName(this.language);
    if (this.format === 'standard') return name;
    const format = t(`paperRequest.format.${this.format.toUpperCase().replace('-', '_')}`);
    return this.language === 'en' ? format : `${format}, ${name}`;
  }

  private async ask() {
    if (this.saving) return;
    this.problem = '';
    const account = await currentAccount();
    const version = account ? await this.version(account.username) : undefined;
    if (!account || !version) {
      this.problem = t(account ? 'paperRequest.notReady' : 'paperRequest.signIn');
      return;
    }
    this.saving = true;
    try {
      const submission: Submission = {
        id: crypto.randomUUID(),
        form: { key: PAPER_REQUEST_FORM, version },
        capturedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        mode: 'personal',
        answers: { material: this.materialId, format: this.format, language: this.language },
      };
      await addToOutbox({
        account: account.username,
        formTitle: t('paperRequest.outboxTitle', this.paperTitle, this.what()),
        submission,
      });
      const asked: Asked = {
        material: this.materialId,
        format: this.format,
        language: this.language,
        at: submission.capturedAt,
        reference: referenceOf(submission.id),
      };
      await setMeta(`asked:${account.username}`, [...(await this.askedBefore()), asked]);
      this.asked = asked;
      this.justAsked = true;
      void syncClient().syncNow();
    } finally {
      this.saving = false;
    }
  }

  override render() {
    if (!this.ready) return nothing;
    if (this.asked) {
      return html`<div class="wu-inset" role="status">
        <p>${
          this.justAsked
            ? t('paperRequest.saved', this.what(), this.asked.reference)
            : t('paperRequest.askedBefore', this.what(), formatDate(this.asked.at, { dateStyle: 'long' }))
        }</p>
        ${this.justAsked ? html`<p><a href="/offline/outbox" router-ignore>${t('form.done.outboxLink')}</a></p>` : nothing}
      </div>`;
    }
    return html`<div class="wu-inset wu-paper-request">
      <p>${t('paperRequest.notYet', this.what())}</p>
      <button type="button" class="wu-button wu-button-secondary" ?disabled=${this.saving} @click=${() => void this.ask()}>
        ${t('paperRequest.ask', this.what())}</button>
      ${this.noHint ? nothing : html`<p class="wu-hint">${t('paperRequest.hint')}</p>`}
      <div role="status">${this.problem ? html`<p class="wu-error-message">${this.problem}</p>` : nothing}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'withus-paper-request': WithUsPaperRequest;
  }
}
