import { useMemo } from 'preact/hooks';
import { CATEGORY_LOOK } from '../../lib/dom/ui/categories';
import { SITES } from '../../lib/analysis/types';
import { setHideFigures, setPaused, setSiteEnabled } from '../../lib/settings/edit';
import { SITE_INFO } from '../../lib/settings/sites';
import { summarize, type Summary } from '../../lib/stats/summary';
import { CATEGORY_COPY } from '../../lib/stats/tips';
import { dismissStatsNotice, userClock } from '../../lib/store/stats';
import { useSettings, useStats } from '../common/hooks';
import { Switch } from '../common/Switch';
import { BurstRow, BurstTip } from './Bursts';
import { Sparkline } from './Sparkline';
import { ChangeText } from './ChangeText';
import { formatDay, formatShortDay, per100, percent } from './format';
import { TabDiagnostic } from './TabDiagnostic';
import { useActiveSite, type ActiveSite } from './useActiveSite';
import { useTabDiagnostic } from './useTabDiagnostic';
import './popup.css';

function openSettings() {
  browser.runtime.openOptionsPage().catch(() => undefined);
  window.close();
}

function Controls({ active }: { active: ActiveSite }) {
  const [settings, update] = useSettings();
  const { site, ready } = active;
  if (!settings || !ready) return <section class="controls card" aria-busy="true" />;
  return (
    <section class="controls card" aria-label="Where Candor coaches">
      {site ? (
        <Switch
          id="this-site"
          testId="toggle-site"
          checked={settings.sites[site]}
          disabled={settings.paused}
          onChange={(on) => update((s) => setSiteEnabled(s, site, on))}
          hint={settings.paused ? 'Paused everywhere right now.' : undefined}
        >
          On this site ({SITE_INFO[site].label})
        </Switch>
      ) : (
        <p class="muted small">
          Open Slack, Gmail or Notion in this tab to switch Candor off there, or{' '}
          <button type="button" class="link inline" onClick={openSettings}>
            choose sites in settings
          </button>
          .
        </p>
      )}
      <Switch id="pause" testId="toggle-pause" checked={settings.paused} onChange={(on) => update((s) => setPaused(s, on))}>
        Pause everywhere
      </Switch>
      {!site && SITES.some((s) => !settings.sites[s]) && (
        <p class="muted small">
          Off on:{' '}
          {SITES.filter((s) => !settings.sites[s])
            .map((s) => SITE_INFO[s].label)
            .join(', ')}
        </p>
      )}
    </section>
  );
}

function Glance({ summary, locale }: { summary: Summary; locale: string }) {
  const messagesChange = summary.messages - summary.lastMessages;
  return (
    <section class="glance" aria-labelledby="week-heading">
      <h2 id="week-heading">
        This week <span class="muted small">since {formatDay(summary.weekStart, locale)}</span>
      </h2>
      <div class="figures">
        <div class="figure">
          <span class="big" data-stat="messages">
            {summary.messages}
          </span>
          <span class="muted small">
            messages coached
            <span class="visually-hidden">, {summary.lastMessages} last week</span>
            {messagesChange !== 0 && <span aria-hidden="true"> ({summary.lastMessages} last week)</span>}
          </span>
        </div>
        <div class="figure">
          <span class="big" data-stat="fix-rate">
            {summary.fixRate === null ? '—' : percent(summary.fixRate)}
          </span>
          <span class="muted small">
            {summary.fixRate === null
              ? 'fix rate: nothing flagged yet'
              : `fixed before sending (${summary.fixed} of ${summary.raised}${summary.hintsApplied ? `, ${summary.hintsApplied} applied` : ''})`}
          </span>
        </div>
      </div>
      <OwnAverage summary={summary} />
    </section>
  );
}

/** This week against the user's own recent weeks: a number beside a number, never a verdict. */
function OwnAverage({ summary }: { summary: Summary }) {
  const { rate, average } = summary.ownAverage;
  if (rate === null || average === null) return null;
  return (
    <p class="own-average muted small" data-stat="own-average">
      {rate < average
        ? `Fewer patterns than your recent weeks: ${per100(rate)} messages, against ${per100(average)} on average.`
        : `${per100(rate)} messages this week; your last weeks averaged ${per100(average)}.`}
    </p>
  );
}

function Categories({ summary, locale }: { summary: Summary; locale: string }) {
  const weeks = summary.trendWeeks.map((w) => formatShortDay(w, locale));
  return (
    <section aria-labelledby="cat-heading">
      <h2 id="cat-heading" class="section-title">
        Patterns in sent messages
      </h2>
      <ul class="categories">
        {summary.categories.map((c) => {
          const look = CATEGORY_LOOK[c.category];
          return (
            <li key={c.category} class="category">
              <span class="swatch" style={{ background: look.color }} aria-hidden="true" />
              <div class="cat-text">
                <span class="cat-name">{CATEGORY_COPY[c.category].label}</span>
                <span class="sub">
                  <ChangeText change={c.change} lastCount={c.lastCount} />
                  {c.rate !== null && c.count > 0 && (
                    <span class="rate">
                      {' · '}
                      {per100(c.rate)}
                      <span class="visually-hidden"> messages</span>
                    </span>
                  )}
                </span>
              </div>
              <Sparkline values={c.trend} weeks={weeks} label={`${CATEGORY_COPY[c.category].label} per week`} color={look.color} />
              <span class="count" data-stat={c.category}>
                {c.count}
              </span>
            </li>
          );
        })}
        <BurstRow summary={summary} weeks={weeks} />
      </ul>
      {Object.keys(summary.avgWords).length > 0 && (
        <p class="muted small avg">
          Average words per message:{' '}
          {SITES.filter((s) => summary.avgWords[s] !== undefined)
            .map((s) => `${SITE_INFO[s].label} ${summary.avgWords[s]}`)
            .join(' · ')}
        </p>
      )}
    </section>
  );
}

function TopPattern({ summary }: { summary: Summary }) {
  if (summary.burstsTop) return <BurstTip summary={summary} />;
  if (!summary.topPattern) return null;
  const copy = CATEGORY_COPY[summary.topPattern.category];
  return (
    <section class="card tip" aria-labelledby="tip-heading" data-top-pattern={summary.topPattern.category}>
      <h2 id="tip-heading" class="section-title">
        Your most frequent pattern: {copy.singular.toLowerCase()}
      </h2>
      <p class="muted small">
        {summary.topPattern.count} sent message{summary.topPattern.count === 1 ? '' : 's'} in the last 4 weeks
      </p>
      <p>{copy.tip}</p>
      <details class="example small">
        <summary>Example</summary>
        <span class="muted">Instead of</span> “{copy.example.before}”
        <br />
        <span class="muted">try</span> “{copy.example.after}”
      </details>
    </section>
  );
}

function EmptyState() {
  return (
    <section class="card empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading" class="section-title">
        Your week will appear here
      </h2>
      <p>
        Write in Slack, Gmail or Notion as usual. Each time you send, Candor counts which patterns were flagged and which you fixed, and this view fills in:
        messages coached, vague asks, walls of text, missing decisions and passive-aggressive phrasing, with 8-week trends and a tip for your most frequent
        pattern.
      </p>
      <p class="muted small">Only counts are kept, on this computer. Never the text of a message.</p>
    </section>
  );
}

export function Popup() {
  const stats = useStats();
  const [settings, update] = useSettings();
  const clock = useMemo(() => userClock(), [stats]);
  const summary = useMemo(() => (stats ? summarize(stats, clock) : null), [stats, clock]);
  const active = useActiveSite();
  // Only coached sites have our content script to ask; other tabs keep the usual controls.
  const diagnostic = useTabDiagnostic(active.tabId, active.site !== null);
  return (
    <main class="popup">
      <header class="top">
        <h1>Candor</h1>
        <button type="button" class="link" onClick={openSettings}>
          Settings
        </button>
      </header>
      {stats?.notice && (
        <div class="card notice" role="status">
          <p>Your saved stats could not be read and were reset. Settings were not affected.</p>
          <button type="button" onClick={() => dismissStatsNotice()}>
            OK
          </button>
        </div>
      )}
      <TabDiagnostic tab={diagnostic} />
      <Controls active={active} />
      {summary && !settings?.hideFigures && (
        <>
          {!summary.hasData && <EmptyState />}
          <Glance summary={summary} locale={clock.locale} />
          <Categories summary={summary} locale={clock.locale} />
          <TopPattern summary={summary} />
        </>
      )}
      {settings && (
        <footer class="figures-switch">
          <Switch
            id="hide-figures"
            testId="toggle-figures"
            checked={settings.hideFigures}
            onChange={(on) => update((s) => setHideFigures(s, on))}
            hint={settings.hideFigures ? 'Candor still counts, on this computer; switch off to see your week.' : undefined}
          >
            Hints only, hide my figures
          </Switch>
        </footer>
      )}
    </main>
  );
}
