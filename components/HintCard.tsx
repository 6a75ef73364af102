// The hint card: what Candor noticed, why it matters, what to do, and the three actions.
// Purely presentational: the controller in lib/dom/ui owns state and passes everything in.
// Text is rendered as text nodes only (never as HTML): messages can quote the user's words.

import { render } from 'preact';
import type { Category } from '../lib/analysis/types';
import { CATEGORY_LOOK } from '../lib/dom/ui/categories';
import type { NotAppliedReason } from '../lib/dom/ui-contract';
import { MoreButton, MoreMenu, type MoreMenuProps } from './HintCardMore';

export type CardStatus =
  | { kind: 'idle' }
  | { kind: 'applying' }
  | { kind: 'not-applied'; reason: NotAppliedReason }
  | { kind: 'copied' }
  | { kind: 'copy-failed' };

export interface HintCardProps {
  theme: 'light' | 'dark';
  category: Category;
  message: string;
  suggestion: string;
  replacement: boolean;
  /** The flagged words as they read now (shown struck through before a replacement). */
  original: string | null;
  status: CardStatus;
  /**
   * False when this composer has no safe way to apply (Slack without the Quill bridge): Apply is
   * not offered, Copy takes its place and the status line says why. Default true.
   */
  canApply?: boolean;
  /** Shortcut shown in the footer when the card was opened from the keyboard. */
  keysHint: string | null;
  onApply(): void;
  onCopy(): void;
  onDismiss(): void;
  onIgnore(): void;
  /** The "More" menu with the off-switches (HintCardMore.tsx); null: not offered. */
  more: MoreMenuProps | null;
}

const NOT_APPLIED: Record<NotAppliedReason, string> = {
  reverted: 'The app undid this change, so nothing was replaced. Copy the suggestion and paste it yourself.',
  stale: 'The text changed since this hint was made, so nothing was replaced. You can copy the suggestion.',
  failed: 'Candor couldn’t change the text here. Copy the suggestion and paste it yourself.',
  unsafe: 'Candor can’t apply changes safely here, so it won’t edit your message. Copy the suggestion and paste it yourself.',
  unverified: 'Candor couldn’t confirm the change, so your text was left as it was. Copy the suggestion and paste it yourself.',
};

const ORIGINAL_MAX = 60;

export function HintCard(p: HintCardProps) {
  const look = CATEGORY_LOOK[p.category];
  const blocked = p.canApply === false;
  const offerCopy = p.replacement && (blocked || p.status.kind === 'not-applied' || p.status.kind === 'copied' || p.status.kind === 'copy-failed');
  // Known up front: say why there is no Apply before anyone presses it.
  const status: CardStatus = blocked && p.replacement && p.status.kind === 'idle' ? { kind: 'not-applied', reason: 'unsafe' } : p.status;
  const applying = p.status.kind === 'applying';
  const original = p.original && p.original.length > ORIGINAL_MAX ? `${p.original.slice(0, ORIGINAL_MAX - 1)}…` : p.original;
  return (
    <div class="candor-root" data-theme={p.theme} style={{ '--cat': look.color } as Record<string, string>}>
      <div class="card" role="dialog" aria-labelledby="candor-card-title" aria-describedby="candor-card-why">
        <div class="head">
          <span class="dot" aria-hidden="true" />
          <h2 class="label" id="candor-card-title">
            {look.label}
          </h2>
        </div>
        <p class="why" id="candor-card-why">
          {p.message}
        </p>
        {p.suggestion ? (
          <p class="suggest">
            {p.replacement ? (
              <>
                <span class="suggest-kicker">Suggested</span>
                {original ? (
                  <>
                    <span class="original">{original}</span>
                    <span class="arrow" aria-hidden="true">
                      →
                    </span>
                    <span class="sr"> becomes </span>
                  </>
                ) : null}
                <span class="replacement" data-candor-replacement="">
                  {p.suggestion}
                </span>
              </>
            ) : (
              <>
                <span class="suggest-kicker">Try</span>
                {p.suggestion}
              </>
            )}
          </p>
        ) : null}
        <div class="actions">
          {p.replacement && !offerCopy ? (
            <button
              type="button"
              class="primary"
              data-action="apply"
              aria-label={`Apply: ${p.suggestion}`}
              aria-disabled={applying ? 'true' : undefined}
              onClick={() => !applying && p.onApply()}
            >
              {applying ? 'Applying…' : 'Apply'}
            </button>
          ) : null}
          {offerCopy ? (
            <button type="button" class="primary" data-action="copy" aria-label={`Copy: ${p.suggestion}`} onClick={() => p.onCopy()}>
              Copy
            </button>
          ) : null}
          <button type="button" data-action="dismiss" onClick={() => p.onDismiss()}>
            Dismiss
          </button>
          <button type="button" class="quiet" data-action="ignore" onClick={() => p.onIgnore()}>
            Don’t flag this again
          </button>
          {p.more ? <MoreButton {...p.more} /> : null}
        </div>
        {p.more ? <MoreMenu {...p.more} /> : null}
        <p class={`status${status.kind === 'not-applied' ? ' warn' : ''}`} role="status" aria-live="polite" data-candor-status="">
          {statusText(status)}
        </p>
        {p.keysHint ? <p class="keys">{p.keysHint}</p> : null}
      </div>
    </div>
  );
}

function statusText(s: CardStatus): string {
  switch (s.kind) {
    case 'not-applied':
      return NOT_APPLIED[s.reason];
    case 'copied':
      return 'Copied. Paste it where you like.';
    case 'copy-failed':
      return 'The clipboard isn’t available here. Select the suggested text above and copy it.';
    default:
      return '';
  }
}

export function renderHintCard(container: Element | ShadowRoot, props: HintCardProps | null): void {
  render(props ? <HintCard {...props} /> : null, container);
}
