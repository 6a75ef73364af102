// Runs in Slack's page world (not the isolated one) so suggestions can be applied through Quill's
// own API. Passive: it only answers Candor's apply requests (lib/dom/main-world/quill-bridge.ts).
import { installQuillBridge } from '../lib/dom/main-world/quill-bridge';
import { matchPatterns } from '../lib/sites/hosts';

export default defineContentScript({
  matches: matchPatterns(['slack']),
  runAt: 'document_idle',
  world: 'MAIN',
  globalName: false,
  main() {
    installQuillBridge();
  },
});
