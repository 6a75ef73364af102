// The count badge in the composer's corner: small, quiet, and hidden when there is nothing to say.

import { render } from 'preact';

export interface BadgeProps {
  theme: 'light' | 'dark';
  count: number;
  shortcut: string | null;
  /** `byKeyboard`: activated with Enter/Space, so the card may take focus. */
  onOpen(byKeyboard: boolean): void;
}

export function Badge(p: BadgeProps) {
  const noun = p.count === 1 ? 'writing hint' : 'writing hints';
  const label = `Candor: ${p.count} ${noun}. Open the first${p.shortcut ? ` (${p.shortcut})` : ''}`;
  return (
    <div class="candor-root" data-theme={p.theme}>
      <button
        type="button"
        class="badge"
        data-candor-badge=""
        hidden={p.count === 0}
        aria-label={label}
        title={label}
        onClick={(e) => p.onOpen(e.detail === 0)}
      >
        <span class="badge-dot" aria-hidden="true" />
        {p.count}
      </button>
    </div>
  );
}

export function renderBadge(container: Element | ShadowRoot, props: BadgeProps | null): void {
  render(props ? <Badge {...props} /> : null, container);
}
