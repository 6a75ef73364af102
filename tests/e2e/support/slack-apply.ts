// Page helpers for tests/e2e/slack-apply.e2e.ts: the Slack fixture's channel composer as the
// page's own world sees it (Quill's model, the DOM a person sees) and the bridge's events.

import type { Page } from 'playwright-core';
import { waitAttr } from '../coach-helpers';
import { COMPOSER_SELECTORS as SEL, focusSlack } from './page';

/** Record the bridge's announcements from the page's world before any script runs. */
export async function recordHellos(p: Page): Promise<void> {
  await p.addInitScript(() => {
    (window as any).__hellos = [];
    document.addEventListener('candor:quill-hello', (e) => (window as any).__hellos.push((e as CustomEvent).detail), true);
  });
}

/**
 * Put `text` in the channel composer through Quill (optionally with embeds). Emptied and analysed
 * empty first, so the caller's waitAttr waits for this text's analysis, not the previous one's.
 */
export async function setChannel(p: Page, text: string, embeds: Array<[number, string, unknown]> = []): Promise<void> {
  await p.evaluate(() => (window as any).__quill('channel').setText('', 'api'));
  await waitAttr(p, SEL.slack, '');
  await p.evaluate(
    ([t, es]) => {
      const q = (window as any).__quill('channel');
      q.setText(t, 'api');
      for (const [at, kind, value] of es as Array<[number, string, unknown]>) q.insertEmbed(at, kind, value, 'api');
      q.history.clear();
    },
    [text, embeds] as const,
  );
  await focusSlack(p, 'channel');
}

/** What a person sees in the composer, line by line, with embeds as nothing (as getText has them). */
export function shown(p: Page): Promise<string> {
  return p.evaluate(() => {
    const root = document.querySelector('.p-message_pane_input .ql-editor')!;
    const line = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      for (const e of copy.querySelectorAll('img.emoji, .c-member_slug')) e.remove();
      return copy.textContent!;
    };
    return [...root.children].map(line).join('\n') + '\n';
  });
}

export function quillState(p: Page) {
  return p.evaluate(() => {
    const q = (window as any).__quill('channel');
    return { text: q.getText() as string, ops: q.getContents().ops as any[], sel: q.getSelection() };
  });
}

export function statusText(p: Page): Promise<string> {
  return p.evaluate(() => document.querySelector('candor-card')?.shadowRoot?.querySelector('[data-candor-status]')?.textContent ?? '');
}

/** Aria label of the focused button in the card, or null when focus is elsewhere. */
export function focusedInCard(p: Page): Promise<string | null> {
  return p.evaluate(() => {
    const host = document.querySelector('candor-card');
    if (!host || document.activeElement !== host) return null;
    return (host.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? null;
  });
}

/** Ping the bridge from the page world, as the content script does; the reply or null. */
export function pingFromPage(p: Page): Promise<any> {
  return p.evaluate(() => {
    const editor = document.querySelector('.p-message_pane_input .ql-editor')!;
    let pong: any = null;
    const on = (e: Event) => (pong = JSON.parse((e as CustomEvent).detail));
    editor.addEventListener('candor:quill-pong', on);
    editor.dispatchEvent(new CustomEvent('candor:quill-ping', { detail: JSON.stringify({ v: 1, id: 'test-ping' }) }));
    editor.removeEventListener('candor:quill-pong', on);
    return pong;
  });
}
