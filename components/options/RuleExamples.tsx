import type { RuleExample, RuleInfo } from '../../lib/analysis/catalog';
import { SITE_INFO } from '../../lib/settings/sites';

/** Messages past this many characters are shown in a scroll box (the wall-of-text examples are ~1,500). */
const LONG = 280;

function Example({ kind, example }: { kind: 'flags' | 'passes'; example: RuleExample }) {
  const phrases = example.extraPhrases?.length ? ` with “${example.extraPhrases.join('”, “')}” in Always flag` : '';
  return (
    <div class={`example example-${kind}`} data-example={kind}>
      <span class="example-label">
        {kind === 'flags' ? 'Flags' : 'Leaves alone'}
        <span class="muted">
          {' '}
          ({SITE_INFO[example.site].label}
          {phrases})
        </span>
      </span>
      {/* Text only, never markup: the examples are plain strings rendered as text nodes. */}
      <blockquote class={example.text.length > LONG ? 'example-text long' : 'example-text'} tabIndex={example.text.length > LONG ? 0 : undefined}>
        {example.text}
      </blockquote>
    </div>
  );
}

/** One check's two catalog examples: a message it flags and a close one it leaves alone. */
export function RuleExamples({ rule }: { rule: RuleInfo }) {
  return (
    <div class="rule-examples">
      <Example kind="flags" example={rule.flags} />
      <Example kind="passes" example={rule.passes} />
    </div>
  );
}
