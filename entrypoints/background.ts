import type { CandorMessage } from '../lib/messaging/protocol';
import { analyzeRequest } from '../lib/messaging/analyze-request';
import { composerKey, EnginePool } from '../lib/messaging/engine-pool';
import { handleBurstEvent, handleRecord } from '../lib/store/records';
import { warmRequest } from '../lib/messaging/warm-up';
import { loadStats } from '../lib/store/stats';

// Receives counts-only records and analysis / warm-up requests from the content script, and
// answers stats requests. Only this extension's own scripts and pages are listened to.
export default defineBackground(() => {
  const engines = new EnginePool();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = message as CandorMessage | null;
    switch (m?.type) {
      case 'record':
        return handleRecord(m.record).then((ok) => ({ ok }));
      case 'burst':
        return handleBurstEvent(m.event).then((ok) => ({ ok }));
      case 'analyze':
        return Promise.resolve(analyzeRequest(m, engines, composerKey(sender, m.composer)));
      case 'warm':
        return Promise.resolve(warmRequest(m, (fn) => setTimeout(fn, 0), engines, composerKey(sender, m.composer)));
      case 'get-stats':
        return loadStats();
      case 'ping':
        return Promise.resolve({ ok: true });
      default:
        return undefined;
    }
  });
});
