import { RULE_CATALOG, type RuleInfo } from '../../lib/analysis/catalog';
import { CATEGORIES } from '../../lib/analysis/types';
import { MESSAGE_BURST } from '../../lib/bursts/message-burst';
import { setRuleEnabled } from '../../lib/settings/edit';
import type { Settings } from '../../lib/settings/schema';
import { CATEGORY_COPY } from '../../lib/stats/tips';
import { RuleExamples } from './RuleExamples';

// Rule metadata from the catalog, not the engine: this page never loads compromise or the phrase
// tables (biome.jsonc forbids the import; tests/meta.test.ts checks the catalog matches RULES).
const BY_CATEGORY = CATEGORIES.map((category) => ({
  category,
  rules: RULE_CATALOG.filter((r) => r.category === category),
}));

export function RulesSection({ settings, update }: { settings: Settings; update: Update }) {
  return (
    <section class="card" aria-labelledby="rules-heading" id="rules">
      <h2 id="rules-heading">Checks</h2>
      <p class="muted">Switch off any check you don't want. Each belongs to one of Candor's four patterns.</p>
      {BY_CATEGORY.map(({ category, rules }) => (
        <fieldset key={category} class="rule-group" data-category={category}>
          <legend>{CATEGORY_COPY[category].label}</legend>
          <p class="muted small">{CATEGORY_COPY[category].tip}</p>
          {rules.length === 0 ? (
            <p class="muted small">No checks in this group in this version.</p>
          ) : (
            rules.map((meta) => <RuleRow key={meta.id} meta={meta} settings={settings} update={update} />)
          )}
        </fieldset>
      ))}
      {/* Not a text pattern: it counts the user's own messages in a row (lib/bursts). */}
      <fieldset class="rule-group" data-category="conversation">
        <legend>Conversation habits</legend>
        <p class="muted small">Slack only. Candor counts your own messages in a row, never anyone's words.</p>
        <RuleRow meta={MESSAGE_BURST} settings={settings} update={update} />
      </fieldset>
    </section>
  );
}

type Update = (edit: (s: Settings) => Settings) => void;

/** One check's switch: a catalog rule (name, id, description, its two examples) or message-burst. */
function RuleRow({ meta, settings, update }: { meta: RuleInfo | typeof MESSAGE_BURST; settings: Settings; update: Update }) {
  const rule = 'name' in meta ? meta : null;
  const id = `rule-${meta.id}`;
  return (
    <div class="rule">
      <input
        id={id}
        type="checkbox"
        data-rule={meta.id}
        checked={!settings.disabledRules.includes(meta.id)}
        aria-describedby={`${id}-desc`}
        onChange={(e) => {
          // Read now: the event's currentTarget is gone by the time the edit runs.
          const on = (e.currentTarget as HTMLInputElement).checked;
          update((s) => setRuleEnabled(s, meta.id, on));
        }}
      />
      <label for={id}>
        {rule ? `${rule.name} ` : 'Message bursts '}
        <code>{meta.id}</code>
      </label>
      <span id={`${id}-desc`} class="rule-desc">
        {meta.description}
      </span>
      {rule && <RuleExamples rule={rule} />}
    </div>
  );
}
