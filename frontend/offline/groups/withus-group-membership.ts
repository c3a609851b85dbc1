/**
 * <withus-group-membership>: a resident asks to join a public group (saying why, if they like), or a member leaves
 * a group. Each is a submission to form `group-membership` (sync/SPEC.md, vector 017) written to the device outbox, so
 * it works offline; the team or a co-chair answers a request, and the answer comes back with the pull (`member`,
 * `canAskToJoin`, `myRequest` on the group). Until then the device shows what it saved, kept per account (never
 * shown to the next person on a shared phone).
 *
 * An invitation from the co-production team (`myInvitation` on the group) is answered here too: "Yes, join the group"
 * sends `join` (it accepts the invitation), "No, thank you" sends `leave` (it declines it) – offline like the rest.
 *
 * Attributes: `group-id`, `group-name`, `member`, `can-ask`, `request-json` (the person's request as the server has
 * it), `invitation-json` (their invitation, likewise) and `form-json` (the form version, from a Flow page; otherwise the
 * pulled one).
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, t, usePageLanguage } from '../../i18n.js';
import { currentAccount, db, getMeta, setMeta } from '../../sync/db.js';
import { addToOutbox, inOutbox } from '../../sync/outbox.js';
import type { FormDefinition, Submission } from '../../sync/protocol.js';
import { syncClient } from '../../sync/sync-client.js';
import { validateAnswers, type FieldError } from '../withus-form.js';

export const GROUP_MEMBERSHIP_FORM = 'group-membership';

export interface JoinRequest {
  status: 'waiting' | 'accepted' | 'declined';
  reason?: string;
  askedAt: string;
  decidedAt?: string;
}

export interface Invitation {
  status: 'waiting' | 'accepted' | 'declined' | 'withdrawn';
  role: string;
  message?: string;
  invitedAt: string;
  answeredAt?: string;
}

/** What this device sent last for the group, until the pull says what the server made of it. */
interface Sent {
  action: 'join' | 'leave';
  at: string;
  /** The submission's id: while the outbox holds it, it has not reached the council. */
  id?: string;
}

@customElement('withus-group-membership')
export class WithUsGroupMembership extends LitElement {
  @property({ attribute: 'group-id' }) groupId = '';
  @property({ attribute: 'group-name' }) groupName = '';
  @property({ type: Boolean }) member = false;
  @property({ attribute: 'can-ask', type: Boolean }) canAsk = false;
  @property({ attribute: 'request-json' }) requestJson?: string;
  @property({ attribute: 'form-json' }) formJson?: string;
  @property({ attribute: false }) request?: JoinRequest;
  @property({ attribute: 'invitation-json' }) invitationJson?: string;
  @property({ attribute: false }) invitation?: Invitation;
  @state() private sent?: Sent;
  @state() private mode: 'idle' | 'asking' | 'leaving' = 'idle';
  @state() private message = '';
  @state() private errors: FieldError[] = [];
  @state() private problem = '';
  @state() private ready = false;
  /** Whether the device's last action is still in the outbox (not yet received by the council). */
  @state() private unsent = false;
  private saving = false;
  private readonly onSync = () => void this.checkOutbox();

  protected override createRenderRoot() {
    return this;
  }

  override async connectedCallback() {
    super.connectedCallback();
    await usePageLanguage();
    if (!this.request && this.requestJson) this.request = JSON.parse(this.requestJson) as JoinRequest;
    if (!this.invitation && this.invitationJson) this.invitation = JSON.parse(this.invitationJson) as Invitation;
    const account = await currentAccount();
    if (account) this.sent = await getMeta(this.metaKey(account.username));
    await this.checkOutbox();
    syncClient().addEventListener('sync-done', this.onSync);
    this.ready = true;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    syncClient().removeEventListener('sync-done', this.onSync);
  }

  private async checkOutbox() {
    this.unsent = !!this.sent && (!this.sent.id || (await inOutbox(this.sent.id)));
  }

  private metaKey(account: string) {
    return `membership:${account}:${this.groupId}`;
  }

  /** The device's own last action still counts when the server's view is older than it. */
  private pending(): Sent | undefined {
    if (!this.sent) return undefined;
    // an invitation answered after the device's answer was sent: the server's word counts now
    if (this.invitation?.answeredAt && this.invitation.answeredAt >= this.sent.at) return undefined;
    if (this.sent.action === 'join' && this.member) return undefined;
    if (this.sent.action === 'leave' && this.invitedWhen(this.sent.at)) return this.sent; // declining
    const serverAt = this.request?.decidedAt ?? this.request?.askedAt;
    if (this.sent.action === 'join' && serverAt && serverAt >= this.sent.at) return undefined;
    if (this.sent.action === 'leave') {
      // leaving a group, or withdrawing a request that was waiting when it was sent
      const withdrawing = this.request?.status === 'waiting' && this.request.askedAt < this.sent.at;
      if (!this.member && !withdrawing) return undefined;
    }
    return this.sent;
  }

  /** Whether an invitation was waiting at this time (the device's answer to it then answers the invitation). */
  private invitedWhen(at: string): boolean {
    return this.invitation?.status === 'waiting' && this.invitation.invitedAt <= at;
  }

  private async form(account: string): Promise<FormDefinition | undefined> {
    if (this.formJson) return JSON.parse(this.formJson) as FormDefinition;
    const held = await (await db()).getAllFromIndex('offline', 'byAccount', account);
    return held.find((r) => r.kind === 'form' && r.key === GROUP_MEMBERSHIP_FORM)?.data as FormDefinition | undefined;
  }

  private async send(action: 'join' | 'leave', event?: Event) {
    event?.preventDefault();
    if (this.saving) return;
    this.problem = '';
    const account = await currentAccount();
    const form = account ? await this.form(account.username) : undefined;
    if (!account || !form) {
      this.problem = t(account ? 'paperRequest.notReady' : 'paperRequest.signIn');
      return;
    }
    const answers: Record<string, string> = { group: this.groupId, action };
    if (action === 'join' && this.message.trim()) answers.message = this.message.trim();
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
        form: { key: GROUP_MEMBERSHIP_FORM, version: form.version },
        capturedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        mode: 'personal',
        answers,
      };
      await addToOutbox({
        account: account.username,
        formTitle: t(
          action === 'join' ? 'groupMembership.outbox.join' : 'groupMembership.outbox.leave',
          this.groupName,
        ),
        submission,
      });
      const sent: Sent = { action, at: submission.capturedAt, id: submission.id };
      await setMeta(this.metaKey(account.username), sent);
      this.sent = sent;
      this.unsent = true;
      this.mode = 'idle';
      this.message = '';
      void syncClient().syncNow();
      await this.updateComplete;
      this.querySelector<HTMLElement>('.wu-group-membership-status')?.focus();
    } finally {
      this.saving = false;
    }
  }

  private status(words: string, extra?: unknown) {
    return html`<div class="wu-inset wu-group-membership-status" tabindex="-1" role="status">
      <p>${words}</p>${extra ?? nothing}</div>`;
  }

  override render() {
    if (!this.ready) return nothing;
    const id = `wu-membership-${this.groupId}`;
    const pending = this.pending();
    if (pending && this.invitedWhen(pending.at)) {
      // the answer to an invitation, until the pull says what the council made of it
      return this.status(
        t(pending.action === 'join' ? 'groupMembership.invited.saidYes' : 'groupMembership.invited.saidNo'),
        html`<p class="wu-hint">${t(this.unsent ? 'groupMembership.notSentYet' : 'groupMembership.invited.received')}</p>`,
      );
    }
    if (!this.member && !pending && this.invitation?.status === 'waiting') return this.renderInvitation(id);
    if (pending?.action === 'leave') {
      const words = this.member
        ? this.unsent
          ? 'groupMembership.leaving'
          : 'groupMembership.left'
        : this.unsent
          ? 'groupMembership.withdrawing'
          : 'groupMembership.withdrawn';
      return this.status(t(words));
    }
    if (pending?.action === 'join' || this.request?.status === 'waiting') {
      const at = pending?.at ?? this.request!.askedAt;
      return html`${this.status(
        t('groupMembership.waiting'),
        html`<p>${t('groupMembership.askedOn', formatDate(at, { dateStyle: 'long' }))}</p>
          ${pending ? html`<p class="wu-hint">${t(this.unsent ? 'groupMembership.notSentYet' : 'groupMembership.received')}</p>` : nothing}`,
      )}<button type="button" class="wu-button wu-button-secondary" @click=${() => this.send('leave')}>${t('groupMembership.withdraw')}</button>`;
    }
    if (this.member) {
      if (this.mode !== 'leaving') {
        return html`${this.request?.status === 'accepted' ? html`<p class="wu-inset">${t('groupMembership.accepted')}</p>` : nothing}
          <button type="button" class="wu-button wu-button-secondary" @click=${() => (this.mode = 'leaving')}>${t('groupMembership.leave')}</button>`;
      }
      return html`<div class="wu-inset" role="group" aria-labelledby=${`${id}-leave`}>
        <p id=${`${id}-leave`}><strong>${t('groupMembership.leave.confirm', this.groupName)}</strong></p>
        <p>${t('groupMembership.leave.hint')}</p>
        <div class="wu-actions">
          <button type="button" class="wu-button wu-button-primary" @click=${() => this.send('leave')}>${t('groupMembership.leave.yes')}</button>
          <button type="button" class="wu-button wu-button-secondary" @click=${() => (this.mode = 'idle')}>${t('groupMembership.leave.no')}</button>
        </div>
        <div role="status">${this.problem ? html`<p class="wu-error-message">${this.problem}</p>` : nothing}</div>
      </div>`;
    }
    const declined =
      this.request?.status === 'declined'
        ? html`<div class="wu-inset"><p>${t('groupMembership.declined')}</p>
            ${this.request.reason ? html`<p lang="en" dir="auto">${this.request.reason}</p>` : nothing}</div>`
        : nothing;
    if (!this.canAsk) return declined;
    if (this.mode !== 'asking') {
      return html`${declined}<button type="button" class="wu-button wu-button-secondary" @click=${() => (this.mode = 'asking')}>${t('groupMembership.ask')}</button>`;
    }
    const error = this.errors.find((e) => e.questionId === 'message');
    return html`${declined}<div class="wu-group-membership">
      ${
        this.errors.length
          ? html`<div class="wu-error-summary" role="alert" tabindex="-1" aria-labelledby=${`${id}-errors`}>
          <h2 id=${`${id}-errors`}>${t('form.error.summary')}</h2>
          <ul>${this.errors.map((e) => html`<li><a href=${`#${id}-message`}>${e.questionId === 'message' ? t('groupMembership.error.tooLong') : e.message}</a></li>`)}</ul>
        </div>`
          : nothing
      }
      <form novalidate @submit=${(e: Event) => this.send('join', e)} aria-labelledby=${`${id}-heading`}>
        <h3 id=${`${id}-heading`}>${t('groupMembership.ask.heading', this.groupName)}</h3>
        <p>${t('groupMembership.ask.intro')}</p>
        <div class=${error ? 'wu-form-group wu-form-group--error' : 'wu-form-group'}>
          <label class="wu-label" for=${`${id}-message`}>${t('groupMembership.message.label')}</label>
          <p class="wu-hint" id=${`${id}-message-hint`}>${t('groupMembership.message.hint')}</p>
          ${error ? html`<p id=${`${id}-message-error`} class="wu-error-message"><span class="wu-visually-hidden">${t('form.error.prefix')}</span> ${t('groupMembership.error.tooLong')}</p>` : nothing}
          <textarea id=${`${id}-message`} rows="3" class="wu-textarea" .value=${this.message}
            aria-describedby=${error ? `${id}-message-hint ${id}-message-error` : `${id}-message-hint`} aria-invalid=${error ? 'true' : nothing}
            @input=${(e: Event) => (this.message = (e.target as HTMLTextAreaElement).value)}></textarea>
        </div>
        <div class="wu-actions">
          <button type="submit" class="wu-button wu-button-primary">${t('groupMembership.ask.send')}</button>
          <button type="button" class="wu-button wu-button-secondary" @click=${() => (this.mode = 'idle')}>${t('groupMembership.leave.no')}</button>
        </div>
        <div role="status">${this.problem ? html`<p class="wu-error-message">${this.problem}</p>` : nothing}</div>
      </form>
    </div>`;
  }

  /** "You are invited": the part they would play, the team's message, and Yes or No, each straight to the outbox. */
  private renderInvitation(id: string) {
    const invitation = this.invitation!;
    return html`<div class="wu-inset" role="group" aria-labelledby=${`${id}-invited`}>
      <p id=${`${id}-invited`}><strong>${t('groupMembership.invited')}</strong></p>
      <p>${t('groupMembership.invited.role', t(`memberRole.${invitation.role}`))}</p>
      <p>${t('groupMembership.invited.on', formatDate(invitation.invitedAt, { dateStyle: 'long' }))}</p>
      ${
        invitation.message
          ? html`<p>${t('groupMembership.invited.message')}</p><p lang="en" dir="auto">${invitation.message}</p>`
          : nothing
      }
      <div class="wu-actions">
        <button type="button" class="wu-button wu-button-primary" @click=${() => this.send('join')}>${t('groupMembership.invited.yes')}</button>
        <button type="button" class="wu-button wu-button-secondary" @click=${() => this.send('leave')}>${t('groupMembership.invited.no')}</button>
      </div>
      <div role="status">${this.problem ? html`<p class="wu-error-message">${this.problem}</p>` : nothing}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'withus-group-membership': WithUsGroupMembership;
  }
}
