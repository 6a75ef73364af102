// "Visible failures, counts only": when Candor runs on this tab but found no composer among the
// page's editables, or cannot apply suggestions safely (no Quill bridge on Slack), the popup says
// so in plain words and offers the counts as JSON to paste into a bug report. The JSON is shown
// too, so the user sees exactly what leaves with it.

import { useState } from 'preact/hooks';
import { diagnosticJson, diagnosticStatus, type DiagnosticReport } from '../../lib/messaging/diagnostics';

type CopyState = 'idle' | 'copied' | 'failed';

export function TabDiagnostic({ report }: { report: DiagnosticReport | null }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  if (!report) return null;
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
