// The popup on the built extension: counts after real sends on the fixture apps, the figures for
// seeded records, the "on this site" and "pause everywhere" switches acting on open tabs, the
// corrupted-stats notice, accessibility (axe, light and dark), and no message text in storage.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Category } from '../../lib/analysis/types';
import { TEXTS, attr, distinctiveWords, expectedAttr, waitAttr, waitStoredMessages } from './coach-helpers';
import { clearStorage, openExtensionPage, record, runAxe, sendRecords, stat } from './extension-pages';
import { launchBrowser, readAllExtensionStorage, type Rig } from './support/browser';
import { COMPOSER_SELECTORS as SEL, focusSlack, typeLikeAPerson } from './support/page';

const CATEGORIES: Category[] = ['vague-ask', 'wall-of-text', 'missing-decision', 'passive-aggressive'];
const WEEK = 7 * 86_400_000;

let rig: Rig;
let popup: Page;

beforeAll(async () => {
  rig = await launchBrowser({ extension: true });
  popup = await openExtensionPage(rig, 'popup.html');
});
afterAll(async () => {
  await rig?.close();
});
beforeEach(async () => {
  await clearStorage(popup);
  await popup.reload();
  await popup.waitForSelector('[data-stat="messages"]');
});

async function counts(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = { messages: await stat(page, 'messages') };
  for (const c of CATEGORIES) out[c] = await stat(page, c);
  return out;
}

describe('figures', () => {
  test('empty state: explains what will appear and shows zeros', async () => {
    expect(await counts(popup)).toEqual({
      messages: '0',
      'vague-ask': '0',
      'wall-of-text': '0',
      'missing-decision': '0',
      'passive-aggressive': '0',
    });
    await expect.poll(() => popup.getByRole('heading', { name: 'Your week will appear here' }).count()).toBe(1);
    expect(await popup.locator('main').innerText()).toContain('Never the text of a message');
    expect(await popup.locator('[data-top-pattern]').count()).toBe(0);
  });

  test('records become this week’s counts, changes from last week, trends and the top tip', async () => {
    const now = Date.now();
    await sendRecords(popup, [
      record({ categories: ['vague-ask'], flaggedWhileWriting: ['vague-ask'] }),
      record({ categories: ['vague-ask', 'passive-aggressive'] }),
      record({ site: 'gmail', flaggedWhileWriting: ['wall-of-text'], hintsApplied: 1, wordCount: 240 }),
      record({ site: 'notion', categories: ['missing-decision'] }),
      // Last week (same weekday a week ago is always last week, whatever the locale).
      record({ time: now - WEEK, categories: ['vague-ask'] }),
      record({ time: now - WEEK, categories: ['wall-of-text'] }),
      // Four weeks ago: only in the trend.
      record({ time: now - 4 * WEEK, categories: ['passive-aggressive'] }),
    ]);
    await expect.poll(() => stat(popup, 'messages')).toBe('4');
    expect(await counts(popup)).toEqual({
      messages: '4',
      'vague-ask': '2',
      'wall-of-text': '0',
      'missing-decision': '1',
      'passive-aggressive': '1',
    });
    const row = (c: Category) => popup.locator('li.category', { has: popup.locator(`[data-stat="${c}"]`) });
    // Spoken wording (visually hidden) and the visible short form; rate per 100 messages sent.
    expect(await row('vague-ask').innerText()).toContain('1 more than last week');
    expect(await row('wall-of-text').innerText()).toContain('1 fewer than last week');
    expect(await row('vague-ask').innerText()).toContain('▲ 1 vs last week');
    expect(await row('vague-ask').innerText()).toContain('50 per 100');
    // Fix rate: 5 patterns raised this week (vague-ask ×2, passive-aggressive, wall-of-text,
    // missing-decision), 1 gone at send.
    expect(await stat(popup, 'fix-rate')).toBe('20%');
    // The chart's accessible name carries the numbers, oldest week first, this week last.
    const chart = await row('passive-aggressive').locator('svg[role="img"]').getAttribute('aria-label');
    expect(chart).toMatch(/Passive-aggressive per week, last 8 weeks/);
    expect(
      chart!
        .split('—')[1]
        .match(/: (\d+)/g)!
        .map((s) => Number(s.slice(2))),
    ).toEqual([0, 0, 0, 1, 0, 0, 0, 1]);
    // Most frequent in the last four weeks: vague ask (3), with its concrete tip.
    const tip = popup.locator('[data-top-pattern]');
    expect(await tip.getAttribute('data-top-pattern')).toBe('vague-ask');
    expect(await tip.innerText()).toMatch(/Lead with the ask, and name who should do it and by when/);
    expect(await popup.getByRole('heading', { name: 'Your week will appear here' }).count()).toBe(0);
  });

  test('malformed records are refused and never counted', async () => {
    const replies = await popup.evaluate(async () => {
      const send = (m: unknown) => (globalThis as any).chrome.runtime.sendMessage(m);
      return [await send({ type: 'record', record: { site: 'twitter' } }), await send({ type: 'record', record: 'x' })];
    });
    expect(replies).toEqual([{ ok: false }, { ok: false }]);
    await popup.reload();
    expect(await stat(popup, 'messages')).toBe('0');
  });

  test('corrupted stats are reset with a notice, never a crash', async () => {
    await popup.evaluate(() => (globalThis as any).chrome.storage.local.set({ stats: { schema: 1, days: { nope: 3 } } }));
    await popup.reload();
    const notice = popup.getByText('Your saved stats could not be read and were reset.');
    await notice.waitFor();
    expect(await stat(popup, 'messages')).toBe('0');
    // Counting carries on from the fresh value.
    await sendRecords(popup, [record()]);
    await expect.poll(() => stat(popup, 'messages')).toBe('1');
    await popup.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await stat(popup, 'messages')).toBe('1');
  });
});

describe('full path: sending on the fixture apps', () => {
  test('Slack and Gmail sends show up in the popup, and no typed text is stored', async () => {
    const expected: Record<string, number> = { messages: 0 };
    for (const c of CATEGORIES) expected[c] = 0;
    const note = (attrValue: string) => {
      expected.messages++;
      for (const c of attrValue.split(' ').filter(Boolean)) expected[c]++;
    };

    const slack = await rig.open('slack');
    await waitAttr(slack, SEL.slack, '');
    const slackTexts = [TEXTS['vague-ask'], TEXTS['passive-aggressive'], TEXTS.clean];
    for (const [i, text] of slackTexts.entries()) {
      await focusSlack(slack, 'channel');
      await typeLikeAPerson(slack, text);
      // What the page shows at send is what the stats must count.
      const shown = expectedAttr(text, 'slack');
      await waitAttr(slack, SEL.slack, shown);
      note(shown);
      await slack.keyboard.press('Enter');
      await waitStoredMessages(rig, 'slack', i + 1);
    }

    const gmail = await rig.open('gmail', { compose: 'none' });
    const id = await gmail.evaluate(() => (window as any).__gmail.openCompose('new').getAttribute('data-compose-id'));
    const body = `.M9[data-compose-id="${id}"] [g_editable="true"]`;
    await waitAttr(gmail, body, '');
    // A new message needs a recipient and a subject, or the fixture refuses it like Gmail does.
    await gmail.fill(`.M9[data-compose-id="${id}"] input[name=to]`, 'ravi@example.com');
    await gmail.fill(`.M9[data-compose-id="${id}"] input[name=subjectbox]`, 'Options');
    await gmail.evaluate((s) => (window as any).__gmail.focusBody(document.querySelector(s)!.closest('.M9')), body);
    const mail = TEXTS['missing-decision'];
    await gmail.keyboard.type(mail);
    const shownMail = expectedAttr(mail, 'gmail');
    await waitAttr(gmail, body, shownMail);
    note(shownMail);
    await gmail.keyboard.press('Control+Enter');
    await waitStoredMessages(rig, 'gmail', 1);

    // Sanity: the engine really flagged something, or this test would prove little.
    expect(expected['vague-ask'] + expected['passive-aggressive'] + expected['missing-decision']).toBeGreaterThan(0);

    await popup.reload();
    await popup.waitForSelector('[data-stat="messages"]');
    await expect.poll(() => counts(popup)).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, String(v)])));

    const stored = await readAllExtensionStorage(rig);
    for (const text of [...slackTexts, mail]) {
      for (const w of distinctiveWords(text)) expect(stored, `"${w}" found in storage`).not.toContain(w);
    }
    await slack.close();
    await gmail.close();
  });
});

describe('switches', () => {
  /** The popup as it opens over a Slack tab: it reads the active tab when it loads. */
  async function popupOver(tab: Page): Promise<void> {
    await tab.bringToFront();
    await popup.reload();
    await popup.getByRole('switch', { name: /On this site \(Slack\)/ }).waitFor();
  }

  test('"On this site" and "Pause everywhere" switch hints off and on in the open tab', async () => {
    const slack = await rig.open('slack');
    await waitAttr(slack, SEL.slack, '');
    await focusSlack(slack, 'channel');
    // Any message the engine flags on Slack will do (rules evolve; the switch is what's tested).
    const text = [TEXTS['passive-aggressive'], TEXTS['vague-ask'], TEXTS['missing-decision']].find((t) => expectedAttr(t, 'slack') !== '');
    expect(text, 'a message the engine flags on Slack').toBeDefined();
    await typeLikeAPerson(slack, text!);
    const flagged = expectedAttr(text!, 'slack');
    await waitAttr(slack, SEL.slack, flagged);
    const highlights = () => slack.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('candor-') && CSS.highlights.get(k)!.size > 0));
    await expect.poll(highlights).not.toEqual([]);

    await popupOver(slack);
    const site = popup.getByRole('switch', { name: /On this site/ });
    expect(await site.isChecked()).toBe(true);
    await site.click();
    await waitAttr(slack, SEL.slack, '');
    await expect.poll(highlights).toEqual([]);
    const settings = async () => JSON.parse(await readAllExtensionStorage(rig)).local.settings;
    expect((await settings()).sites).toEqual({ slack: false, gmail: true, notion: true });
    // The user's text is untouched.
    expect(await slack.evaluate(() => (window as any).__quill('channel').getText())).toBe(text + '\n');

    await site.click();
    await waitAttr(slack, SEL.slack, flagged);

    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await waitAttr(slack, SEL.slack, '');
    expect(await site.isDisabled()).toBe(true);
    expect((await settings()).paused).toBe(true);
    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await waitAttr(slack, SEL.slack, flagged);
    expect(await attr(slack, SEL.slack)).toBe(flagged);
    await slack.close();
  });

  test('over a page Candor does not coach, the popup says where the switch lives', async () => {
    await popup.bringToFront();
    await popup.reload();
    await popup.waitForSelector('[data-stat="messages"]');
    expect(await popup.getByRole('switch', { name: /On this site/ }).count()).toBe(0);
    expect(await popup.locator('main').innerText()).toContain('Open Slack, Gmail or Notion in this tab');
  });
});

describe('quality', () => {
  test.each(['light', 'dark'] as const)('axe: no serious or critical violations (%s, empty and with data)', async (scheme) => {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.reload();
    await popup.waitForSelector('[data-stat="messages"]');
    const empty = await runAxe(popup);
    await sendRecords(popup, [
      record({ categories: ['vague-ask'] }),
      record({ time: Date.now() - WEEK, categories: ['wall-of-text'], flaggedWhileWriting: ['vague-ask'] }),
    ]);
    await popup.reload();
    await popup.waitForSelector('[data-top-pattern]');
    const full = await runAxe(popup);
    console.log(`axe popup ${scheme}: empty [${empty.all.join('; ') || 'none'}], data [${full.all.join('; ') || 'none'}]`);
    expect(empty.serious).toEqual([]);
    expect(full.serious).toEqual([]);
    await popup.emulateMedia({ colorScheme: null });
  });

  test('everything is reachable with the keyboard, in order', async () => {
    await popup.reload();
    await popup.waitForSelector('[data-stat="messages"]');
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      await popup.keyboard.press('Tab');
      names.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return `${el.tagName.toLowerCase()}:${el.getAttribute('role') ?? ''}:${(el.textContent || el.id).trim()}`;
        }),
      );
    }
    expect(names[0]).toBe('button::Settings');
    expect(names).toContain('input:switch:pause');
    // Space toggles the focused switch.
    await popup.focus('#pause');
    await popup.keyboard.press('Space');
    await expect.poll(async () => JSON.parse(await readAllExtensionStorage(rig)).local.settings?.paused).toBe(true);
    await popup.keyboard.press('Space');
    await expect.poll(async () => JSON.parse(await readAllExtensionStorage(rig)).local.settings?.paused).toBe(false);
  });

  test('the Settings link opens the options page (and the popup closes, as a popup does)', async () => {
    const [options] = await Promise.all([
      rig.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') }),
      popup.getByRole('button', { name: 'Settings', exact: true }).click(),
    ]);
    await options.waitForSelector('[data-testid="site-slack"]');
    await options.close();
    popup = await openExtensionPage(rig, 'popup.html');
  });
});
