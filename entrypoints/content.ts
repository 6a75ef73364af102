// Candor's content script: coaches the composers of Slack, Gmail and Notion. Wiring only; the
// work lives in lib/dom/content-main.ts.
import { runContentScript } from '../lib/dom/content-main';
import { matchPatterns } from '../lib/sites/hosts';

export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    return runContentScript(ctx);
  },
});
