import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { WxtViteConfig } from 'wxt';
import { matchPatterns } from './lib/sites/hosts';
import { stripNotesPlugin } from './scripts/lib/vite-strip-notes';

// Candor runs only on the three composers it coaches; `storage` is the only API permission
// (tests/manifest.test.ts checks the built manifest). Icons come from public/icon/<size>.png
// (drawn by scripts/make-icons.ts); the options page from entrypoints/options. Hosts come from the
// one table in lib/sites/hosts.ts; adding one makes Chrome ask users to accept the update.
const HOSTS = matchPatterns();

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // @preact/preset-vite is typed against the top-level vite, WXT against its own copy: same
    // plugin API, different declaration files.
    // The phrase tables' notes are for people reading the source, not for the bundle
    // (scripts/lib/vite-strip-notes.ts).
    plugins: [stripNotesPlugin(), ...[preact()].flat()] as unknown as NonNullable<WxtViteConfig['plugins']>,
  }),
  zip: {
    // Firefox's sources zip is what AMO reviewers rebuild from (`npm install && npm run
    // build:firefox`): the tests, and with them the evaluation corpora of real messages
    // (tests/real, tests/holdout*), are not needed for that and are not shipped.
    excludeSources: ['tests/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Candor',
    description:
      'Coaching while you write at work: clear asks, readable messages, decisions that get made, no passive-aggression. Runs entirely on your machine.',
    permissions: ['storage'],
    host_permissions: HOSTS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'candor@candor-coach.dev',
              // 140 is the first Firefox that reads data_collection_permissions (desktop + Android).
              strict_min_version: '140.0',
              // Firefox's consent prompt: Candor collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
