import { useState } from 'preact/hooks';
import { SITES, type Sensitivity } from '../../lib/analysis/types';
import { addPhrase, removePhrase, setPaused, setSensitivity, setSiteEnabled } from '../../lib/settings/edit';
import { SHORTCUTS } from '../../lib/settings/shortcuts';
import { SITE_INFO } from '../../lib/settings/sites';
import { useSettings, useStats } from '../common/hooks';
import { Switch } from '../common/Switch';
import { DataSection } from './DataSection';
import { PhraseList } from './PhraseList';
import { RulesSection } from './RulesSection';
import './options.css';

const SENSITIVITY: { value: Sensitivity; label: string; hint: string }[] = [
  { value: 'gentle', label: 'Gentle', hint: 'Only clear-cut cases. Fewest hints.' },
  { value: 'balanced', label: 'Balanced', hint: 'Recommended: what Candor is tuned for.' },
  { value: 'strict', label: 'Strict', hint: 'Borderline cases too, for when you want a tough editor.' },
];

export function Options() {
  const [settings, update] = useSettings();
  const stats = useStats();
  const [status, setStatus] = useState('');
  // Every change is saved at once; the live region confirms it without moving focus.
  const save = (edit: Parameters<typeof update>[0]) =>
    update(edit).then(
      () => setStatus(`Saved ${new Date().toLocaleTimeString()}`),
      () => setStatus('Could not save. Try again.'),
    );

  return (
    <main class="options">
      <header>
        <h1>Candor settings</h1>
        <p class="muted">Changes apply at once, in open tabs too. Everything stays on this computer.</p>
        <p role="status" class="status" data-testid="save-status">
          {status}
        </p>
      </header>
      {!settings ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <section class="card" aria-labelledby="sites-heading" id="sites">
            <h2 id="sites-heading">Where Candor coaches</h2>
            <div class="stack">
              {SITES.map((site) => (
                <Switch
                  key={site}
                  id={`site-${site}`}
                  testId={`site-${site}`}
                  checked={settings.sites[site]}
                  onChange={(on) => save((s) => setSiteEnabled(s, site, on))}
                >
                  {SITE_INFO[site].label} <span class="muted">({SITE_INFO[site].host})</span>
                </Switch>
              ))}
              <Switch
                id="paused"
                testId="paused"
                checked={settings.paused}
                onChange={(on) => save((s) => setPaused(s, on))}
                hint="Overrides the sites above until you switch it off."
              >
                Pause everywhere
              </Switch>
            </div>
          </section>

          <section class="card" aria-labelledby="sens-heading" id="sensitivity">
            <h2 id="sens-heading">Sensitivity</h2>
            <fieldset class="radios">
              <legend class="visually-hidden">How eager Candor is to flag</legend>
              {SENSITIVITY.map((o) => (
                <label key={o.value} class="radio">
                  <input
                    type="radio"
                    name="sensitivity"
                    value={o.value}
                    data-testid={`sensitivity-${o.value}`}
                    checked={settings.sensitivity === o.value}
                    onChange={() => save((s) => setSensitivity(s, o.value))}
                  />
                  <span>
                    <strong>{o.label}</strong> <span class="muted">— {o.hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          </section>

          <RulesSection settings={settings} update={save} />

          <section class="card" aria-labelledby="phrases-heading" id="phrases">
            <h2 id="phrases-heading">Your phrases</h2>
            <div class="two-col">
              <PhraseList
                id="extra"
                title="Always flag"
                description="Phrases you want to stop using. Candor flags them as passive-aggressive, whole words, any case."
                placeholder="e.g. as previously stated"
                phrases={settings.extraPhrases}
                onAdd={(p) => save((s) => addPhrase(s, 'extraPhrases', p))}
                onRemove={(p) => save((s) => removePhrase(s, 'extraPhrases', p))}
              />
              <PhraseList
                id="ignored"
                title="Never flag"
                description={'Phrases Candor leaves alone. "Don\'t flag this again" on a hint card adds to this list.'}
                placeholder="e.g. just checking"
                phrases={settings.ignoredPhrases}
                onAdd={(p) => save((s) => addPhrase(s, 'ignoredPhrases', p))}
                onRemove={(p) => save((s) => removePhrase(s, 'ignoredPhrases', p))}
              />
            </div>
          </section>

          <section class="card" aria-labelledby="keys-heading" id="keyboard">
            <h2 id="keys-heading">Keyboard</h2>
            <dl class="shortcuts">
              {SHORTCUTS.map((k) => (
                <div key={k.what}>
                  <dt>
                    {k.keys.map((key, i) => (
                      <>
                        {i > 0 && ' + '}
                        <kbd>{key}</kbd>
                      </>
                    ))}
                  </dt>
                  <dd>{k.what}</dd>
                </div>
              ))}
            </dl>
          </section>

          <DataSection stats={stats} announce={setStatus} />
        </>
      )}
    </main>
  );
}
