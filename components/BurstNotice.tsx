// The burst hint above a Slack composer: one quiet line with the numbers, the suggestion, and a
// way to put it away. It never blocks sending (it sits above the composer, not over it).

import { render } from 'preact';

export interface BurstNoticeProps {
  theme: 'light' | 'dark';
  message: string;
  suggestion: string;
  onDismiss(): void;
}

export function BurstNotice(p: BurstNoticeProps) {
  return (
    <div class="candor-root" data-theme={p.theme}>
      <div class="notice" role="status" data-candor-burst="">
        <span class="notice-dot" aria-hidden="true" />
        <div class="notice-text">
          <p class="notice-why">{p.message}</p>
          <p class="notice-suggest">{p.suggestion}</p>
        </div>
        <button type="button" class="notice-dismiss" aria-label="Dismiss this hint" onClick={() => p.onDismiss()}>
          ×
        </button>
      </div>
    </div>
  );
}

export function renderBurstNotice(container: Element, props: BurstNoticeProps | null): void {
  render(props ? <BurstNotice {...props} /> : null, container);
}
