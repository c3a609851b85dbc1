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
import { chosenOnDevice } from '../language-cookie.js';
import { hasLocked, lockAccount, lockAllBut, newLockKeys, unlockAccount } from './shared-device.js';

/** Sign out waits at most this long for what is waiting to be sent, before sealing what is left. */
const SEND_BEFORE_SIGN_OUT_MS = 8000;

interface ServerBridge {
  registerDevice(
    deviceId: string,
    label: string,
    lockKey: string | null,
  ): Promise<{ deviceId: string; token: string; hasLockKey: boolean }>;
  unlockKey(deviceId: string): Promise<string>;
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

  /**
   * Called by the Sign out button before the server signs the person out: sends what is waiting while the token
   * still works (for a few seconds at most), then seals what is left and removes the rest (shared-device.ts).
   */
  async beforeSignOut(): Promise<void> {
    const username = this.account;
    if (!username) return;
    await Promise.race([
      syncClient().syncNow(),
      new Promise((resolve) => setTimeout(resolve, SEND_BEFORE_SIGN_OUT_MS)),
    ]);
    await lockAccount(username);
  }

  private async setUp() {
    // the device's language choice (made on an online page) for the offline app's first HTML (sw.ts)
    const language = chosenOnDevice();
    if (language) await setMeta('deviceLanguage', language).catch(() => undefined);
    const database = await db();
    if (this.state === 'signed-out' || !this.account) {
      // Nobody is signed in here (signed out, or the session ended): nobody's data stays readable.
      await lockAllBut(undefined);
      await setMeta('currentAccount', undefined);
      syncClient().start();
      return;
    }
    // Someone else signed in on this device: the others' data is sealed or removed before this person sees anything.
    await lockAllBut(this.account);
    const known = await database.get('accounts', this.account);
    if (known && this.$server && (await hasLocked(this.account))) {
      // This person's unsent answers, sealed when they signed out here: opened with the key the server kept.
      await unlockAccount(this.account, await this.$server.unlockKey(known.deviceId));
    }
    const refused = await getMeta<boolean>(`signInNeeded:${this.account}`);
    if ((!known || refused || !known.token || !known.lockKey) && this.$server) {
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
      // The device's lock key pair, made once: the private half goes to the server, the public half stays here.
      const keys = known?.lockKey ? undefined : await newLockKeys();
      try {
        issued = await this.$server.registerDevice(deviceId, label, keys?.privateKey ?? null);
      } catch {
        // the old id was revoked: a new device, with a key pair of its own
        const fresh = await newLockKeys();
        issued = await this.$server.registerDevice(crypto.randomUUID(), label, fresh.privateKey);
        issued = { ...issued, publicKey: fresh.publicKey };
      }
      const publicKey = (issued as { publicKey?: string }).publicKey ?? keys?.publicKey ?? known?.lockKey;
      await database.put('accounts', {
        username: this.account,
        displayName: this.displayName,
        deviceId: issued.deviceId,
        token: issued.token,
        registeredAt: new Date().toISOString(),
        lockKey: issued.hasLockKey ? publicKey : undefined,
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
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Chrome\//.test(ua)
      ? 'Chrome'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'Browser';
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return os ? `${browser} on ${os}` : browser;
}

declare global {
  interface HTMLElementTagNameMap {
    'withus-sync-agent': WithUsSyncAgent;
  }
}
