// The content script on the Slack fixture (real Quill 1): which composers are hooked, what gets
// flagged, that typing, apply, caret and undo reach Quill's model intact, that sending still works
// and leaves only counts in storage, and that nothing goes to the network.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import {
  CATEGORY_LIST,
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
  waitStoredMessages,
} from './coach-helpers';
import { launchBrowser, type Rig } from './support/browser';
import { COMPOSER_SELECTORS as SEL, focusSlack, slackComposerText, typeLikeAPerson } from './support/page';

let rig: Rig;
let page: Page;

/** Empty the channel composer; when hooked, wait until the empty text has been analysed too. */
async function resetChannel(p: Page = page, hooked = p === page): Promise<void> {
  await p.evaluate(() => {
    const q = (window as any).__quill('channel');
    q.setText('', 'api');
    q.history.clear();
  });
  await focusSlack(p, 'channel');
  if (hooked) await waitAttr(p, SEL.slack, '');
}

async function channelText(p: Page = page): Promise<string> {
  return (await slackComposerText(p, 'channel'))!;
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
  test('the channel composer is hooked and the search box is not', async () => {
    expect(await attr(page, SEL.slack)).toBe('');
    expect(await attr(page, SEL.slackSearch)).toBeNull();
    expect(await attributedElements(page)).toHaveLength(1);
  });

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

  test('typing in the search box never analyses it', async () => {
    await focusSlack(page, 'search');
    await page.keyboard.type(TEXTS['passive-aggressive']);
    await page.waitForTimeout(1200);
    expect(await attr(page, SEL.slackSearch)).toBeNull();
    expect(await attributedElements(page)).toHaveLength(1);
    await page.keyboard.press('Enter');
  });
});

describe('flags', () => {
  test.each(CATEGORY_LIST)('%s is flagged in the channel composer', async (category) => {
    await resetChannel();
    const text = TEXTS[category];
    const expected = expectedAttr(text, 'slack');
    expect(expected.split(' '), `the engine flags "${category}" in its sample`).toContain(category);
    if (text.length > 200) await page.keyboard.insertText(text);
    else await page.keyboard.type(text);
    await waitAttr(page, SEL.slack, expected);
  });

  test('clean text clears the flags', async () => {
    await resetChannel();
    await page.keyboard.type(TEXTS['passive-aggressive']);
    await waitAttr(page, SEL.slack, expectedAttr(TEXTS['passive-aggressive'], 'slack'));
    await resetChannel();
    expect(expectedAttr(TEXTS.clean, 'slack')).toBe('');
    await page.keyboard.type(TEXTS.clean);
    await waitAttr(page, SEL.slack, '');
    await page.waitForTimeout(900);
    expect(await attr(page, SEL.slack)).toBe('');
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
  // Multi-line, punctuation, a pause mid-message (so an analysis and the attribute write happen
  // while typing), then more typing.
  const LINES = ['Quick one: per my last email, can someone look at the deploy?', 'Thanks — and sorry for the noise!'];

  async function typeMessage(p: Page): Promise<string> {
    await resetChannel(p);
    await typeLikeAPerson(p, LINES[0], { delay: 8 });
    await p.waitForTimeout(700);
    await typeLikeAPerson(p, '\n' + LINES[1], { delay: 8, newline: 'Shift+Enter' });
    await p.waitForTimeout(700);
    return channelText(p);
  }

  test('typed text reaches Quill exactly as with the extension off', async () => {
    const withExtension = await typeMessage(page);
    const off = await launchBrowser({ extension: false });
    try {
      const plain = await off.open('slack');
      const without = await typeMessage(plain);
      expect(withExtension).toBe(without);
      expect(withExtension).toBe(LINES.join('\n') + '\n');
    } finally {
      await off.close();
    }
    expect(await attr(page, SEL.slack)).not.toBeNull();
  });

  test('undo still undoes the user’s own typing after analyses ran', async () => {
    await resetChannel();
    await page.keyboard.type('First part.');
    await page.waitForTimeout(1300); // Quill's history groups edits within 1 s
    await page.keyboard.type(' Second part.');
    await page.waitForTimeout(700);
    await page.keyboard.press('Control+z');
    expect(await channelText(page)).toBe('First part.\n');
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
    expect(await channelText(page)).toBe(text + '\n');
  });
});

describe('sending', () => {
  test('Enter still sends, and only counts are stored', async () => {
    const before = (await storedMessages(rig, 'slack')).messages;
    const text = TEXTS['passive-aggressive'] + ' ' + TEXTS['vague-ask'];
    await resetChannel();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    const sent = await page.evaluate(() => (window as any).__sent.at(-1));
    expect(sent).toMatchObject({ composer: 'channel', text, via: 'enter' });
    expect(await channelText(page)).toBe('\n');
    const raw = await waitStoredMessages(rig, 'slack', before + 1);
    for (const w of distinctiveWords(text)) expect(raw).not.toContain(w);
  });

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
    expect(await channelText(page)).toBe('Thanks @Dana Weber \n');
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
    await page.waitForTimeout(900);
    expect(await attr(page, SEL.slack)).toBe('');
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
