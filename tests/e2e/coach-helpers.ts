// Shared by the three content-script e2e files (slack/gmail/notion.e2e.ts): messages the engine
// flags per category, what the engine itself says about them (so a test asserts the content
// script shows exactly what analyze() finds), and small page helpers. Not a test file.

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { analyze } from '../../lib/analysis/index';
import type { Category, Finding, Site } from '../../lib/analysis/types';
import { readAllExtensionStorage, type Rig } from './support/browser';

/** One clear-cut message per category, plus a clean one. */
export const TEXTS = {
  'passive-aggressive': 'Per my last email, the numbers are already in the shared folder.',
  'vague-ask': 'Can someone take a look when you get a chance?',
  'missing-decision':
    'Option A: ship on Friday with the known export bug. Option B: wait a week and fix it first. Both have real tradeoffs and I can see it either way.',
  'wall-of-text': [
    'I looked into the flaky checkout tests this morning and it turns out the failures are not random at all,',
    'they happen whenever the payment sandbox takes longer than two seconds to answer, which is most afternoons',
    'because that is when the shared staging cluster runs its nightly batch jobs for the European region,',
    'and since our retry logic only waits one second before giving up the whole suite goes red even though',
    'nothing in our code changed, so I tried raising the timeout locally and the tests passed twenty times',
    'in a row, but I am not sure whether we should raise it in the shared config or mock the sandbox',
    'entirely for these tests, and there is also the question of whether the batch jobs could move to',
    'a different window, which would need someone from the platform team to agree to it, and I do not know',
    'who owns that schedule now that the old infrastructure group was split into three smaller teams last',
    'quarter, so I wanted to write all of this down before I forget the details of what I found today.',
  ].join(' '),
  clean: 'Thanks Dana, I will send the release notes by 3pm on Thursday.',
} as const satisfies Record<Category | 'clean', string>;

export const CATEGORY_LIST: Category[] = ['vague-ask', 'wall-of-text', 'missing-decision', 'passive-aggressive'];

/** The categories analyze() flags in `text` on `site`, as the attribute spells them. */
export function expectedAttr(text: string, site: Site): string {
  return [...new Set(analyze(text, { site }).findings.map((f) => f.category))].sort().join(' ');
}

/** The first finding with a drop-in replacement, if any. */
export function replacementFinding(text: string, site: Site): Finding | undefined {
  return analyze(text, { site }).findings.find((f) => f.replacement);
}

export function attr(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.getAttribute('data-candor-findings') ?? null, selector);
}

/** Wait until the composer's attribute equals `value` (analysis runs on a typing pause). */
export async function waitAttr(page: Page, selector: string, value: string, timeout = 8000): Promise<void> {
  try {
    await page.waitForFunction(([s, v]) => document.querySelector(s!)?.getAttribute('data-candor-findings') === v, [selector, value] as const, {
      timeout,
      polling: 50,
    });
  } catch {
    expect(await attr(page, selector), `data-candor-findings on ${selector}`).toBe(value);
  }
}

/**
 * Wait until the composer's analysis has settled (data-candor-state, lib/dom/analysis-state.ts):
 * what it shows is for its text as it is now. Returns data-candor-findings then.
 */
export async function waitSettled(page: Page, selector: string, timeout = 8000): Promise<string | null> {
  await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-candor-state') === 'settled', selector, {
    timeout,
    polling: 50,
  });
  return attr(page, selector);
}

/** Every element on the page that carries the attribute (selectors of their own, for messages). */
export function attributedElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-candor-findings]')].map((e) => {
      const qa = e.getAttribute('data-qa') ?? '';
      const label = e.getAttribute('aria-label') ?? '';
      return `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}[qa=${qa}][label=${label}]`;
    }),
  );
}

/** Write settings the way the popup does (chrome.storage.local "settings"), from the extension. */
export async function setSettings(rig: Rig, settings: object): Promise<void> {
  const worker = rig.serviceWorker();
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(async (s) => {
    await (globalThis as any).chrome.storage.local.set({ settings: s });
  }, settings);
}

/** Messages counted for `site` in the stored weekly stats (summed over days). */
export async function storedMessages(rig: Rig, site: Site): Promise<{ messages: number; raw: string }> {
  const raw = await readAllExtensionStorage(rig);
  const stats = JSON.parse(raw).local?.stats;
  let messages = 0;
  for (const day of Object.values<any>(stats?.days ?? {})) messages += day?.[site]?.messages ?? 0;
  return { messages, raw };
}

/** Wait for the stored count to reach `n` (the background writes asynchronously). */
export async function waitStoredMessages(rig: Rig, site: Site, n: number, timeout = 5000): Promise<string> {
  const end = Date.now() + timeout;
  for (;;) {
    const { messages, raw } = await storedMessages(rig, site);
    if (messages >= n || Date.now() > end) {
      expect(messages, `stored ${site} messages`).toBeGreaterThanOrEqual(n);
      return raw;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Words of a message that must never appear in storage (long ones, to avoid chance matches). */
export function distinctiveWords(text: string): string[] {
  return [...new Set(text.match(/[A-Za-z]{7,}/g) ?? [])];
}

/** Open the hint card from the keyboard and press its Apply button. */
export async function applyViaCard(page: Page): Promise<void> {
  await page.keyboard.press('Alt+Shift+KeyC');
  const apply = page.getByRole('button', { name: /^Apply/ });
  await apply.first().waitFor({ state: 'visible', timeout: 5000 });
  await apply.first().click();
}

/** Click the first underlined words of `category` (opens the card) and press its Apply button. */
export async function applyViaClick(page: Page, category: Category): Promise<void> {
  const point = await page.evaluate((c) => {
    const h = (CSS as any).highlights?.get(`candor-${c}`);
    const r = h ? ([...h][0] as Range | undefined) : undefined;
    const box = r?.getClientRects()[0];
    return box ? { x: box.left + Math.min(8, box.width / 2), y: box.top + box.height / 2 } : null;
  }, category);
  expect(point, `an underline for ${category}`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  await page.mouse.click(point!.x, point!.y);
  const apply = page.getByRole('button', { name: /^Apply/ });
  await apply.first().waitFor({ state: 'visible', timeout: 5000 });
  await apply.first().click();
}
