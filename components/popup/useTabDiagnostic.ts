// Asks the active tab's content script (top frame) for its diagnostic counts and builds the
// counts-only report (lib/messaging/diagnostics.ts). Only coached sites are asked (elsewhere the
// popup keeps its usual controls); a coached tab that does not answer within a short wait has no
// live content script (loaded before Candor was installed or updated), which the popup says.

import { useEffect, useState } from 'preact/hooks';
import { buildDiagnostic, type DiagnosticReport, type DiagnosticRequest } from '../../lib/messaging/diagnostics';

/** Long enough for a busy page to answer (the count is one querySelectorAll), short enough to not be noticed. */
const ANSWER_TIMEOUT_MS = 800;
const RETRY_MS = 500;

function ask(tabId: number): Promise<unknown> {
  const request: DiagnosticRequest = { type: 'get-diagnostic' };
  return Promise.race([
    browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null),
    new Promise((resolve) => setTimeout(() => resolve(null), ANSWER_TIMEOUT_MS)),
  ]);
}

/** asking: no answer yet; silent: no content script answered; else its report (null if malformed). */
export type TabDiagnosticState = { state: 'asking' } | { state: 'silent' } | { state: 'answered'; report: DiagnosticReport | null };

// Twice before saying "not running": a page still loading starts its content script late.
async function askTwice(tabId: number): Promise<unknown> {
  const first = await ask(tabId);
  if (first !== null && first !== undefined) return first;
  await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  return ask(tabId);
}

export function useTabDiagnostic(tabId: number | undefined, enabled: boolean): TabDiagnosticState {
  const [result, setResult] = useState<TabDiagnosticState>({ state: 'asking' });
  useEffect(() => {
    if (tabId === undefined || !enabled) return;
    let live = true;
    askTwice(tabId).then((reply) => {
      if (!live) return;
      if (reply === null || reply === undefined) return setResult({ state: 'silent' });
      const env = { extensionVersion: browser.runtime.getManifest().version, userAgent: navigator.userAgent };
      setResult({ state: 'answered', report: buildDiagnostic(reply, env) });
    });
    return () => {
      live = false;
    };
  }, [tabId, enabled]);
  return result;
}
