// Runs in Slack's page world (not the isolated one) so suggestions can be applied through Quill's
// own API. It announces itself once, then only answers Candor's pings and apply requests
// (lib/dom/main-world/quill-bridge.ts); Apply on Slack is offered only where it answered.
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
