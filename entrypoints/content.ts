// Candor's content script: coaches the composers of Slack, Gmail and Notion. Wiring only; the
// work lives in lib/dom/content-main.ts.
import { runContentScript } from '../lib/dom/content-main';

export default defineContentScript({
  matches: ['https://app.slack.com/*', 'https://mail.google.com/*', 'https://www.notion.so/*'],
  runAt: 'document_idle',
  main(ctx) {
    return runContentScript(ctx);
  },
});
