// The content script's side of the popup's diagnostic (lib/messaging/diagnostics.ts): counting
// the editables that could be composers, and answering the popup's request with counts only.
// A supported page with candidates but nothing hooked means a selector stopped matching; the
// popup says so instead of Candor going silent.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DiagnosticCounts } from '../messaging/diagnostics';

// Anything the user can type rich text into. Inputs and textareas are left out: the three apps'
// composers are all contenteditable, and their search fields are inputs or role=combobox.
const EDITABLE = '[contenteditable]:not([contenteditable="false"]), [role="textbox"]';
// Search boxes are editables too (Slack's is a Quill box) but never composers (SITES.md, 2026).
const NOT_A_COMPOSER = '[role="search"], [role="combobox"]';
/** Counting stops here: a number, not a census, and a page with thousands stays cheap. */
const MAX_CANDIDATES = 50;

function isCandidate(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.getAttribute('role') !== 'textbox' && !el.isContentEditable) return false;
  if (el.closest(NOT_A_COMPOSER)) return false;
  // Outermost only: Notion's editable root holds one contenteditable leaf per block (SITES.md).
  const outer = el.parentElement?.closest(EDITABLE);
  if (outer && (outer as HTMLElement).isContentEditable) return false;
  // Hidden editables (templates, closed drafts) are not what the user is looking at, and
  // off-page helpers are not composers: Quill 1 parks a contenteditable `.ql-clipboard` at
  // left:-100000px, 1px high, beside every editor.
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  return r.right + window.scrollX > 0 && r.bottom + window.scrollY > 0;
}

/** Visible, outermost editables in `doc` that could be composers (capped). */
export function countCandidates(doc: Document = document): number {
  let n = 0;
  for (const el of doc.querySelectorAll(EDITABLE)) {
    if (isCandidate(el) && ++n >= MAX_CANDIDATES) break;
  }
  return n;
}

/**
 * Answer the popup's `get-diagnostic` with `counts()`, for as long as the content script lives.
 * Only this extension's own pages are answered; other messages are left to other listeners.
 */
export function answerDiagnostics(ctx: ContentScriptContext, counts: () => DiagnosticCounts): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: unknown } | null)?.type !== 'get-diagnostic') return undefined;
    return Promise.resolve(counts());
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      /* the API died with the context */
    }
  });
}
