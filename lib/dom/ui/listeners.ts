// The page events one composer's hint UI listens to, all removed by `signal` (destroy()).

import { eventInEditor } from '../event-scope';
import type { ComposerUiImpl } from './composer-ui';
import { guard } from './guard';
import { onComposerKeydown } from './keyboard';

/** Wires everything; returns the ResizeObserver (disconnected separately on destroy). */
export function listen(ui: ComposerUiImpl, signal: AbortSignal): ResizeObserver | null {
  const { win, doc, editor, anchor, hover } = ui;
  const passive = { capture: true, passive: true, signal };
  const onMove = guard(() => ui.invalidate());
  win.addEventListener('scroll', onMove, passive);
  win.addEventListener('resize', onMove, { passive: true, signal });
  for (const s of ui.opts.scrollers ?? []) s.addEventListener('scroll', onMove, { passive: true, signal });
  doc.addEventListener(
    'pointermove',
    guard((e: PointerEvent) => hover.onPointerMove(e)),
    passive,
  );
  doc.addEventListener(
    'pointerdown',
    guard((e: PointerEvent) => hover.onPointerDown(e)),
    passive,
  );
  doc.addEventListener(
    'click',
    guard((e: MouseEvent) => hover.onClick(e)),
    passive,
  );
  win.addEventListener(
    'keydown',
    guard((e: KeyboardEvent) => onComposerKeydown(ui, e)),
    { capture: true, signal },
  );
  // On the document: Notion's live build fires input at an editable root above the editor.
  doc.addEventListener(
    'input',
    guard((e: Event) => {
      if (!eventInEditor(e, editor)) return;
      const card = ui.card.current;
      if (card && card.status.kind === 'idle' && card.mode !== 'keyboard') ui.card.close('typing');
      ui.onTyped();
    }),
    { capture: true, passive: true, signal },
  );
  let resizeObserver: ResizeObserver | null = null;
  if (typeof ResizeObserver === 'function') {
    resizeObserver = new ResizeObserver(onMove);
    resizeObserver.observe(editor);
    if (anchor !== editor) resizeObserver.observe(anchor);
  }
  const mq = win.matchMedia?.('(prefers-color-scheme: dark)');
  mq?.addEventListener?.(
    'change',
    guard(() => ui.refreshTheme(true)),
    { signal },
  );
  return resizeObserver;
}
