import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Candor runs only on the three composers it coaches; `storage` is the only API permission.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Candor',
    description:
      'Coaching while you write at work: clear asks, readable messages, decisions that get made, no passive-aggression. Runs entirely on your machine.',
    permissions: ['storage'],
    host_permissions: ['https://app.slack.com/*', 'https://mail.google.com/*', 'https://www.notion.so/*'],
  },
});
