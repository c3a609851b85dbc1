/**
 * WithUs entry point. /offline/… is the client-side app that works with no connection (Lit, from the service
 * worker's precache); every other path is a Flow view from the server.
 */
import { Router } from '@vaadin/router';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

const { serverSideRoutes } = new Flow({
  imports: () => import('Frontend/generated/flow/generated-flow-imports.js'),
});

const offlineApp = {
  component: 'withus-offline-app',
  action: async () => {
    await import('./offline/withus-offline-app.js');
  },
};

const routes = [
  { path: '/offline', ...offlineApp },
  { path: '/offline/(.*)', ...offlineApp },
  ...serverSideRoutes, // must stay last
];

const router = new Router(document.querySelector('#outlet'));
router.setRoutes(routes);
