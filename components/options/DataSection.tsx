import { useState } from 'preact/hooks';
import { readSettings } from '../../lib/store/items';
import { loadStats } from '../../lib/store/stats';
import { exportCsv, exportJson } from '../../lib/stats/export';
import type { StatsData } from '../../lib/stats/schema';
import { downloadText } from './download';
import { ImportSettings } from './ImportSettings';

function stamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Export everything Candor stores, or delete it all (after an explicit confirmation). */
export function DataSection({ stats, announce }: { stats: StatsData | null; announce(msg: string): void }) {
  const [confirming, setConfirming] = useState(false);
  const [importError, setImportError] = useState('');
  const days = stats ? Object.keys(stats.days).length : 0;

  const exportAs = async (kind: 'json' | 'csv') => {
    const [settings, current] = await Promise.all([readSettings(), loadStats()]);
    const now = new Date();
    if (kind === 'json') {
      downloadText(`candor-data-${stamp(now)}.json`, 'application/json', exportJson(settings, current, now.getTime()));
    } else {
      downloadText(`candor-stats-${stamp(now)}.csv`, 'text/csv', exportCsv(current));
    }
    announce(`Exported ${kind.toUpperCase()}.`);
  };

  const deleteAll = async () => {
    await browser.storage.local.clear();
    setConfirming(false);
    announce('All Candor data deleted. Settings are back to their defaults.');
  };

  return (
    <section class="card" aria-labelledby="data-heading" id="data">
      <h2 id="data-heading">Your data</h2>
      <p>
        Candor keeps only counts per day and site (messages sent, patterns flagged and fixed, words) for 26 weeks, plus these settings. Never the text of a
        message. Nothing is sent anywhere. Importing an export replaces your settings and phrase lists with the file's; your stats stay as they are.
      </p>
      <p class="muted" data-testid="data-summary">
        {days === 0 ? 'No stats stored yet.' : `Stats stored for ${days} day${days === 1 ? '' : 's'}.`}
      </p>
      <div class="button-row">
        <button type="button" onClick={() => exportAs('json')} data-testid="export-json">
          Export all data (JSON)
        </button>
        <button type="button" onClick={() => exportAs('csv')} data-testid="export-csv">
          Export stats (CSV)
        </button>
        <ImportSettings announce={announce} onError={setImportError} />
        {!confirming && (
          <button type="button" class="danger" onClick={() => setConfirming(true)} data-testid="delete-all">
            Delete all data…
          </button>
        )}
      </div>
      {importError && (
        <p class="import-error" role="alert" data-testid="import-error">
          {importError}
        </p>
      )}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false">
          <p id="confirm-text">Delete all stats and reset every setting? This cannot be undone.</p>
          <div class="button-row">
            {/* biome-ignore lint/a11y/noAutofocus: focus moves into the confirmation the user just opened, as an alertdialog should */}
            <button type="button" class="primary danger-fill" onClick={deleteAll} data-testid="confirm-delete" autoFocus>
              Delete everything
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
