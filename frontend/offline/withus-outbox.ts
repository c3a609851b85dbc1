/**
 * <withus-outbox>: what is waiting to be sent and what was sent, in plain words; "Sync now"; storage use; and the
 * last resort, a file of everything unsent.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { formatDate, hasTranslation, t } from '../i18n.js';
import { currentAccount, db, getMeta, type OutboxRecord, type ReceiptRecord } from '../sync/db.js';
import { exportUnsent } from '../sync/outbox.js';
import { isUnlocked, unlockEventSession } from '../sync/crypto.js';
import { syncClient, type SyncResult } from '../sync/sync-client.js';
import type { ConflictDecision } from '../sync/protocol.js';

const formatTime = (iso?: string) => (iso ? formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '');

/**
 * A problem the server reported, worded on the device in the reader's language from its stable code (the bundle's
 * sync.code.*); a code this version does not know yet keeps the server's own English words, marked as English.
 */
export function problemWords(code: string, message: string) {
  return hasTranslation(`sync.code.${code}`)
    ? html`<li data-code=${code}>${t(`sync.code.${code}`)}</li>`
    : html`<li data-code=${code} lang="en">${message}</li>`;
}

@customElement('withus-outbox')
export class WithUsOutbox extends LitElement {
  @state() private waiting: OutboxRecord[] = [];
  @state() private receipts: ReceiptRecord[] = [];
  /** Officers' decisions on conflicts, by submission id (pulled with the account's offline data). */
  @state() private decisions = new Map<string, ConflictDecision>();
  @state() private last?: SyncResult;
  @state() private lastSync?: string;
  @state() private syncing = false;
  @state() private announcement = '';
  @state() private storage?: { usage: number; quota: number; persisted: boolean };
  @state() private pinError = '';
  private readonly onDone = (e: Event) => void this.refresh((e as CustomEvent<SyncResult>).detail);
  private readonly onStart = () => {
    this.syncing = true;
  };

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    syncClient().addEventListener('sync-done', this.onDone);
    syncClient().addEventListener('sync-start', this.onStart);
    void this.refresh();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    syncClient().removeEventListener('sync-done', this.onDone);
    syncClient().removeEventListener('sync-start', this.onStart);
  }

  private async refresh(result?: SyncResult) {
    const database = await db();
    // Only the account signed in on this device: on a shared device nobody sees another person's items.
    const account = (await currentAccount())?.username;
    this.waiting = account
      ? (await database.getAllFromIndex('outbox', 'byAccount', account)).sort((a, b) => a.seq - b.seq)
      : [];
    this.receipts = account
      ? (await database.getAllFromIndex('receipts', 'bySentAt'))
          .reverse()
          .filter((r) => r.account === account)
          .slice(0, 50)
      : [];
    const decisions = new Map<string, ConflictDecision>();
    for (const r of this.receipts.filter((x) => x.status === 'conflict')) {
      const pulled = await database.get('offline', `${r.account}|decision/${r.id}`);
      if (pulled) decisions.set(r.id, pulled.data as ConflictDecision);
    }
    this.decisions = decisions;
    // What the sync client kept as worth telling (a quiet automatic check does not replace "42 sent").
    this.last = await getMeta<SyncResult>('lastResult');
    this.lastSync = await getMeta<string>('lastSync');
    this.syncing = syncClient().running;
    if (result && result.outcome !== 'busy' && this.last) this.announcement = this.describe(this.last);
    if (navigator.storage?.estimate) {
      const estimate = await navigator.storage.estimate();
      this.storage = {
        usage: estimate.usage ?? 0,
        quota: estimate.quota ?? 0,
        persisted: (await navigator.storage.persisted?.()) ?? false,
      };
    }
  }

  private describe(result: SyncResult): string {
    const counts = t('outbox.counts', result.sent, result.waiting);
    const problems = result.problems ? ` ${t('outbox.problemsCount', result.problems)}` : '';
    return `${t(`outbox.outcome.${result.outcome}`)} ${counts}${problems}`;
  }

  private async syncNow() {
    this.syncing = true;
    this.announcement = t('outbox.syncing');
    const result = await syncClient().syncNow({ manual: true });
    // Busy: another window is sending; this one goes as soon as that is done, and the result shows here.
    if (result.outcome === 'busy') this.announcement = t('outbox.outcome.busy');
    await this.refresh(result);
  }

  private async download() {
    const account = (await currentAccount())?.username;
    if (!account) return;
    const blob = await exportUnsent(account);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `withus-unsent-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  private async unlock(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const pin = (form.elements.namedItem('pin') as HTMLInputElement).value;
    const sessions = new Set(
      this.waiting.filter((w) => w.sealed && !isUnlocked(w.sealed.sessionId)).map((w) => w.sealed!.sessionId),
    );
    let any = false;
    for (const id of sessions) any = (await unlockEventSession(id, pin)) || any;
    this.pinError = any ? '' : t('outbox.unlock.error');
    if (any) {
      form.reset();
      await this.syncNow();
    }
  }

  /** For a conflict an officer has decided: which copy counts, and when it was decided. */
  private decided(receipt: ReceiptRecord) {
    const decision = this.decisions.get(receipt.id);
    return decision ? html`<p>${t(`outbox.decided.${decision.counts}`, formatTime(decision.decidedAt))}</p>` : nothing;
  }

  override render() {
    const locked = this.waiting.filter((w) => w.sealed && !isUnlocked(w.sealed.sessionId)).length;
    const oldest = this.waiting[0]?.createdAt;
    const problems = this.receipts.filter(
      (r) => r.status === 'rejected' || (r.status === 'conflict' && !this.decisions.has(r.id)),
    );
    const sent = this.receipts.filter(
      (r) => r.status === 'accepted' || r.status === 'duplicate' || this.decisions.has(r.id),
    );
    return html`
      <h1>${t('outbox.heading')}</h1>
      <div class="wu-status-live" role="status" aria-live="polite">${this.announcement}</div>
      <dl class="wu-summary-list">
        <div><dt>${t('outbox.waiting')}</dt><dd data-testid="waiting-count">${this.waiting.length}</dd></div>
        ${oldest ? html`<div><dt>${t('outbox.oldest')}</dt><dd>${formatTime(oldest)}</dd></div>` : nothing}
        <div><dt>${t('outbox.lastSync')}</dt><dd>${this.lastSync ? formatTime(this.lastSync) : t('outbox.never')}</dd></div>
        ${this.last ? html`<div><dt>${t('outbox.lastResult')}</dt><dd data-testid="last-result">${this.describe(this.last)}</dd></div>` : nothing}
      </dl>
      <p><button type="button" class="wu-button wu-button-primary" @click=${this.syncNow} ?disabled=${this.syncing}
        aria-describedby="wu-sync-hint">${this.syncing ? t('outbox.syncingButton') : t('outbox.syncNow')}</button></p>
      <p id="wu-sync-hint" class="wu-hint">${t('outbox.syncHint')}</p>

      ${
        locked
          ? html`<section aria-labelledby="wu-locked-h" class="wu-inset">
        <h2 id="wu-locked-h">${t('outbox.locked.heading', locked)}</h2>
        <p>${t('outbox.locked.body')}</p>
        <form @submit=${this.unlock} novalidate>
          <div class="wu-form-group${this.pinError ? ' wu-form-group--error' : ''}">
            <label class="wu-label" for="wu-unlock-pin">${t('outbox.unlock.label')}</label>
            ${this.pinError ? html`<p id="wu-unlock-error" class="wu-error-message"><span class="wu-visually-hidden">${t('form.error.prefix')}</span> ${this.pinError}</p>` : nothing}
            <input id="wu-unlock-pin" name="pin" type="password" inputmode="numeric" autocomplete="off" class="wu-input wu-input-short"
              aria-describedby=${this.pinError ? 'wu-unlock-error' : nothing} aria-invalid=${this.pinError ? 'true' : nothing} />
          </div>
          <button class="wu-button" type="submit">${t('outbox.unlock.submit')}</button>
        </form></section>`
          : nothing
      }

      <section aria-labelledby="wu-waiting-h">
        <h2 id="wu-waiting-h">${t('outbox.waitingHeading')}</h2>
        ${
          this.waiting.length === 0
            ? html`<p>${t('outbox.nothingWaiting')}</p>`
            : html`
          <ul class="wu-card-list">${this.waiting.map(
            (w) => html`<li class="wu-card">
            <h3>${w.sealed ? t('outbox.eventEntry') : w.formTitle}</h3>
            <p class="wu-meta">${t('outbox.savedAt', formatTime(w.createdAt))}${w.attempts ? ` · ${t('outbox.attempts', w.attempts)}` : ''}</p>
            ${w.lastError === 'attachment-missing' ? html`<p>${t('outbox.photoStillSending')}</p>` : nothing}
            ${w.lastError?.startsWith('refused:') ? html`<p class="wu-item-problem">${t('outbox.refused')}</p>` : nothing}
          </li>`,
          )}</ul>`
        }
      </section>

      ${
        problems.length
          ? html`<section aria-labelledby="wu-problems-h">
        <h2 id="wu-problems-h">${t('outbox.problemsHeading')}</h2>
        <ul class="wu-card-list">${problems.map(
          (r) => html`<li class="wu-card">
          <h3>${r.formTitle}</h3>
          <p>${r.status === 'conflict' ? t('outbox.conflict') : t('outbox.rejected')}</p>
          ${r.reference ? html`<p class="wu-meta">${t('outbox.reference', r.reference)}</p>` : nothing}
          <ul>${(r.problems ?? []).map((p) => problemWords(p.code, p.message))}</ul>
        </li>`,
        )}</ul></section>`
          : nothing
      }

      <section aria-labelledby="wu-sent-h">
        <h2 id="wu-sent-h">${t('outbox.sentHeading')}</h2>
        ${
          sent.length === 0
            ? html`<p>${t('outbox.nothingSent')}</p>`
            : html`
        <ul class="wu-card-list">${sent.map(
          (r) => html`
          <li class="wu-card"><h3>${r.mode === 'event' ? t('outbox.eventEntry') : r.formTitle}</h3>
          <p class="wu-meta">${t('outbox.sentAt', formatTime(r.receivedAt))} · ${t('outbox.reference', r.reference ?? '')}</p>
          ${this.decided(r)}</li>`,
        )}</ul>`
        }
      </section>

      <section aria-labelledby="wu-storage-h">
        <h2 id="wu-storage-h">${t('outbox.storageHeading')}</h2>
        ${
          this.storage
            ? html`<p>${t('outbox.storageUse', (this.storage.usage / 1048576).toFixed(1), (this.storage.quota / 1048576).toFixed(0))}</p>
          <p>${this.storage.persisted ? t('outbox.persisted') : t('outbox.notPersisted')}</p>`
            : nothing
        }
        ${
          this.waiting.length > 0
            ? html`<p>${t('outbox.exportHint')}</p>
          <button type="button" class="wu-button" @click=${this.download}>${t('outbox.export')}</button>`
            : nothing
        }
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'withus-outbox': WithUsOutbox;
  }
}
