// The card's host element: a popover="manual" shadow host (top layer, so overflow:hidden,
// z-index fights and transformed ancestors cannot clip or shift it), shown, hidden and placed
// next to its anchor without ever scrolling the page.

import { placeCard, type Box } from './geometry';
import { report } from './guard';
import { createShadowHost, popoverSupported, type ShadowHost } from './host';
import { CARD_CSS } from './styles';

export function createCardHost(doc: Document): ShadowHost {
  const ch = createShadowHost(doc, 'candor-card', CARD_CSS, {
    position: 'fixed',
    inset: 'auto',
    left: '0px',
    top: '0px',
    margin: '0px',
    padding: '0px',
    border: '0px',
    background: 'transparent',
    overflow: 'visible',
    width: 'auto',
    height: 'auto',
    'max-width': 'none',
    'max-height': 'none',
    'z-index': '2147483647',
    'color-scheme': 'normal',
  });
  if (popoverSupported(ch.host)) ch.host.setAttribute('popover', 'manual');
  else ch.host.style.setProperty('display', 'none', 'important');
  return ch;
}

export function showCardHost(ch: ShadowHost): void {
  if (ch.host.hasAttribute('popover')) {
    try {
      if (!ch.host.matches(':popover-open')) ch.host.showPopover();
      return;
    } catch (error) {
      report(error);
    }
  }
  ch.host.style.setProperty('display', 'block', 'important');
}

export function hideCardHost(host: HTMLElement): void {
  try {
    if (host.hasAttribute('popover') && host.matches(':popover-open')) host.hidePopover();
  } catch (error) {
    report(error);
  }
  if (!host.hasAttribute('popover')) host.style.setProperty('display', 'none', 'important');
}

/** Below the anchor, or above when there is no room below (geometry.placeCard). */
export function positionCardHost(host: HTMLElement, anchor: Box, win: Window): void {
  const size = host.getBoundingClientRect();
  const p = placeCard(anchor, size, { width: win.innerWidth, height: win.innerHeight });
  host.style.setProperty('left', `${p.left}px`, 'important');
  host.style.setProperty('top', `${p.top}px`, 'important');
  // Without the top layer, a transformed/filtered ancestor shifts `fixed`: correct by measuring.
  const got = host.getBoundingClientRect();
  if (Math.abs(got.left - p.left) > 0.5 || Math.abs(got.top - p.top) > 0.5) {
    host.style.setProperty('left', `${2 * p.left - got.left}px`, 'important');
    host.style.setProperty('top', `${2 * p.top - got.top}px`, 'important');
  }
}
