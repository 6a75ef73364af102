// The "analysis settled" signal (data-candor-state, lib/dom/analysis-state.ts) on the Slack
// fixture's real Quill: every time the composer says 'settled', the findings it carries are
// exactly what analyze() finds in the text it holds at that moment; the state is written on
// changes only; and Candor's attributes land on the editor element itself, never inside it.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TEXTS, expectedAttr } from './coach-helpers';
import { launchBrowser, type Rig } from './support/browser';
import { focusSlack } from './support/page';

const CHANNEL = '.p-message_pane_input .ql-editor';

let rig: Rig;
let page: Page;

interface Seen {
  onEditor: boolean;
  attr: string;
  value: string | null;
  findings: string | null;
  text: string;
}

beforeAll(async () => {
  rig = await launchBrowser();
  page = await rig.open('slack');
  await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-candor-state') === 'settled', CHANNEL);
});

afterAll(async () => {
  await rig?.close();
});

/** Record every write of Candor's attributes anywhere in the page, with the composer's text then. */
function record(p: Page): Promise<void> {
  return p.evaluate((sel) => {
    const editor = document.querySelector(sel)!;
    const seen: Seen[] = ((window as any).__seen = []);
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        seen.push({
          onEditor: el === editor,
          attr: r.attributeName!,
          value: el.getAttribute(r.attributeName!),
          findings: editor.getAttribute('data-candor-findings'),
          text: ((window as any).__quill('channel').getText() as string).replace(/\n$/, ''),
        });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-candor-state', 'data-candor-findings'] });
  }, CHANNEL);
}

const settledNow = (p: Page) => p.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-candor-state') === 'settled', CHANNEL, { polling: 20 });

test('settled always carries the findings of the text as it is then; pending while the text is newer', async () => {
  await page.evaluate(() => (window as any).__quill('channel').setText('', 'api'));
  await focusSlack(page);
  await settledNow(page);
  await record(page);
  // Typing pauses of varied length, some shorter than the debounce, some longer.
  const parts = ['Thanks Dana, ', 'per my last email, ', 'the numbers ', 'are in the folder. ', TEXTS['vague-ask']];
  for (const [i, part] of parts.entries()) {
    await page.keyboard.type(part, { delay: 15 });
    if (i % 2) await settledNow(page);
  }
  await settledNow(page);
  const seen: Seen[] = await page.evaluate(() => (window as any).__seen);
  const states = seen.filter((s) => s.attr === 'data-candor-state');
  expect(states.length, 'the state was written').toBeGreaterThanOrEqual(4);
  expect(
    seen.every((s) => s.onEditor),
    'Candor writes its attributes on the editor only',
  ).toBe(true);
  // Written on changes only: never the same value twice in a row.
  for (let i = 1; i < states.length; i++) expect(states[i].value).not.toBe(states[i - 1].value);
  const settledOnes = states.filter((s) => s.value === 'settled');
  expect(settledOnes.at(-1)!.text).toBe(parts.join('').trimEnd());
  for (const s of settledOnes) expect(s.findings, `settled on "${s.text}"`).toBe(expectedAttr(s.text, 'slack'));
  expect(settledOnes.at(-1)!.findings).toContain('passive-aggressive');
});

test('Candor’s only attributes on the composer are the findings and the state, none inside it', async () => {
  const attrs = await page.evaluate(
    (s) =>
      document
        .querySelector(s)!
        .getAttributeNames()
        .filter((n) => n.startsWith('data-candor')),
    CHANNEL,
  );
  expect(attrs.sort()).toEqual(['data-candor-findings', 'data-candor-state']);
  expect(await page.evaluate((s) => document.querySelectorAll(`${s} [data-candor-state], ${s} [data-candor-findings]`).length, CHANNEL)).toBe(0);
});

test('no network requests and no page errors', () => {
  expect(rig.networkLog).toEqual([]);
  expect(rig.consoleErrors).toEqual([]);
});
