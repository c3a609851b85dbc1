/**
 * <withus-event-capture>: an officer hands a shared device to resident after resident. Each resident answers,
 * submits and the form resets; nothing on screen (or readable in storage) shows earlier answers. After two
 * minutes without input the screen goes back to a fresh form. Leaving needs the officer's PIN; so does carrying
 * on after the page is reloaded (the encryption key lives only in memory).
 */
import { Router } from '@vaadin/router';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../i18n.js';
import { currentAccount, getMeta, setMeta } from '../sync/db.js';
import { isUnlocked, startEventSession, unlockEventSession } from '../sync/crypto.js';
import type { FormDefinition } from '../sync/protocol.js';
import { syncClient } from '../sync/sync-client.js';
import type { WithUsForm } from './withus-form.js';
import { titleLanguageOf, titleOf } from './withus-form.js';
import { focusHeading, focusHeadingSoon } from './focus.js';

export const IDLE_RESET_MS = 2 * 60_000;

export interface ActiveCapture {
  sessionId: string;
  formKey: string;
  account: string;
  count: number;
}

type Stage = 'setup' | 'capturing' | 'thanks' | 'leaving' | 'paused';

@customElement('withus-event-capture')
export class WithUsEventCapture extends LitElement {
  @property({ attribute: false }) form?: FormDefinition;
  @state() private stage: Stage = 'setup';
  @state() private active?: ActiveCapture;
  @state() private error = '';
  @state() private announcement = '';
  private idleTimer?: ReturnType<typeof setTimeout>;
  private readonly onActivity = () => this.restartIdleTimer();

  protected override createRenderRoot() {
    return this;
  }

  override async connectedCallback() {
    super.connectedCallback();
    for (const type of ['pointerdown', 'keydown', 'input']) this.addEventListener(type, this.onActivity);
    this.active = await getMeta<ActiveCapture>('activeCapture');
    if (this.active) this.stage = isUnlocked(this.active.sessionId) ? 'capturing' : 'paused';
    this.restartIdleTimer();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.idleTimer);
  }

  private restartIdleTimer() {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.idleReset(), IDLE_RESET_MS);
  }

  private idleReset() {
    if (this.stage === 'capturing' || this.stage === 'thanks' || this.stage === 'leaving') {
      this.querySelector<WithUsForm>('withus-form')?.reset();
      this.stage = 'capturing';
      this.error = '';
      this.announcement = t('capture.idleReset');
      void this.updateComplete.then(() => focusHeading(this));
    }
    this.restartIdleTimer();
  }

  private field(name: string) {
    return (this.querySelector(`[name="${name}"]`) as HTMLInputElement | null)?.value ?? '';
  }

  private async start(event: Event) {
    event.preventDefault();
    const pin = this.field('pin');
    const again = this.field('pinAgain');
    if (!/^\d{4,8}$/.test(pin)) {
      this.error = t('capture.error.pinFormat');
    } else if (pin !== again) {
      this.error = t('capture.error.pinMismatch');
    } else {
      this.error = '';
    }
    if (this.error) {
      await this.updateComplete;
      this.querySelector<HTMLElement>('.wu-error-summary')?.focus();
      return;
    }
    const account = await currentAccount();
    if (!account || !this.form) return;
    const sessionId = await startEventSession(pin, account.username, this.form.key);
    this.active = { sessionId, formKey: this.form.key, account: account.username, count: 0 };
    await setMeta('activeCapture', this.active);
    this.stage = 'capturing';
    await this.updateComplete;
    focusHeadingSoon(this);
  }

  private async submitted() {
    if (!this.active) return;
    this.active = { ...this.active, count: this.active.count + 1 };
    await setMeta('activeCapture', this.active);
    this.stage = 'thanks';
    await this.updateComplete;
    this.querySelector<HTMLElement>('.wu-panel')?.focus();
  }

  private async next() {
    this.stage = 'capturing';
    await this.updateComplete;
    this.querySelector<WithUsForm>('withus-form')?.reset();
    this.announcement = t('capture.readyForNext');
    focusHeadingSoon(this);
  }

  private async checkPin(event: Event, then: 'leave' | 'resume') {
    event.preventDefault();
    if (!this.active) return;
    const ok = await unlockEventSession(this.active.sessionId, this.field('officerPin'));
    if (!ok) {
      this.error = t('capture.error.wrongPin');
      await this.updateComplete;
      this.querySelector<HTMLElement>('.wu-error-summary')?.focus();
      return;
    }
    this.error = '';
    if (then === 'resume') {
      this.stage = 'capturing';
      return;
    }
    await setMeta('activeCapture', undefined);
    void syncClient().syncNow();
    Router.go('/offline/outbox');
  }

  private errorSummary(fieldId: string) {
    return this.error
      ? html`<div class="wu-error-summary" role="alert" tabindex="-1" aria-labelledby="wu-cap-err-h">
      <h2 id="wu-cap-err-h">${t('form.error.summary')}</h2><ul><li><a href="#${fieldId}">${this.error}</a></li></ul></div>`
      : nothing;
  }

  private pinField(id: string, name: string, label: string, hint?: string) {
    return html`<div class="wu-form-group${this.error ? ' wu-form-group--error' : ''}">
      <label class="wu-label" for=${id}>${label}</label>
      ${hint ? html`<p class="wu-hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      <input class="wu-input wu-input-short" id=${id} name=${name} type="password" inputmode="numeric" autocomplete="off"
        aria-describedby=${hint ? `${id}-hint` : nothing} aria-invalid=${this.error ? 'true' : nothing} /></div>`;
  }

  override render() {
    if (!this.form) return html`<p>${t('capture.noForm')}</p>`;
    const live = html`<div class="wu-status-live" role="status" aria-live="polite">${this.announcement}</div>`;
    switch (this.stage) {
      case 'setup':
        return html`<h1 tabindex="-1">${t('capture.setup.heading')}</h1>${live}
          <p>${t('capture.setup.intro', titleOf(this.form))}</p>
          <ul><li>${t('capture.setup.point1')}</li><li>${t('capture.setup.point2')}</li><li>${t('capture.setup.point3')}</li></ul>
          ${this.errorSummary('wu-cap-pin')}
          <form novalidate @submit=${this.start}>
            ${this.pinField('wu-cap-pin', 'pin', t('capture.setup.pin'), t('capture.setup.pinHint'))}
            ${this.pinField('wu-cap-pin2', 'pinAgain', t('capture.setup.pinAgain'))}
            <button class="wu-button wu-button-primary" type="submit">${t('capture.setup.start')}</button>
          </form>`;
      case 'paused':
        return html`<h1 tabindex="-1">${t('capture.paused.heading')}</h1>${live}<p>${t('capture.paused.body')}</p>
          ${this.errorSummary('wu-cap-officer-pin')}
          <form novalidate @submit=${(e: Event) => this.checkPin(e, 'resume')}>
            ${this.pinField('wu-cap-officer-pin', 'officerPin', t('capture.officerPin'))}
            <button class="wu-button wu-button-primary" type="submit">${t('capture.paused.resume')}</button></form>`;
      case 'leaving':
        return html`<h1 tabindex="-1">${t('capture.leave.heading')}</h1>${live}<p>${t('capture.leave.body')}</p>
          ${this.errorSummary('wu-cap-officer-pin')}
          <form novalidate @submit=${(e: Event) => this.checkPin(e, 'leave')}>
            ${this.pinField('wu-cap-officer-pin', 'officerPin', t('capture.officerPin'))}
            <button class="wu-button wu-button-primary" type="submit">${t('capture.leave.submit')}</button>
            <button class="wu-button" type="button" @click=${() => {
              this.error = '';
              this.stage = 'capturing';
            }}>${t('capture.leave.cancel')}</button>
          </form>`;
      default:
        return html`<h1 tabindex="-1" lang=${titleLanguageOf(this.form) ?? nothing}>${titleOf(this.form)}</h1>${live}
          <p class="wu-hint">${t('capture.respondentIntro')}</p>
          ${
            this.stage === 'thanks'
              ? html`<div class="wu-panel" tabindex="-1" role="status">
              <h2>${t('form.done.event.heading')}</h2><p>${t('form.done.event.body')}</p>
              <button class="wu-button wu-button-primary" type="button" @click=${this.next}>${t('capture.next')}</button></div>`
              : html`<withus-form mode="event" event-session=${this.active!.sessionId} .form=${this.form}
              @withus-submitted=${this.submitted}></withus-form>`
          }
          <hr class="wu-rule" />
          <p><button class="wu-button-secondary" type="button" @click=${() => {
            this.stage = 'leaving';
          }}>${t('capture.officerFinish')}</button></p>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'withus-event-capture': WithUsEventCapture;
  }
}
