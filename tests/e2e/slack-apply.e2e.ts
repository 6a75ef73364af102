// Apply on Slack goes only through the MAIN-world Quill bridge and is verified (SITES.md "What
// changed in 2026": Slack's fork ignores hand-set sub-range selections and may miss execCommand
// edits). Default fixture: the bridge announces itself, Apply reaches Quill's model, the caret
// lands after it, Ctrl+Z undoes it, and embeds next to the span survive. ?fork=1 (no __quill):
// Apply is not offered, Copy works, and the editor's DOM and model never change. A bridge whose
// edit does not verify (fixture hook) reports failure and leaves the text as it was.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEXTS, applyViaCard, expectedAttr, replacementFinding, waitAttr } from './coach-helpers';
import { launchBrowser, type Rig } from './support/browser';
import { COMPOSER_SELECTORS as SEL } from './support/page';
import { focusedInCard, pingFromPage, quillState, recordHellos, setChannel, shown, statusText } from './support/slack-apply';

let rig: Rig;
let page: Page;
let fork: Page;

const SAMPLE = TEXTS['passive-aggressive'];
const FINDING = replacementFinding(SAMPLE, 'slack')!;
const REPLACED = SAMPLE.slice(0, FINDING.start) + FINDING.suggestion + SAMPLE.slice(FINDING.end);

beforeAll(async () => {
  rig = await launchBrowser();
  page = await rig.open('slack', undefined, { beforeGoto: recordHellos });
  fork = await rig.open('slack', { fork: '1' }, { beforeGoto: recordHellos });
  await rig.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://app.slack.com' });
  await waitAttr(page, SEL.slack, '');
  await waitAttr(fork, SEL.slack, '');
});

afterAll(async () => {
  await rig?.close();
});

describe('the bridge', () => {
  test('announces itself once, versioned and without any text, and answers a ping', async () => {
    expect(await page.evaluate(() => (window as any).__hellos)).toEqual([JSON.stringify({ v: 1 })]);
    expect(await pingFromPage(page)).toEqual({ v: 1, id: 'test-ping', quill: true });
  });

  test('in fork mode it is there but cannot reach Quill, so it says so', async () => {
    expect(await fork.evaluate(() => (document.querySelector('.ql-container') as any).__quill)).toBeUndefined();
    expect(await pingFromPage(fork)).toEqual({ v: 1, id: 'test-ping', quill: false });
  });
});

describe('default fixture: Apply through Quill', () => {
  test('changes the text, getText() equals what is shown, caret after it, Ctrl+Z undoes it', async () => {
    await setChannel(page, SAMPLE);
    await waitAttr(page, SEL.slack, expectedAttr(SAMPLE, 'slack'));
    await applyViaCard(page);
    await page.waitForFunction((want) => (window as any).__quill('channel').getText() === want, REPLACED + '\n');
    const state = await quillState(page);
    expect(await shown(page)).toBe(state.text);
    expect(state.sel).toEqual({ index: FINDING.start + FINDING.suggestion.length, length: 0 });
    // The DOM caret is where Quill thinks it is (a typed key lands there).
    await page.keyboard.type('X');
    expect((await quillState(page)).text.slice(0, FINDING.suggestion.length + 1)).toBe(`${FINDING.suggestion}X`);
    await page.keyboard.press('Control+z');
    expect((await quillState(page)).text).toBe(REPLACED + '\n');
    await page.keyboard.press('Control+z');
    expect((await quillState(page)).text).toBe(SAMPLE + '\n');
    expect(await shown(page)).toBe(SAMPLE + '\n');
  });

  test('a replacement right before an emoji keeps the emoji and does not cross it', async () => {
    const text = 'Per my last email, the numbers are already in the shared folder.';
    const at = text.indexOf(',') + 1;
    await setChannel(page, text, [[at, 'emoji', ':smile:']]);
    const read = text.slice(0, at) + ':smile:' + text.slice(at);
    await waitAttr(page, SEL.slack, expectedAttr(read, 'slack'));
    const f = replacementFinding(read, 'slack')!;
    expect(f.end, 'the flagged words end at the emoji').toBe(at);
    await applyViaCard(page);
    const want = f.suggestion + text.slice(at) + '\n';
    await page.waitForFunction((w) => (window as any).__quill('channel').getText() === w, want);
    const { ops } = await quillState(page);
    expect(ops).toEqual([{ insert: f.suggestion }, { insert: { emoji: ':smile:' } }, { insert: text.slice(at) + '\n' }]);
    expect(await page.$$eval('.p-message_pane_input img.emoji[data-stringify-text=":smile:"]', (els) => els.length)).toBe(1);
  });

  test('a replacement right before a mention keeps the mention whole, guards included', async () => {
    const text = 'As I mentioned before, the numbers are in the shared folder.';
    const at = text.indexOf(',') + 1;
    const dana = { id: 'U01DANA', name: 'Dana Weber' };
    await setChannel(page, text, [[at, 'mention', dana]]);
    const read = text.slice(0, at) + '@Dana Weber' + text.slice(at);
    await waitAttr(page, SEL.slack, expectedAttr(read, 'slack'));
    const f = replacementFinding(read, 'slack')!;
    expect(f.end, 'the flagged words end at the mention').toBe(at);
    await applyViaCard(page);
    const want = f.suggestion + text.slice(at) + '\n';
    await page.waitForFunction((w) => (window as any).__quill('channel').getText() === w, want);
    expect((await quillState(page)).ops).toEqual([{ insert: f.suggestion }, { insert: { mention: dana } }, { insert: text.slice(at) + '\n' }]);
    const mention = await page.$eval('.p-message_pane_input .c-member_slug', (el) => ({
      text: el.textContent,
      locked: el.querySelector('[contenteditable="false"]')?.textContent,
    }));
    expect(mention).toEqual({ text: '\uFEFF@Dana Weber\uFEFF', locked: '@Dana Weber' });
  });

  test('the bridge refuses a span that holds an emoji, and nothing changes', async () => {
    await setChannel(page, 'Per my  last email', [[7, 'emoji', ':smile:']]);
    const before = await quillState(page);
    const reply = await page.evaluate(() => {
      const editor = document.querySelector('.p-message_pane_input .ql-editor')!;
      const p = editor.firstElementChild!;
      const pathOf = (n: Node) => [0, Array.prototype.indexOf.call(p.childNodes, n)];
      const [first, , second] = [...p.childNodes];
      let got: any = null;
      const on = (e: Event) => (got = JSON.parse((e as CustomEvent).detail));
      editor.addEventListener('candor:quill-applied', on);
      const req = {
        v: 1,
        id: 'embed-span',
        start: { path: pathOf(first), offset: 4 },
        end: { path: pathOf(second), offset: 3 },
        expected: 'my  la',
        replacement: 'X',
      };
      editor.dispatchEvent(new CustomEvent('candor:quill-apply', { detail: JSON.stringify(req) }));
      editor.removeEventListener('candor:quill-applied', on);
      return got;
    });
    expect(reply).toEqual({ v: 1, id: 'embed-span', ok: false, reason: 'embed' });
    expect(await quillState(page)).toEqual(before);
  });

  test.each(['drop', 'garble'] as const)('an edit that does not verify (%s) is reported and the text is unchanged', async (mode) => {
    await setChannel(page, SAMPLE);
    await waitAttr(page, SEL.slack, expectedAttr(SAMPLE, 'slack'));
    const before = await quillState(page);
    const html = await page.$eval(SEL.slack, (el) => el.innerHTML);
    await page.evaluate((m) => {
      (window as any).__slack.breakNextUpdate(m);
      const w = window as any;
      w.__bridgeReplies = [];
      if (!w.__bridgeListening) {
        w.__bridgeListening = true;
        document.addEventListener('candor:quill-applied', (e) => w.__bridgeReplies.push(JSON.parse((e as CustomEvent).detail)), true);
      }
    }, mode);
    await applyViaCard(page);
    await expect.poll(() => statusText(page)).toMatch(/couldn’t confirm the change/);
    // The bridge itself caught it against getText() (not only the content script's DOM check).
    expect(await page.evaluate(() => (window as any).__bridgeReplies)).toEqual([expect.objectContaining({ ok: false, reason: 'unverified' })]);
    expect(await focusedInCard(page)).toBe(`Copy: ${FINDING.suggestion}`);
    expect(await page.getByRole('button', { name: /^Apply/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(1);
    const after = await quillState(page);
    expect(after.text).toBe(SAMPLE + '\n');
    expect(after.ops).toEqual(before.ops);
    expect(await page.$eval(SEL.slack, (el) => el.innerHTML)).toBe(html);
    await page.keyboard.press('Escape');
  });

  test('a bridge that claims success without editing is caught by the content script’s own check', async () => {
    await setChannel(page, SAMPLE);
    await waitAttr(page, SEL.slack, expectedAttr(SAMPLE, 'slack'));
    // An impostor answers first (window capture runs before the bridge's document listener).
    await page.evaluate(() => {
      const lie = (e: Event) => {
        const req = JSON.parse((e as CustomEvent).detail);
        e.stopImmediatePropagation();
        (e.target as Element).dispatchEvent(new CustomEvent('candor:quill-applied', { detail: JSON.stringify({ v: 1, id: req.id, ok: true }) }));
        window.removeEventListener('candor:quill-apply', lie, true);
      };
      window.addEventListener('candor:quill-apply', lie, true);
    });
    await applyViaCard(page);
    await expect.poll(() => statusText(page)).toMatch(/couldn’t confirm the change/);
    expect((await quillState(page)).text).toBe(SAMPLE + '\n');
    await page.keyboard.press('Escape');
  });
});

describe('?fork=1: no bridge to Quill', () => {
  // The fixture itself: without this, the tests below would prove nothing about the fork.
  test('the fork fixture puts back its own caret over a script’s sub-range selection; stock Quill takes it', async () => {
    const scriptSelects = (p: Page) =>
      p.evaluate(async () => {
        const q = (window as any).__quill('channel');
        q.setText('Hello there, team', 'api');
        q.setSelection(17, 0, 'api');
        const text = document.querySelector('.p-message_pane_input .ql-editor p')!.firstChild!;
        const r = document.createRange();
        r.setStart(text, 6);
        r.setEnd(text, 11);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(r);
        await new Promise((done) => setTimeout(done, 50));
        return q.getSelection();
      });
    expect(await scriptSelects(page)).toEqual({ index: 6, length: 5 });
    const ignoredBefore = await fork.evaluate(() => (window as any).__forkIgnoredSelections);
    expect(await scriptSelects(fork)).toEqual({ index: 17, length: 0 });
    expect(await fork.evaluate(() => (window as any).__forkIgnoredSelections)).toBeGreaterThan(ignoredBefore);
  });

  test('Apply is not offered; the card says why and Copy, focused, copies the suggestion', async () => {
    await setChannel(fork, SAMPLE);
    await waitAttr(fork, SEL.slack, expectedAttr(SAMPLE, 'slack'));
    await fork.keyboard.press('Alt+Shift+KeyC');
    const copy = fork.getByRole('button', { name: /^Copy/ });
    await copy.waitFor({ state: 'visible', timeout: 5000 });
    expect(await fork.getByRole('button', { name: /^Apply/ }).count()).toBe(0);
    expect(await statusText(fork)).toMatch(/can’t apply changes safely here/);
    expect(await focusedInCard(fork)).toBe(`Copy: ${FINDING.suggestion}`);
    await fork.keyboard.press('Enter');
    await expect.poll(() => statusText(fork)).toMatch(/^Copied/);
    expect(await fork.evaluate(() => navigator.clipboard.readText())).toBe(FINDING.suggestion);
    await fork.keyboard.press('Escape');
  });

  test('the editor’s HTML and Quill model are byte-identical after clicking around the card', async () => {
    await setChannel(fork, SAMPLE);
    await waitAttr(fork, SEL.slack, expectedAttr(SAMPLE, 'slack'));
    const snapshot = () =>
      fork.evaluate(() => ({
        html: document.querySelector('.p-message_pane_input .ql-editor')!.innerHTML,
        model: JSON.stringify((window as any).__quill('channel').getContents()),
      }));
    const before = await snapshot();
    // Open by clicking the underline, press every button but the dismissals, then from the keyboard.
    const point = await fork.evaluate(() => {
      const r = [...((CSS as any).highlights.get('candor-passive-aggressive') as Set<Range>)][0];
      const b = r.getClientRects()[0];
      return { x: b.left + 8, y: b.top + b.height / 2 };
    });
    await fork.mouse.click(point.x, point.y);
    const copy = fork.getByRole('button', { name: /^Copy/ });
    await copy.waitFor({ state: 'visible', timeout: 5000 });
    expect(await fork.getByRole('button', { name: /^Apply/ }).count()).toBe(0);
    await copy.click();
    await fork.locator('candor-card').click({ position: { x: 10, y: 10 } });
    await fork.keyboard.press('Escape');
    await fork.keyboard.press('Alt+Shift+KeyC');
    await copy.waitFor({ state: 'visible', timeout: 5000 });
    await fork.keyboard.press('Tab');
    await fork.keyboard.press('Shift+Tab');
    await fork.keyboard.press('Enter');
    await fork.keyboard.press('Escape');
    await fork.waitForTimeout(300);
    expect(await snapshot()).toEqual(before);
    expect(await fork.evaluate(() => (window as any).__quill('channel').getText())).toBe(SAMPLE + '\n');
  });
});

// Last on the fork page: it changes what the bridge can reach there.
test('a bridge that reaches Quill later (announced) makes Apply available, and it needs no hand-set selection', async () => {
  await setChannel(fork, SAMPLE);
  await waitAttr(fork, SEL.slack, expectedAttr(SAMPLE, 'slack'));
  await fork.evaluate(() => {
    const container = document.querySelector('.p-message_pane_input .ql-container') as any;
    container.__quill = (window as any).__quill('channel');
    document.dispatchEvent(new CustomEvent('candor:quill-hello', { detail: JSON.stringify({ v: 1 }) }));
  });
  // The fork still puts back any script selection: the edit must not depend on one.
  await applyViaCard(fork);
  await fork.waitForFunction((want) => (window as any).__quill('channel').getText() === want, REPLACED + '\n');
  expect(await fork.evaluate(() => (window as any).__quill('channel').getSelection())).toEqual({
    index: FINDING.start + FINDING.suggestion.length,
    length: 0,
  });
});

test('no network requests and no page errors', () => {
  expect(rig.networkLog).toEqual([]);
  expect(rig.consoleErrors).toEqual([]);
});
