// Per-site steps of the Firefox composer contract (composer-contract.ff.ts), written against the
// browser-neutral Tab of tests/e2e/contract/driver.ts: get an empty composer with the caret in
// it, read what the host app's own model holds, put the caret at an offset, and send the way a
// person does. Reads go through the fixtures' documented globals (tests/e2e/fixtures/<site>/*.js).

import type { Site, Tab } from '../../e2e/contract/driver';
import { documentOf } from '../../e2e/support/notion';
import { COMPOSER_SELECTORS, gmailBodySelector, type NotionBlock } from '../../e2e/support/page';

export interface SiteSteps {
  site: Site;
  /** An empty composer with the caret in it; resolves to the hooked element's selector. */
  fresh(tab: Tab): Promise<string>;
  /** The user's text as the app's model holds it (Quill's getText, Gmail's first line, Notion's block). */
  modelText(tab: Tab, selector: string): Promise<string>;
  /** Caret at a UTF-16 offset of that text, as a click would put it. */
  placeCaret(tab: Tab, selector: string, offset: number): Promise<void>;
  /** The caret's offset in that text (null when it is not in the composer). */
  caret(tab: Tab, selector: string): Promise<number | null>;
  /** Send (or for Notion, leave the edited page) the way a person does. */
  send(tab: Tab, selector: string): Promise<void>;
  /**
   * The user's words of every message the app received so far, one entry per message Candor
   * should have counted (Notion: every edited page left, as the document Candor judges).
   */
  sentTexts(tab: Tab): Promise<string[]>;
  /** Put the app back for the next test (Gmail: close the compose windows). */
  done(tab: Tab): Promise<void>;
  /** What the app received for the last message (Notion: the text of the edited page left). */
  lastSent(tab: Tab): Promise<string>;
}

const slack: SiteSteps = {
  site: 'slack',
  async fresh(tab) {
    await tab.evaluate(() => {
      const q = (window as any).__quill('channel');
      q.setText('', 'api');
      q.history.clear();
      q.focus();
      q.setSelection(0, 0, 'user');
    });
    return COMPOSER_SELECTORS.slack;
  },
  modelText: (tab) => tab.evaluate(() => ((window as any).__quill('channel').getText() as string).replace(/\n$/, '')),
  placeCaret: (tab, _s, offset) => tab.evaluate((o) => (window as any).__quill('channel').setSelection(o, 0, 'user'), offset),
  caret: (tab) => tab.evaluate(() => (window as any).__quill('channel').getSelection()?.index ?? null),
  send: (tab) => tab.press('Enter'),
  lastSent: (tab) => tab.evaluate(() => (window as any).__sent.at(-1)?.text ?? ''),
  sentTexts: (tab) => tab.evaluate(() => (window as any).__sent.map((m: { text: string }) => m.text)),
  done: async () => {},
};

// Gmail: a reply compose (quote and signature below the user's first line).
const gmail: SiteSteps = {
  site: 'gmail',
  async fresh(tab) {
    const id = await tab.evaluate(() => (window as any).__gmail.openCompose('reply').getAttribute('data-compose-id') as string);
    return gmailBodySelector(id);
  },
  modelText: (tab, s) => tab.evaluate((sel) => (document.querySelector(sel)!.firstElementChild as HTMLElement).textContent!.replace(/\u00a0/g, ' '), s),
  placeCaret: (tab, s, offset) =>
    tab.evaluate(
      ([sel, o]) => {
        const line = document.querySelector(sel as string)!.firstElementChild!;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let left = o as number;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = (n as Text).data.length;
          if (left <= len) {
            getSelection()!.collapse(n, left);
            return;
          }
          left -= len;
        }
      },
      [s, offset],
    ),
  caret: (tab, s) =>
    tab.evaluate((sel) => {
      const line = document.querySelector(sel)!.firstElementChild!;
      const sel0 = getSelection()!;
      if (!sel0.rangeCount || !line.contains(sel0.anchorNode)) return null;
      const r = document.createRange();
      r.setStart(line, 0);
      r.setEnd(sel0.anchorNode!, sel0.anchorOffset);
      return r.toString().length;
    }, s),
  async send(tab, s) {
    const compose = s.replace(/ \[g_editable="true"\]$/, '');
    await tab.click(`${compose} .aoO`);
  },
  lastSent: (tab) => tab.evaluate(() => ((window as any).__sent.at(-1)?.text ?? '').replace(/\u00a0/g, ' ')),
  // innerText of the whole body: the user's (one-line) message, then signature and quote.
  sentTexts: (tab) => tab.evaluate(() => (window as any).__sent.map((m: { text: string }) => m.text.split('\n')[0].replace(/\u00a0/g, ' '))),
  done: (tab) =>
    tab.evaluate(() =>
      document.querySelectorAll<HTMLElement>('.Hd .Ha').forEach((x) => {
        x.click();
      }),
    ),
};

// Notion: a blank page; a "message" is an edited page the user leaves.
const notion: SiteSteps = {
  site: 'notion',
  async fresh(tab) {
    await tab.evaluate(() => {
      const n = (window as any).__notion;
      if (n.page() === 'blank') n.navigate('retro');
      n.navigate('blank');
      n.focusBlock(0, 'end');
    });
    return COMPOSER_SELECTORS.notion;
  },
  modelText: (tab) => tab.evaluate(() => (window as any).__notionModel()[0].text as string),
  placeCaret: (tab, _s, offset) => tab.evaluate((o) => (window as any).__notion.focusBlock(0, o), offset),
  caret: (tab) => tab.evaluate(() => (window as any).__notion.caret()?.offset ?? null),
  send: (tab) => tab.evaluate(() => (window as any).__notion.navigate('retro')),
  lastSent: (tab) =>
    tab.evaluate(() => {
      const last = (window as any).__sent.at(-1);
      return last?.edited ? (last.blocks as Array<{ text: string }>).map((b) => b.text).join('\n') : '';
    }),
  async sentTexts(tab) {
    const sent = await tab.evaluate(() => (window as any).__sent as Array<{ edited: boolean; blocks: NotionBlock[] }>);
    return sent.filter((m) => m.edited).map((m) => documentOf(m.blocks));
  },
  done: async () => {},
};

export const SITE_STEPS: readonly SiteSteps[] = [slack, gmail, notion];
