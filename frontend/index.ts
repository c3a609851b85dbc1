/**
 * WithUs entry point. /offline/… is the client-side app that works with no connection (Lit, from the service
 * worker's precache); every other path is a Flow view from the server.
 */
import { Router, type Commands, type Context } from '@vaadin/router';
import { getMeta } from './sync/db.js';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

const { serverSideRoutes } = new Flow({
  imports: () => import('Frontend/generated/flow/generated-flow-imports.js'),
});

const offlineApp = {
  component: 'withus-offline-app',
  action: async () => {
    // worded in the device's language before the first view renders (frontend/i18n.ts)
    const { deviceLanguage, useLanguage } = await import('./i18n.js');
    const { setMeta } = await import('./sync/db.js');
    const language = deviceLanguage();
    await useLanguage(language);
    void setMeta('deviceLanguage', language.tag).catch(() => undefined); // the worker writes the shell's lang from it
    await import('./offline/withus-offline-app.js');
  },
};

/**
 * While an officer's event capture runs on this device, every way out of it (the browser's Back, a link, the address
 * bar: see also sw.ts) comes back to it, online or offline: only the officer's PIN ends it, so a respondent never
 * reaches the officer's app. Returning nothing lets the next route take the address as usual.
 */
const captureGuard = {
  path: '(.*)',
  action: async (context: Context, commands: Commands) => {
    if (context.pathname.startsWith('/offline/capture/')) return undefined;
    const active = await getMeta<{ formKey: string }>('activeCapture').catch(() => undefined);
    return active ? commands.redirect(`/offline/capture/${active.formKey}`) : undefined;
  },
};

// A page the browser restores from its back-forward cache runs no route: check again when it is shown.
window.addEventListener('pageshow', (event) => {
  if (!event.persisted || location.pathname.startsWith('/offline')) return;
  void getMeta<{ formKey: string }>('activeCapture').then((active) => {
    if (active) location.replace(`/offline/capture/${active.formKey}`);
  });
});

const routes = [
  captureGuard,
  { path: '/offline', ...offlineApp },
  { path: '/offline/(.*)', ...offlineApp },
  ...serverSideRoutes, // must stay last
];

const router = new Router(document.querySelector('#outlet'));
router.setRoutes(routes);
