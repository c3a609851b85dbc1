/// <reference lib="webworker" />
/**
 * The WithUs service worker (replaces Vaadin's default one; Vite builds it to sw.js and injects the precache
 * manifest of the whole frontend bundle in place of the first occurrence of the workbox manifest placeholder in
 * this file – so the placeholder must not be written in any comment above the code that uses it).
 *
 * - Precaches the app shell: the bundle, the offline app's page (/offline), styles, icons, the offline page – all
 *   fetched without the person's cookies (see SESSION below).
 * - /offline/… always comes from the precache, so the offline views open with no connection at all.
 * - Other pages (Flow) go to the network first; when the network or the server fails (error, timeout, 5xx) the
 *   visitor is sent to the offline app, which says what still works.
 * - Materials' recordings that a person chose to "keep offline" are served from their cache (with range
 *   requests, so audio can seek).
 * - A new version does not take over while this device has unsent answers: it waits until the sync
 *   client has emptied the outbox (the page then tells it to go ahead). Drafts and all other data are in IndexedDB, which
 *   versions of the app migrate in place (frontend/sync/db.ts), never in a cache a new worker would drop.
 */
import { clientsClaim } from 'workbox-core';
import { addPlugins, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { createPartialResponse } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { captureRunning, getMeta, MATERIALS_CACHE, unsentCount } from './sync/db.js';
import languageList from '../src/main/resources/vaadin-i18n/languages.json';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry>;
  __WB_DISABLE_DEV_LOGS: boolean;
};
declare const OFFLINE_PATH: string; // defined by Vaadin's Vite config from @PWA(offlinePath)

self.__WB_DISABLE_DEV_LOGS = true;

const SHELL = '/offline';
/** How long a page may take before we treat the server as unreachable. */
const NAVIGATION_TIMEOUT_MS = 8000;

/**
 * SESSION: the files the worker keeps are the same for everyone, so it fetches them without cookies
 * (credentials "omit": none sent, and a Set-Cookie in the reply is ignored). The worker installs while the sign-in
 * page is open; a request that left with the pre-sign-in session cookie and reached the server after sign-in had
 * renewed the session id would come back with a brand-new, signed-out session cookie (Vaadin's pages and its
 * generated icons start a session) and overwrite the signed-in one – the person would land on the sign-in page
 * again. For the same reason the worker does not import Vaadin's generated list of its @PWA files
 * (sw-runtime-resources-precache.js, served through a Vaadin session): it lists our own static files instead.
 */
addPlugins([{ requestWillFetch: async ({ request }) => new Request(request, { credentials: 'omit' }) }]);

// Vite's list also holds '.' (the root page: a signed-in Flow page, useless as a stored copy, and fetched without
// cookies it would only be the sign-in page) and this worker's own script; neither is kept.
const manifestEntries: PrecacheEntry[] = ((self.__WB_MANIFEST as PrecacheEntry[]) || []).filter(
  (e) => e.url !== '.' && e.url !== 'sw.js',
);
// The offline app's page, the theme and our own files change with builds: revision them by the bundle's own
// revisions. Static files are in src/main/resources/META-INF/resources, offline.html and the manifest come from
// base/OfflinePageController and base/WebManifestController; a missing one fails the install (every e2e test).
const buildRevision = hash(manifestEntries.map((e) => `${e.url}@${e.revision ?? ''}`).join('|'));
for (const url of [
  SHELL,
  '/styles.css',
  '/offline.html',
  '/manifest.webmanifest',
  '/icons/icon.png',
  '/icons/icon-192.png',
  '/icons/icon.svg',
  '/icons/favicon-32.png',
  '/icons/apple-touch-icon.png',
]) {
  if (!manifestEntries.some((e) => e.url === url)) manifestEntries.push({ url, revision: buildRevision });
}

function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/**
 * The offline app's page for any /offline/… address. The server wrote it for /offline (base href "."), so the base
 * is pointed at the app's root: relative addresses (styles, scripts, this worker) then resolve at any depth.
 */
async function shell(): Promise<Response | undefined> {
  const cached = await matchPrecache(SHELL);
  if (!cached) return undefined;
  // the first HTML in the device's language, so a screen reader and the layout (right to left) are right at once
  const tag = await getMeta<string>('deviceLanguage').catch(() => undefined);
  const language = languageList.languages.find((l) => l.tag === tag) ?? languageList.languages[0];
  const page = (await cached.text())
    .replace(/<base href="[^"]*">/, `<base href="${self.registration.scope}">`)
    .replace(/<html[^>]*>/, `<html lang="${language.locale}" dir="${language.dir}">`);
  return new Response(page, { status: 200, headers: cached.headers });
}

async function offlineFallback(): Promise<Response> {
  // "?unreachable": the offline app says why the person is there instead of the page they asked for
  if (await shell()) return Response.redirect(`${SHELL}?unreachable`, 302);
  const cached = await matchPrecache(OFFLINE_PATH);
  return cached ?? new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain' } });
}

/** The offline app: from the precache first, so it opens with no connection. */
registerRoute(
  new NavigationRoute(async ({ request }) => (await shell()) ?? fetch(request), {
    allowlist: [/^\/offline([/?]|$)/], // matched against path and query ("?unreachable")
  }),
);

/**
 * Everything else: network first; failure, timeout or a 5xx (server down behind a proxy) → the offline app. While an
 * event capture runs, not even asked of the server: the offline app takes the address and shows the capture (whose
 * PIN alone ends it), so the officer's pages are never loaded for a respondent.
 */
registerRoute(
  new NavigationRoute(
    async ({ request }) => {
      if (await captureRunning()) {
        const page = await shell();
        if (page) return page;
      }
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), NAVIGATION_TIMEOUT_MS);
      try {
        const response = await fetch(request, { signal: controller.signal });
        if (response.status >= 500) return offlineFallback();
        return response;
      } catch {
        return offlineFallback();
      } finally {
        clearTimeout(timer);
      }
    },
    { denylist: [/^\/offline([/?]|$)/] },
  ),
);

/** Recordings kept offline: from their cache (honouring Range), else the network. */
registerRoute(
  ({ url }) => url.pathname.startsWith('/files/materials/'),
  async ({ request }) => {
    const cache = await caches.open(MATERIALS_CACHE);
    const cached = await cache.match(request.url);
    if (cached) return request.headers.has('range') ? createPartialResponse(request, cached) : cached;
    return fetch(request);
  },
);

precacheAndRoute(manifestEntries);

// ---- Updates: never take over while answers are waiting on this device ----

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const firstInstall = !self.registration.active;
      if (firstInstall || (await unsentCount()) === 0) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'withus-skip-waiting') {
    event.waitUntil(unsentCount().then((n) => (n === 0 ? self.skipWaiting() : undefined)));
  }
});

clientsClaim();

// Background Sync (Chromium only, an extra): wake the open pages so their sync client drains the outbox.
self.addEventListener('sync', ((event: ExtendableEvent & { tag: string }) => {
  if (event.tag !== 'withus-sync') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((clients) => {
      clients.forEach((client) => client.postMessage({ type: 'withus-sync' }));
    }),
  );
}) as EventListener);
