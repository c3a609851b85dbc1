/**
 * <withus-sync-agent>: added by the server to every Flow page (sync/ui/SyncAgent). It makes sure this browser is
 * registered as a device of the signed-in person (asking the Flow server, never an open endpoint), asks for
 * persistent storage, and starts the sync client, so online pages and offline views share one outbox and one
 * sync path.
 */
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { db, getMeta, setMeta } from './db.js';
import { syncClient } from './sync-client.js';

interface ServerBridge {
  registerDevice(deviceId: string, label: string): Promise<{ deviceId: string; token: string }>;
}

@customElement('withus-sync-agent')
export class WithUsSyncAgent extends LitElement {
  /** Set by the server: "signed-in" or "signed-out"; nothing happens until it is known. */
  @property() state?: 'signed-in' | 'signed-out';
  @property() account = '';
  @property({ attribute: 'display-name' }) displayName = '';
  declare $server?: ServerBridge;

  protected override createRenderRoot() {
    return this;
  }

  override updated(changed: Map<string, unknown>) {
    if ((changed.has('state') || changed.has('account')) && this.state) {
      this.settingUp = (this.settingUp ?? Promise.resolve()).then(() => this.setUp());
    }
  }

  private settingUp?: Promise<void>;

  private async setUp() {
    const database = await db();
    if (this.state === 'signed-out' || !this.account) {
      await setMeta('currentAccount', undefined);
      syncClient().start();
      return;
    }
    const known = await database.get('accounts', this.account);
    const refused = await getMeta<boolean>(`signInNeeded:${this.account}`);
    if ((!known || refused) && this.$server) {
      const label = describeBrowser();
      let issued;
      // The id is kept before asking the server, so a page closed or reloaded mid-way registers the same
      // device again (the server then issues a new token) rather than a second device.
      const pendingKey = `pendingDevice:${this.account}`;
      let deviceId = known?.deviceId ?? (await getMeta<string>(pendingKey));
      if (!deviceId) {
        deviceId = crypto.randomUUID();
        await setMeta(pendingKey, deviceId);
      }
      try {
        issued = await this.$server.registerDevice(deviceId, label);
      } catch {
        issued = await this.$server.registerDevice(crypto.randomUUID(), label); // the old id was revoked
      }
      await database.put('accounts', {
        username: this.account, displayName: this.displayName, deviceId: issued.deviceId, token: issued.token,
        registeredAt: new Date().toISOString(),
      });
      await setMeta(`signInNeeded:${this.account}`, false);
      await setMeta(pendingKey, undefined);
    }
    await setMeta('currentAccount', this.account);
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) {
      await navigator.storage.persist().catch(() => false);
    }
    syncClient().start();
    void syncClient().syncNow(); // this account's forms and groups now, not at the next timer
  }
}

function describeBrowser(): string {
  const ua = navigator.userAgent;
  const browser = /Edg\//.test(ua) ? 'Edge' : /Chrome\//.test(ua) ? 'Chrome' : /Firefox\//.test(ua) ? 'Firefox' : /Safari\//.test(ua) ? 'Safari' : 'Browser';
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac OS/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
  return os ? `${browser} on ${os}` : browser;
}

declare global {
  interface HTMLElementTagNameMap {
    'withus-sync-agent': WithUsSyncAgent;
  }
}
