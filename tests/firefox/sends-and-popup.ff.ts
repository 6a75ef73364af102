// Firefox-only checks on top of the shared composer contract (tests/e2e/contract, run on its
// Firefox driver by the same vitest project): on Slack, Gmail and Notion in one Firefox session,
// Apply + caret + Ctrl+Z (on Slack through the MAIN-world Quill bridge, whose reply is checked),
// a send counted once with only counts stored, then the toolbar popup showing every counted
// message per category, and no request leaving the machine over the whole session.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Category } from '../../lib/analysis/types';
import { CATEGORY_LIST, TEXTS, distinctiveWords, expectedAttr, replacementFinding } from '../e2e/coach-helpers';
import type { Session, Tab } from '../e2e/contract/driver';
import { firefoxDriver } from '../e2e/contract/firefox';
import { SITE_STEPS, type SiteSteps } from './support/sites';

let session: Session;
const tabs = new Map<string, Tab>();

beforeAll(async () => {
  session = await firefoxDriver();
});
afterAll(async () => {
  await session?.close();
});

async function tabFor(steps: SiteSteps): Promise<Tab> {
  let tab = tabs.get(steps.site);
  if (!tab) {
    tab = await session.open(steps.site);
    tabs.set(steps.site, tab);
  }
  return tab;
}

/** Wait until the composer shows `findings` for its current text (the "analysis settled" signal). */
async function settledOn(tab: Tab, selector: string, findings: string): Promise<void> {
  try {
    await tab.waitFor(
      ([s, want]) => {
        const el = document.querySelector(s);
        return el?.getAttribute('data-candor-state') === 'settled' && el.getAttribute('data-candor-findings') === want;
      },
      [selector, findings] as [string, string],
    );
  } catch {
    const [state, shown] = await Promise.all([tab.attribute(selector, 'data-candor-state'), tab.attribute(selector, 'data-candor-findings')]);
    expect({ state, shown }, `analysis of ${selector}`).toEqual({ state: 'settled', shown: findings });
  }
}

async function storedMessages(site: string): Promise<{ messages: number; raw: string }> {
  const raw = await session.extensionStorage();
  let messages = 0;
  for (const day of Object.values<any>(JSON.parse(raw).local?.stats?.days ?? {})) messages += day?.[site]?.messages ?? 0;
  return { messages, raw };
}

/** Open the hint card from the keyboard and press Apply with a real click. */
async function applyViaCard(tab: Tab): Promise<void> {
  await tab.press('Alt+Shift+KeyC');
  const applyButton = () => {
    const root = document.querySelector('candor-card')?.shadowRoot;
    const b = [...(root?.querySelectorAll('button') ?? [])].find((x) => x.getAttribute('aria-label')?.startsWith('Apply'));
    const r = b?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  };
  await tab.waitFor(applyButton, undefined, 5000).catch(async (err) => {
    const card = await tab.evaluate(() => {
      const root = document.querySelector('candor-card')?.shadowRoot;
      return root
        ? [...root.querySelectorAll('button, p, [role=status]')].map((b) => `${b.tagName}[${b.getAttribute('aria-label') ?? ''}] ${b.textContent}`).join(' | ')
        : '(no card)';
    });
    throw new Error(`no Apply button in the card: ${card}`, { cause: err });
  });
  const at = (await tab.evaluate(applyButton))!;
  await tab.clickAt(at.x, at.y);
}

const SENT_TEXT = `${TEXTS['passive-aggressive']} ${TEXTS['vague-ask']}`;
/** Per site, the categories of every message the app received (filled by the send tests). */
const received_: Record<string, Category[][]> = {};

describe.each(SITE_STEPS.map((s) => [s.site, s] as const))('%s', (_site, steps) => {
  const { site } = steps;

  test('the composer is hooked and settles clean', async () => {
    const tab = await tabFor(steps);
    const sel = await steps.fresh(tab);
    await settledOn(tab, sel, '');
    await steps.done(tab); // Gmail: one compose open at a time, as a person would have it
  });

  test('Apply replaces exactly the span, caret after it, Ctrl+Z restores', async () => {
    const text = Object.values(TEXTS).find((t) => replacementFinding(t, site));
    expect(text, 'a sample with a drop-in replacement').toBeTruthy();
    const f = replacementFinding(text!, site)!;
    const tab = await tabFor(steps);
    const sel = await steps.fresh(tab);
    await tab.type(text!);
    await settledOn(tab, sel, expectedAttr(text!, site));
    if (site === 'slack') {
      // The edit must go through Quill's API in the page's world (the MAIN-world bridge works on
      // Firefox MV2), not a DOM fallback.
      await tab.evaluate(() => {
        (window as any).__bridgeReplies = [];
        document.addEventListener('candor:quill-applied', (e) => (window as any).__bridgeReplies.push(JSON.parse((e as CustomEvent).detail)), true);
      });
    }
    await steps.placeCaret(tab, sel, f.start);
    await applyViaCard(tab);
    const replaced = text!.slice(0, f.start) + f.suggestion + text!.slice(f.end);
    try {
      await expect.poll(() => steps.modelText(tab, sel), { timeout: 5000 }).toBe(replaced);
    } finally {
      if (site === 'slack') expect(await tab.evaluate(() => (window as any).__bridgeReplies)).toEqual([expect.objectContaining({ ok: true })]);
    }
    expect(await steps.caret(tab, sel)).toBe(f.start + f.suggestion.length);
    await tab.press('Control+KeyZ');
    await expect.poll(() => steps.modelText(tab, sel), { timeout: 3000 }).toBe(text);
    await steps.done(tab);
  });

  test('a send reaches the app, is counted once, and stores no text', async () => {
    const tab = await tabFor(steps);
    const sel = await steps.fresh(tab);
    // Counted once, always: the stored count follows what the app received (on Notion, fresh()
    // itself just left the previous test's edited page).
    const counted = async () => (await storedMessages(site)).messages;
    const received = async () => (await steps.sentTexts(tab)).length;
    await expect.poll(counted, { timeout: 5000 }).toBe(await received());
    const before = await counted();
    await tab.type(SENT_TEXT);
    await settledOn(tab, sel, expectedAttr(SENT_TEXT, site));
    await steps.send(tab, sel);
    expect(await steps.lastSent(tab)).toContain(SENT_TEXT);
    expect(await received()).toBe(before + 1);
    await expect.poll(counted, { timeout: 5000 }).toBe(before + 1);
    await tab.pause(1000); // a second record would have been written by now
    const { messages, raw } = await storedMessages(site);
    expect(messages).toBe(before + 1);
    for (const w of distinctiveWords(SENT_TEXT)) expect(raw).not.toContain(w);
    received_[site] = (await steps.sentTexts(tab)).map((t) => expectedAttr(t, site).split(' ') as Category[]);
  });
});

test('the popup shows every counted message, per category', async () => {
  // Categories flagged in each message the apps received, as analyze() sees its text.
  const messages = Object.values(received_);
  expect(messages, 'one send test per site ran').toHaveLength(3);
  const all = messages.flat();
  const popup = await session.openPopup();
  const stat = (key: string) => popup.evaluate((k) => document.querySelector(`[data-stat="${k}"]`)?.textContent?.trim() ?? null, key);
  expect(await stat('messages')).toBe(String(all.length));
  for (const c of CATEGORY_LIST) expect(await stat(c), c).toBe(String(all.filter((cs) => cs.includes(c)).length));
  await popup.close();
});

test('no request left the machine and no page errors', async () => {
  expect(session.requests()).toEqual([]);
  expect(session.pageErrors()).toEqual([]);
});
