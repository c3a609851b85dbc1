package uk.gov.lbhf.withus.e2e;

import com.microsoft.playwright.Page;

/**
 * How the browser tests read the device's IndexedDB: one reader, here. The schema itself has one owner,
 * frontend/sync/db.ts (its stores: accounts, outbox, files, receipts, drafts, offline, meta).
 */
final class DeviceStore {

    private DeviceStore() {}

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
