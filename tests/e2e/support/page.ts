// Helpers that act on a fixture page the way a person would, and read what the host app's own
// model received (Quill's getText, Gmail's body, Notion's blocks). All reads go through the
// fixtures' documented globals (see the header of each tests/e2e/fixtures/<site>/<site>.js).

import type { Page } from 'playwright-core';

/** The element each site's composer is hooked on (the `data-candor-findings` carrier). */
export const COMPOSER_SELECTORS = {
  /** Slack channel composer (the first .ql-editor under [data-qa=message_input]). */
  slack: '.p-message_pane_input [data-qa="message_input"] .ql-editor',
  slackThread: '[data-qa="threads_flexpane"] [data-qa="message_input"] .ql-editor',
  slackEdit: '[data-qa="message_editor"] .ql-editor',
  slackSearch: '.ql-editor[aria-label="Query"]',
  /** Gmail body of the first compose window; use gmailBodySelector(i) for others. */
  gmail: '.M9 [g_editable="true"]',
  notion: '.notion-page-content',
} as const;

export function gmailBodySelector(composeId: string): string {
  return `.M9[data-compose-id="${composeId}"] [g_editable="true"]`;
}

export interface TypeOptions {
  /** Mean delay between keys in ms (default 0: as fast as the browser takes them). */
  delay?: number;
  /** ± random jitter around `delay`, in ms (default delay/2). */
  jitter?: number;
  /** Key pressed for "\n" (default 'Enter'; Slack's soft newline is 'Shift+Enter'). */
  newline?: string;
}

/**
 * Type like a person: real key events one character at a time (trusted input, as the browser
 * would deliver it), optionally at human pace. Non-keyboard characters (emoji, accents) go
 * through Playwright's insertText path, like an IME.
 */
export async function typeLikeAPerson(page: Page, text: string, opts: TypeOptions = {}): Promise<void> {
  const delay = opts.delay ?? 0;
  const jitter = opts.jitter ?? delay / 2;
  const newline = opts.newline ?? 'Enter';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press(newline);
    if (!delay) {
      await page.keyboard.type(lines[i]);
      continue;
    }
    for (const ch of lines[i]) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(Math.max(0, delay + (Math.random() * 2 - 1) * jitter));
    }
  }
}

/** Quill's own model text of the first .ql-container (the channel composer), via `__quill`. */
export function quillText(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('.ql-container') as any).__quill.getText() as string);
}

/** Quill text of a named Slack composer ('channel' | 'thread' | 'edit' | 'search'); null if closed. */
export function slackComposerText(page: Page, which: 'channel' | 'thread' | 'edit' | 'search'): Promise<string | null> {
  return page.evaluate((w) => {
    const q = (window as any).__quill(w);
    return q ? (q.getText() as string) : null;
  }, which);
}

/** Focus a Slack composer and put the caret at the end of its text. */
export async function focusSlack(page: Page, which: 'channel' | 'thread' | 'edit' | 'search' = 'channel'): Promise<void> {
  await page.evaluate((w) => {
    const q = (window as any).__quill(w);
    q.focus();
    q.setSelection(q.getLength() - 1, 0, 'user');
  }, which);
}

/** innerText of a Gmail compose body (index among open compose windows, default the first). */
export function gmailBodyText(page: Page, index = 0): Promise<string> {
  return page.evaluate((i) => (window as any).__gmail.body(i).innerText as string, index);
}

/** Focus a Gmail body with the caret at the start of the user's area (above signature/quote). */
export async function focusGmail(page: Page, index = 0): Promise<void> {
  await page.evaluate((i) => (window as any).__gmail.focusBody(i), index);
}

export interface NotionBlock {
  id: string;
  type: 'header' | 'text' | 'bulleted_list' | 'to_do' | 'code';
  text: string;
}

export function notionModel(page: Page): Promise<NotionBlock[]> {
  return page.evaluate(() => (window as any).__notionModel());
}

/** Put the caret in a Notion block (index, negative from the end, or block id). */
export async function focusNotion(page: Page, block: number | string, where: 'start' | 'end' | number = 'end'): Promise<void> {
  const ok = await page.evaluate(([b, w]) => !!(window as any).__notion.focusBlock(b, w), [block, where] as const);
  if (!ok) throw new Error(`focusNotion: no block ${block}`);
}

/** What the fake app "sent" so far (shape per site: see each fixture's header). */
export function sent<T = any>(page: Page): Promise<T[]> {
  return page.evaluate(() => (window as any).__sent);
}

/** U+00A0 → space: contenteditable turns some typed spaces into NBSP (Gmail's body does). */
export function normalizeSpaces(s: string): string {
  return s.replace(/\u00a0/g, ' ');
}

/**
 * Wait until `selector` carries `data-candor-findings` and `accept(value)` holds (default: any
 * value). Returns the value, or null on timeout (callers decide whether that is a failure).
 */
export async function waitForFindings(page: Page, selector: string, accept: (value: string) => boolean = () => true, timeout = 5_000): Promise<string | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate((s) => document.querySelector(s)?.getAttribute('data-candor-findings') ?? null, selector);
    if (value !== null && accept(value)) return value;
    if (Date.now() > deadline) return null;
    await page.waitForTimeout(50);
  }
}
