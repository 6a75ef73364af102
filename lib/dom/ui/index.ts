// The hint UI for hooked composers: underlines, the count badge and the hint card.
// It only draws. It never inserts into, restyles or focuses the composer except to give focus
// (and the saved selection) back after the user worked in the card from the keyboard.
//
// Layers:
// - underlines: CSS Custom Highlight API (highlights.ts), else boxes from Range.getClientRects()
//   in the overlay layer (overlay.ts); wall-of-text also gets a gutter bar there.
// - layer host (<candor-layer>, body, position: fixed, pointer-events: none): overlay + badge
//   (badge-placement.ts finds its spot).
// - card host (<candor-card>, popover="manual" → top layer, card-host.ts), driven by card.ts.
// Highlights get no pointer events, so hover/click are found by hit-testing the pointer against
// the findings' client rects (hover.ts, hit-test.ts; rects cached in rect-cache.ts). Keys:
// keyboard.ts. composer-ui.ts owns one composer's state and ties the parts together.

import type { ComposerUi, ComposerUiOptions, UiFinding } from '../ui-contract';
import { ComposerUiImpl } from './composer-ui';
import { guard, report } from './guard';

export { CATEGORY_LOOK, highlightName } from './categories';
export { CANDOR_SHORTCUT } from './keyboard';

const NOOP_UI: ComposerUi = { update() {}, openNext() {}, closeCard() {}, destroy() {} };

export function createComposerUi(options: ComposerUiOptions): ComposerUi {
  let impl: ComposerUiImpl | null = null;
  try {
    impl = new ComposerUiImpl(options);
    impl.init();
    const ui = impl;
    return {
      update: guard((findings: UiFinding[]) => ui.update(findings)),
      openNext: guard(() => ui.openNext()),
      closeCard: guard(() => ui.card.close('escape')),
      destroy: guard(() => ui.destroy()),
    } as ComposerUi;
  } catch (error) {
    report(error);
    guard(() => impl?.destroy())();
    return NOOP_UI;
  }
}
