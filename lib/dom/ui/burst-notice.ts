// Where the burst hint (components/BurstNotice.tsx) is drawn: a shadow-root host of its own,
// position: fixed just above the composer's box, following it on scroll and resize (one read
// per frame). Separate from the findings UI (./index.ts): it belongs to no range of text.

import { renderBurstNotice } from '../../../components/BurstNotice';
import { guard } from './guard';
import { createShadowHost, type ShadowHost } from './host';
import { THEME_VARS } from './styles';
import { detectTheme } from './theme';

const NOTICE_CSS = `${THEME_VARS}
  .notice {
    display: flex; align-items: flex-start; gap: 8px; max-width: min(460px, calc(100vw - 16px));
    padding: 8px 8px 8px 12px; border-radius: 8px; border: 1px solid var(--c-border);
    background: var(--c-bg); color: var(--c-fg); box-shadow: var(--c-shadow); pointer-events: auto;
  }
  .notice-dot { flex: none; width: 8px; height: 8px; margin-top: 6px; border-radius: 50%; background: #1f9e8f; }
  .notice-text { flex: 1; min-width: 0; }
  .notice-why { margin: 0; overflow-wrap: anywhere; }
  .notice-suggest { margin: 2px 0 0; font-size: 12px; color: var(--c-muted); overflow-wrap: anywhere; }
  .notice-dismiss {
    all: unset; cursor: pointer; flex: none; width: 22px; height: 22px; line-height: 22px; text-align: center;
    border-radius: 6px; color: var(--c-muted); font-size: 16px;
  }
  .notice-dismiss:hover { background: var(--c-btn-hover); color: var(--c-fg); }
  .notice-dismiss:focus-visible { outline: 2px solid var(--c-focus); }
`;

/** Gap between the notice and the composer's top edge. */
const GAP = 6;

export interface BurstNoticeUi {
  destroy(): void;
}

export function showBurstNotice(anchor: HTMLElement, words: { message: string; suggestion: string }, onDismiss: () => void): BurstNoticeUi {
  const doc = anchor.ownerDocument;
  const win = doc.defaultView ?? window;
  const host: ShadowHost = createShadowHost(doc, 'candor-notice', NOTICE_CSS, {
    position: 'fixed',
    left: '0px',
    top: '0px',
    margin: '0px',
    padding: '0px',
    border: '0px',
    'z-index': '2147483000',
    display: 'block',
    visibility: 'hidden',
  });
  doc.body.append(host.host);
  renderBurstNotice(host.mount, { theme: detectTheme(anchor), ...words, onDismiss });
  let frame = 0;
  const place = guard(() => {
    frame = 0;
    const box = anchor.getBoundingClientRect();
    const height = host.host.getBoundingClientRect().height;
    const style = host.host.style;
    style.setProperty('left', `${Math.max(8, box.left)}px`, 'important');
    style.setProperty('top', `${Math.max(8, box.top - height - GAP)}px`, 'important');
    // A composer scrolled out of view takes its hint with it.
    style.setProperty('visibility', box.height > 0 && box.bottom > 0 ? 'visible' : 'hidden', 'important');
  });
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(() => place());
  };
  const ac = new AbortController();
  win.addEventListener('scroll', schedule, { capture: true, passive: true, signal: ac.signal });
  win.addEventListener('resize', schedule, { passive: true, signal: ac.signal });
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  resize?.observe(anchor);
  place();
  return {
    destroy: guard(() => {
      ac.abort();
      resize?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      renderBurstNotice(host.mount, null);
      host.host.remove();
    }) as () => void,
  };
}
