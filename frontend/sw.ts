/// <reference lib="webworker" />
/**
 * The WithUs service worker (replaces Vaadin's default one; Vite builds it to sw.js and injects the precache
 * manifest of the whole frontend bundle where self.__WB_MANIFEST appears).
 *
 * Now: precaches the app shell (the bundle, plus the entries Flow adds at runtime: icons, the offline page) and,
 * when a page cannot be loaded because the network or the server fails, shows our accessible offline page.
 * Flow itself keeps working online: every navigation goes to the network first.
 * Next (offline capture issue): client-side offline views and the outbox take over from the offline page.
 */
import { clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry>;
  __WB_DISABLE_DEV_LOGS: boolean;
  additionalManifestEntries?: Array<PrecacheEntry>;
};
declare const OFFLINE_PATH: string; // defined by Vaadin's Vite config from @PWA(offlinePath)

self.__WB_DISABLE_DEV_LOGS = true;
self.importScripts('sw-runtime-resources-precache.js');

self.skipWaiting();
clientsClaim();

const manifestEntries: PrecacheEntry[] = self.__WB_MANIFEST || [];
const hasRoot = manifestEntries.some((entry) => entry.url === '.');
for (const entry of self.additionalManifestEntries ?? []) {
  if (entry.url !== '.' || !hasRoot) manifestEntries.push(entry);
}

const OFFLINE_PAGE = OFFLINE_PATH;
/** How long a page may take before we treat the server as unreachable. */
const NAVIGATION_TIMEOUT_MS = 8000;

async function offlinePage(): Promise<Response> {
  const cached = await matchPrecache(OFFLINE_PAGE);
  return cached ?? new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain' } });
}

/** Network first. A network failure, a timeout or a 5xx answer (server down behind a proxy) shows the offline page. */
registerRoute(
  new NavigationRoute(async ({ request }) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), NAVIGATION_TIMEOUT_MS);
    try {
      const response = await fetch(request, { signal: controller.signal });
      if (response.status >= 500) return offlinePage();
      return response;
    } catch {
      return offlinePage();
    } finally {
      clearTimeout(timer);
    }
  }),
);

precacheAndRoute(manifestEntries);
