// `message-burst` in the popup: this week's bursts sent (and hinted drafts folded into one
// instead) beside the four text patterns, with the same 8-week trend, and the tip when bursts
// are the user's most frequent pattern. Counts only (lib/stats/summary.ts).

import type { Summary } from '../../lib/stats/summary';
import { Sparkline } from './Sparkline';
import { ChangeText } from './ChangeText';

const COLOR = '#1f9e8f';
const LABEL = 'Message bursts';

export function BurstRow({ summary, weeks }: { summary: Summary; weeks: string[] }) {
  const b = summary.bursts;
  return (
    <li class="category" data-pattern="message-burst">
      <span class="swatch" style={{ background: COLOR }} aria-hidden="true" />
      <div class="cat-text">
        <span class="cat-name">{LABEL}</span>
        <span class="sub">
          <ChangeText change={b.count - b.lastCount} lastCount={b.lastCount} />
          {b.folded > 0 && (
            <span data-stat="message-burst-folded">
              {' · '}
              {b.folded} folded into one
            </span>
          )}
        </span>
      </div>
      <Sparkline values={b.trend} weeks={weeks} label={`${LABEL} per week`} color={COLOR} />
      <span class="count" data-stat="message-burst">
        {b.count}
      </span>
    </li>
  );
}

export function BurstTip({ summary }: { summary: Summary }) {
  if (!summary.burstsTop) return null;
  const n = summary.burstsTop.count;
  return (
    <section class="card tip" aria-labelledby="tip-heading" data-top-pattern="message-burst">
      <h2 id="tip-heading" class="section-title">
        Your most frequent pattern: several messages in a row
      </h2>
      <p class="muted small">
        {n} burst{n === 1 ? '' : 's'} in the last 4 weeks, before anyone had replied
      </p>
      <p>Write one message instead: the ask first, the details below it. People answer one clear ask faster.</p>
    </section>
  );
}
