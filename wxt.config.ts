import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Candor runs only on the three composers it coaches; `storage` is the only API permission.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // WXT bundles its own Vite; the preset is typed against the top-level copy vitest pulls in.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    plugins: [preact() as any],
  }),
  manifest: {
    name: 'Candor',
    description:
      'Coaching while you write at work: clear asks, readable messages, decisions that get made, no passive-aggression. Runs entirely on your machine.',
    permissions: ['storage'],
    host_permissions: ['https://app.slack.com/*', 'https://mail.google.com/*', 'https://www.notion.so/*'],
  },
});
