package uk.gov.lbhf.withus.e2e;

import com.microsoft.playwright.Page;

/**
 * How the browser tests read the device's IndexedDB: one reader, here. The schema itself has one owner,
 * frontend/sync/db.ts (its stores: accounts, outbox, files, receipts, drafts, offline, meta).
 */
final class DeviceStore {

    private DeviceStore() {}

    /** Returns where (store or cache) any of the texts, or the bytes (comma-separated), are found in plain form. */
    static final String READABLE_ANYWHERE = """
            async ({texts, bytes}) => {
              const hits = [];
              const asBytes = async (v) => v instanceof Blob ? new Uint8Array(await v.arrayBuffer())
                : v instanceof ArrayBuffer ? new Uint8Array(v) : ArrayBuffer.isView(v) ? new Uint8Array(v.buffer) : null;
              const scan = async (where, value, depth = 0) => {
                if (value == null || depth > 6) return;
                const raw = await asBytes(value);
                if (raw) {
                  const text = new TextDecoder().decode(raw);
                  if (Array.from(raw).join(',').includes(bytes) || texts.some(t => text.includes(t))) hits.push(where);
                } else if (typeof value === 'object') {
                  for (const v of Object.values(value)) await scan(where, v, depth + 1);
                } else if (texts.some(t => String(value).includes(t))) hits.push(where);
              };
              const request = indexedDB.open('withus');
              const database = await new Promise(r => request.onsuccess = () => r(request.result));
              for (const name of database.objectStoreNames) {
                const all = await new Promise(r => { const q = database.transaction(name).objectStore(name).getAll(); q.onsuccess = () => r(q.result); });
                for (const value of all) await scan('idb:' + name, value);
              }
              for (const cacheName of await caches.keys()) {
                const cache = await caches.open(cacheName);
                for (const key of await cache.keys()) {
                  const response = await cache.match(key);
                  if (response) await scan('cache:' + cacheName + ' ' + key.url, await response.blob());
                }
              }
              return [...new Set(hits)];
            }""";

    /**
     * What the device holds, as the page sees it: ready when it has the account, its offline data and the offline
     * app (safe to go offline). The rest says what was missing if it never gets there.
     */
    static final String STATE = """
            async () => {
              const state = { url: location.href, controlled: !!navigator.serviceWorker.controller, online: navigator.onLine,
                              caches: await caches.keys(), ready: false };
              // Never open a database the app has not made yet (that would create an empty one).
              if (!(await indexedDB.databases()).some(d => d.name === 'withus' && d.version >= 2)) return state;
              const request = indexedDB.open('withus');
              const database = await new Promise(r => request.onsuccess = () => r(request.result));
              const read = (store, key) => new Promise(r => {
                if (!database.objectStoreNames.contains(store)) return r('missing');
                const s = database.transaction(store).objectStore(store);
                const q = key === undefined ? s.count() : s.get(key);
                q.onsuccess = () => r(q.result); q.onerror = () => r('error'); });
              for (const key of ['currentAccount', 'lastResult', 'lastSync']) state[key] = await read('meta', key);
              for (const store of ['accounts', 'offline', 'outbox']) state[store] = await read(store);
              database.close();
              let shell = false;
              for (const name of state.caches) {
                const keys = await (await caches.open(name)).keys();
                if (keys.some(k => new URL(k.url).pathname === '/offline')) shell = true;
              }
              state.ready = !!state.currentAccount && state.offline > 0 && shell;
              return state;
            }""";

    /** Puts 200 of Leon's answers in the outbox, as the form would (the drain benchmark). */
    static final String QUEUE_200_ANSWERS = """
                    async () => {
                      const request = indexedDB.open('withus');
                      const database = await new Promise(r => request.onsuccess = () => r(request.result));
                      const tx = database.transaction('outbox', 'readwrite');
                      const base = Date.now() * 1000;
                      for (let i = 0; i < 200; i++) {
                        const id = crypto.randomUUID();
                        tx.objectStore('outbox').put({ id, account: 'leon', formTitle: 'Leaseholder service feedback',
                          createdAt: new Date().toISOString(), seq: base + i, attempts: 0,
                          submission: { id, form: { key: 'leaseholder-service', version: 1 }, capturedAt: '2026-11-20T09:30:00Z',
                            mode: 'personal', answers: { service: 'repairs', rating: 'poor', comment: 'Queued report number ' + i + ' about the lift and the stairs', contactConsent: 'yes' } } });
                      }
                      await new Promise(r => tx.oncomplete = r);
                      database.close();
                    }""";

    /**
     * A page function that opens the device's database, reads one record of {@code store} ({@code key}) or all of
     * them ({@code key} null), and returns what {@code body} (a JavaScript function of that value) returns.
     */
    static String js(String store, String key, String body) {
        return """
                async () => {
                  const request = indexedDB.open('withus');
                  const database = await new Promise((resolve, reject) => {
                    request.onsuccess = () => resolve(request.result); request.onerror = () => reject(request.error); });
                  try {
                    const records = database.transaction(%s).objectStore(%s);
                    const query = %s === null ? records.getAll() : records.get(%s);
                    const value = await new Promise(r => query.onsuccess = () => r(query.result));
                    return (%s)(value);
                  } finally {
                    database.close();
                  }
                }""".formatted(quote(store), quote(store), quote(key), quote(key), body);
    }

    /** Reads as {@link #js} says and returns the result to the test. */
    static Object read(Page page, String store, String key, String body) {
        return page.evaluate(js(store, key, body));
    }

    private static String quote(String text) {
        return text == null ? "null" : "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
