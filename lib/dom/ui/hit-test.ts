// Which finding is under the pointer. Highlights take no pointer events, so the pointer is
// tested against the findings' client rects (cached by the composer UI until something moves).

import { contains } from './geometry';
import { gutterBox, lineRects, rectOf } from './layout';
import type { ComposerUiImpl } from './composer-ui';
import type { Entry } from './entry';

export function nearEditor(ui: ComposerUiImpl, x: number, y: number): boolean {
  return contains(rectOf(ui.editor), x, y, 16, 4);
}

/** Words by their rects, walls of text by their gutter bar. */
export function hitTest(ui: ComposerUiImpl, x: number, y: number): { entry: Entry; rectIndex: number } | null {
  if (ui.entries.length === 0 || !nearEditor(ui, x, y)) return null;
  const clip = ui.editorClip();
  if (!clip || !contains(clip, x, y, 12, 0)) return null;
  const rects = ui.currentRects();
  for (const e of ui.entries) {
    if (e.category === 'wall-of-text') continue;
    const list = rects.get(e.key);
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      if (contains(list[i], x, y, 1, 3)) return { entry: e, rectIndex: i };
    }
  }
  for (const e of ui.entries) {
    if (e.category !== 'wall-of-text') continue;
    const list = rects.get(e.key);
    const g = list && gutterBox(list, clip);
    if (g && contains(g, x, y, 6, 0)) {
      const lines = lineRects(list!);
      const i = lines.findIndex((r) => y >= r.top && y <= r.bottom);
      return { entry: e, rectIndex: Math.max(0, i) };
    }
  }
  return null;
}
