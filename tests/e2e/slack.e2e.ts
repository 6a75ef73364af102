// Slack's quirks beyond the composer contract (tests/e2e/contract: hooked, flags, clean, typed
// text intact, apply/caret/undo, Enter sends once, search untouched, no network, on every Slack
// variant): thread and edit composers coming and going, flags clearing in place, inline code read
// as code, Quill's undo history, Apply keeping bold through the bridge, the send button, Enter
// picking a mention, settings and "don't flag this again".

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import {
  TEXTS,
  applyViaCard,
  attr,
  attributedElements,
  distinctiveWords,
  expectedAttr,
  replacementFinding,
  setSettings,
  storedMessages,
  waitAttr,
  waitSettled,
  waitStoredMessages,
} from './coach-helpers';
import { launchBrowser, type Rig } from './support/browser';
import { COMPOSER_SELECTORS as SEL, focusSlack, slackComposerText } from './support/page';

let rig: Rig;
let page: Page;

/** Empty the channel composer and wait until the empty text has been analysed too. */
async function resetChannel(): Promise<void> {
  await page.evaluate(() => {
    const q = (window as any).__quill('channel');
    q.setText('', 'api');
    q.history.clear();
  });
  await focusSlack(page, 'channel');
  expect(await waitSettled(page, SEL.slack)).toBe('');
}

async function channelText(): Promise<string> {
  return (await slackComposerText(page, 'channel'))!;
}

beforeAll(async () => {
  rig = await launchBrowser();
  page = await rig.open('slack');
  await waitAttr(page, SEL.slack, '');
});

afterAll(async () => {
  await rig?.close();
});

describe('hooking', () => {
  test('thread and edit composers are picked up when they appear and released when they go', async () => {
    await page.evaluate(() => (window as any).__slack.openThread(0));
    await waitAttr(page, SEL.slackThread, '');
    await page.evaluate(() => (window as any).__slack.editLast());
    await waitAttr(page, SEL.slackEdit, '');
    expect(await attributedElements(page)).toHaveLength(3);

    await page.evaluate(() => {
      (window as any).__slack.closeThread();
      (document.querySelector('[data-qa="cancel_edit"]') as HTMLElement).click();
    });
    await page.waitForFunction(() => document.querySelectorAll('[data-candor-findings]').length === 1);
    expect(await attr(page, SEL.slack)).toBe('');
  });
});

describe('flags', () => {
  test('clean text clears the flags', async () => {
    await resetChannel();
    await page.keyboard.type(TEXTS['passive-aggressive']);
    await waitAttr(page, SEL.slack, expectedAttr(TEXTS['passive-aggressive'], 'slack'));
    await resetChannel();
    expect(expectedAttr(TEXTS.clean, 'slack')).toBe('');
    await page.keyboard.type(TEXTS.clean);
    expect(await waitSettled(page, SEL.slack)).toBe('');
  });

  test('inline code is read as code, not prose', async () => {
    await resetChannel();
    const asCode = 'Please run `per my last email` before the release.';
    const prose = 'Please run per my last email before the release.';
    expect(expectedAttr(prose, 'slack')).toContain('passive-aggressive');
    // The prose version first, so the wait below proves a fresh analysis ran.
    await page.keyboard.type(prose);
    await waitAttr(page, SEL.slack, expectedAttr(prose, 'slack'));
    const expected = expectedAttr(asCode, 'slack');
    expect(expected).not.toContain('passive-aggressive');
    await page.evaluate(() => {
      const q = (window as any).__quill('channel');
      q.setContents([{ insert: 'Please run ' }, { insert: 'per my last email', attributes: { code: true } }, { insert: ' before the release.\n' }], 'user');
    });
    await waitAttr(page, SEL.slack, expected);
  });

  test('a thread reply is analysed on its own', async () => {
    await page.evaluate(() => (window as any).__slack.openThread(0));
    await waitAttr(page, SEL.slackThread, '');
    await focusSlack(page, 'thread');
    await page.keyboard.type(TEXTS['vague-ask']);
    await waitAttr(page, SEL.slackThread, expectedAttr(TEXTS['vague-ask'], 'slack'));
    await page.evaluate(() => (window as any).__slack.closeThread());
  });
});

describe('never lose a character', () => {
  test('undo still undoes the user’s own typing after analyses ran', async () => {
    await resetChannel();
    await page.keyboard.type('First part.');
    await page.waitForTimeout(1300); // Quill's history groups edits within 1 s
    await page.keyboard.type(' Second part.');
    await waitSettled(page, SEL.slack);
    await page.keyboard.press('Control+z');
    expect(await channelText()).toBe('First part.\n');
  });
});

describe('apply', () => {
  const sample = Object.values(TEXTS).find((t) => replacementFinding(t, 'slack'));

  test('a sample with a drop-in replacement exists', () => {
    expect(sample, 'no sample text has a replacement finding').toBeTruthy();
  });

  test('Apply replaces exactly the span through Quill, keeps bold, caret after it, Ctrl+Z restores', async () => {
    const text = sample!;
    const f = replacementFinding(text, 'slack')!;
    await resetChannel();
    await page.keyboard.type(text);
    await waitAttr(page, SEL.slack, expectedAttr(text, 'slack'));
    // Bold the flagged words: the replacement must keep that format.
    await page.evaluate(
      ([s, e]) => {
        const q = (window as any).__quill('channel');
        q.formatText(s, e - s, 'bold', true, 'user');
        q.history.cutoff();
        q.setSelection(s, 0, 'user');
      },
      [f.start, f.end],
    );
    await page.waitForTimeout(600);

    // Observe the MAIN-world bridge's answer: the edit must go through Quill's API, not the
    // execCommand fallback.
    await page.evaluate(() => {
      (window as any).__bridgeReplies = [];
      document.addEventListener('candor:quill-applied', (e) => (window as any).__bridgeReplies.push(JSON.parse((e as CustomEvent).detail)), true);
    });
    await applyViaCard(page);
    const replaced = text.slice(0, f.start) + f.suggestion + text.slice(f.end);
    await page.waitForFunction((want) => (window as any).__quill('channel').getText() === want, replaced + '\n');
    const state = await page.evaluate(() => {
      const q = (window as any).__quill('channel');
      return { sel: q.getSelection(), ops: q.getContents().ops };
    });
    expect(await page.evaluate(() => (window as any).__bridgeReplies)).toEqual([expect.objectContaining({ ok: true })]);
    expect(state.sel).toEqual({ index: f.start + f.suggestion.length, length: 0 });
    const boldRun = state.ops.find((op: any) => op.attributes?.bold);
    expect(boldRun?.insert).toBe(f.suggestion);

    await page.keyboard.press('Control+z');
    expect(await channelText()).toBe(text + '\n');
  });
});

describe('sending', () => {
  test('the send button still sends and is recorded', async () => {
    const before = (await storedMessages(rig, 'slack')).messages;
    await resetChannel();
    await page.keyboard.type(TEXTS.clean);
    await page.click('.p-message_pane_input button[data-qa="texty_send_button"]');
    expect(await page.evaluate(() => (window as any).__sent.at(-1))).toMatchObject({ text: TEXTS.clean, via: 'button' });
    const raw = await waitStoredMessages(rig, 'slack', before + 1);
    for (const w of distinctiveWords(TEXTS.clean)) expect(raw).not.toContain(w);
  });

  test('Enter that picks a mention does not record a message', async () => {
    await page.waitForTimeout(300);
    const before = (await storedMessages(rig, 'slack')).messages;
    await resetChannel();
    await page.keyboard.type('Thanks @da');
    await page.waitForFunction(() => (window as any).__slack.menuOpen());
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(await channelText()).toBe('Thanks @Dana Weber \n');
    expect((await storedMessages(rig, 'slack')).messages).toBe(before);
  });
});

describe('settings', () => {
  test('pausing removes every hint at once and resuming brings them back, without reload', async () => {
    const text = TEXTS['passive-aggressive'];
    await resetChannel();
    await page.keyboard.type(text);
    await waitAttr(page, SEL.slack, expectedAttr(text, 'slack'));
    await setSettings(rig, { ...DEFAULT_SETTINGS, paused: true });
    await waitAttr(page, SEL.slack, '', 2000);
    expect(await page.evaluate(() => document.querySelectorAll('[data-candor-ui]').length)).toBe(0);
    await page.keyboard.type(' Really.');
    // Paused: nothing is due for the new text, and nothing is shown.
    expect(await waitSettled(page, SEL.slack)).toBe('');
    await setSettings(rig, { ...DEFAULT_SETTINGS, sites: { slack: true, gmail: true, notion: true } });
    await waitAttr(page, SEL.slack, expectedAttr(text + ' Really.', 'slack'));
  });

  test('turning Slack off in settings clears it too', async () => {
    await setSettings(rig, { ...DEFAULT_SETTINGS, sites: { slack: false, gmail: true, notion: true } });
    await waitAttr(page, SEL.slack, '', 2000);
    await setSettings(rig, DEFAULT_SETTINGS);
  });
});

describe('don’t flag this again', () => {
  test('adds the phrase to the never-flag list and the hint goes away', async () => {
    const text = TEXTS['passive-aggressive'];
    await resetChannel();
    await page.keyboard.type(text);
    await waitAttr(page, SEL.slack, expectedAttr(text, 'slack'));
    await page.evaluate(() => (window as any).__quill('channel').setSelection(0, 0, 'user'));
    await page.keyboard.press('Alt+Shift+KeyC');
    const never = page.getByRole('button', { name: /flag this again/i });
    await never.first().waitFor({ state: 'visible', timeout: 5000 });
    await never.first().click();
    await page.waitForFunction(() => !document.querySelector('.ql-editor')!.getAttribute('data-candor-findings')!.includes('passive-aggressive'));
    const worker = rig.serviceWorker()!;
    const stored = await worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings);
    expect(stored.ignoredPhrases).toContain('per my last email');
    await setSettings(rig, DEFAULT_SETTINGS);
  });
});

test('no network requests and no page errors', () => {
  expect(rig.networkLog).toEqual([]);
  expect(rig.consoleErrors).toEqual([]);
});
