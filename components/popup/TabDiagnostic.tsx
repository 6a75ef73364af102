// "Visible failures, counts only": when Candor runs on this tab but found no composer among the
// page's editables, or cannot apply suggestions safely (no Quill bridge on Slack), the popup says
// so in plain words and offers the counts as JSON to paste into a bug report. The JSON is shown
// too, so the user sees exactly what leaves with it.

import { useState } from 'preact/hooks';
import { NOT_RUNNING, diagnosticJson, diagnosticStatus } from '../../lib/messaging/diagnostics';
import type { TabDiagnosticState } from './useTabDiagnostic';

type CopyState = 'idle' | 'copied' | 'failed';

export function TabDiagnostic({ tab }: { tab: TabDiagnosticState }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  // Nothing to copy here: no counts came back.
  if (tab.state === 'silent') {
    return (
      <section class="card notice diagnostic" role="status" data-diagnostic={NOT_RUNNING.kind}>
        <p>{NOT_RUNNING.sentence}</p>
      </section>
    );
  }
  if (tab.state === 'asking' || !tab.report) return null;
  const report = tab.report;
  const status = diagnosticStatus(report);
  // The tab answered and all is well: nothing to say (the marker lets tests tell "answered, fine"
  // from "not answered yet").
  if (status.kind === 'ok') return <span hidden data-diagnostic="ok" />;
  const json = diagnosticJson(report);
  const onCopy = () =>
    navigator.clipboard.writeText(json).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  return (
    <section class="card notice diagnostic" role="status" data-diagnostic={status.kind}>
      <p>{status.sentence}</p>
      <button type="button" onClick={onCopy}>
        Copy diagnostic
      </button>
      <span class="muted small" aria-live="polite">
        {copy === 'copied' ? ' Copied.' : copy === 'failed' ? ' Could not copy; select the text below.' : ''}
      </span>
      <details class="small">
        <summary>What it contains</summary>
        <pre class="diagnostic-json">{json}</pre>
      </details>
    </section>
  );
}
