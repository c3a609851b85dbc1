import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The sources under test live in ../sync and ../offline; their bare imports resolve to this folder's packages.
  resolve: {
    alias: [
      { find: /^idb$/, replacement: here('./node_modules/idb/build/index.js') },
      { find: /^intl-messageformat$/, replacement: here('./node_modules/intl-messageformat/index.js') },
      { find: /^lit$/, replacement: here('./node_modules/lit/index.js') },
      { find: /^lit\/(.*)$/, replacement: `${here('./node_modules/lit/')}$1` },
    ],
  },
  server: { fs: { allow: [here('../..')] } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    reporters: ['default', 'junit'],
    outputFile: { junit: here('../../target/frontend-test-reports/TEST-frontend.xml') },
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
