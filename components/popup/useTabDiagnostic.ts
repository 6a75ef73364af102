// Asks the active tab's content script (top frame) for its diagnostic counts and builds the
// counts-only report (lib/messaging/diagnostics.ts). A tab without our content script (not a
// coached site, or opened before Candor was installed) never answers: after a short wait the
// popup carries on as if there were nothing to say.

import { useEffect, useState } from 'preact/hooks';
import { buildDiagnostic, type DiagnosticReport, type DiagnosticRequest } from '../../lib/messaging/diagnostics';

/** Long enough for a busy page to answer (the count is one querySelectorAll), short enough to not be noticed. */
const ANSWER_TIMEOUT_MS = 800;

function ask(tabId: number): Promise<unknown> {
  const request: DiagnosticRequest = { type: 'get-diagnostic' };
  return Promise.race([
    browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null),
    new Promise((resolve) => setTimeout(() => resolve(null), ANSWER_TIMEOUT_MS)),
  ]);
}

export function useTabDiagnostic(tabId: number | undefined, enabled: boolean): DiagnosticReport | null {
  const [report, setReport] = useState<DiagnosticReport | null>(null);
  useEffect(() => {
    if (tabId === undefined || !enabled) return;
    let live = true;
    ask(tabId).then((reply) => {
      if (!live) return;
      const env = { extensionVersion: browser.runtime.getManifest().version, userAgent: navigator.userAgent };
      setReport(buildDiagnostic(reply, env));
    });
    return () => {
      live = false;
    };
  }, [tabId, enabled]);
  return report;
}
