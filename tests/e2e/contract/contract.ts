// The one composer contract, run for every site and fixture variant (the rows in sites/*.ts) in
// the browser CANDOR_E2E_BROWSER names (drivers.ts): hooked; each category flagged where
// expected and nothing on clean text; typed text identical with the extension off; Apply, caret
// and undo (or, where Apply is not safe, Copy and nothing touched); a send counted exactly once
// with only counts stored; quote, signature and search untouched; zero network requests. Every
// wait is on the composer's "analysis settled" signal (data-candor-state), never a fixed sleep.
// Per-site files keep only each app's quirks.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEND_CONFIRM_MS } from '../../../lib/dom/pending-send';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { CATEGORY_LIST, TEXTS, distinctiveWords, expectedAttr, replacementFinding } from '../coach-helpers';
import { cardButtons, cardStatus, clickCardButton, highlightsIn, hookedCount, settled, storedCount, typeLines } from './actions';
import type { Session } from './driver';
import { selectedDriver } from './drivers';
import type { Target, Variant } from './variant';

// Multi-line, punctuation and a non-keyboard character; an analysis lands between the lines.
const LINES = ['Quick one: per my last email, can someone look at the deploy?', 'Thanks — and sorry for the noise!'];
const SAMPLE = TEXTS['passive-aggressive'];

export function composerContract(variants: Variant[]): void {
  const { driver } = selectedDriver();
  let session: Session;
  let off: Session | null = null;

  beforeAll(async () => {
    session = await driver();
    // The contract's counts assume the defaults (every site on, balanced sensitivity).
    await session.setSettings(DEFAULT_SETTINGS);
  });

  afterAll(async () => {
    await off?.close();
    await session?.close();
  });

  describe.each(variants.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    let target: Target | null = null;
    const run = (check: keyof NonNullable<Variant['skip']>, name: string, fn: () => Promise<void>) =>
      v.skip?.[check] ? test.skip(`${name} (n/a: ${v.skip[check]})`, fn) : test(name, fn);
    /** A fresh composer, hooked and settled (its starting text analysed). */
    const fresh = async (): Promise<Target> => {
      target = await v.fresh(session, target);
      await settled(target);
      return target;
    };

    run('hooked', 'hooked: the composer carries the attribute, settled, and nothing else does', async () => {
      const t = await fresh();
      // Gmail's quote says "Per my last email": '' here also proves it is not read. A Notion page
      // only read stays unmarked whatever it says (the long page has a vague ask).
      expect(await settled(t)).toBe(v.unmarkedUntilEdited ? '' : expectedAttr(await v.judged(t), v.site));
      expect(await hookedCount(t)).toBe(1);
      for (const sel of notComposers(v, t)) expect(await t.tab.attribute(sel, 'data-candor-findings'), sel).toBeNull();
    });

    run('flags', 'flags: each category where the engine finds it, underlined in the composer', async () => {
      for (const category of CATEGORY_LIST) {
        const t = await fresh();
        const text = TEXTS[category];
        if (text.length > 200) await t.tab.insertText(text);
        else await t.tab.type(text);
        const shown = await settled(t);
        const expected = expectedAttr(await v.judged(t), v.site);
        expect(expected.split(' '), `the engine flags "${category}" in its sample`).toContain(category);
        expect(shown, category).toBe(expected);
        const marks = await highlightsIn(t, category);
        expect(marks.inside, `underlines for ${category}`).toBeGreaterThan(0);
        expect(marks.outside, `underlines for ${category} outside the composer`).toBe(0);
      }
    });

    run('clean', 'clean: nothing flagged, nothing underlined once settled', async () => {
      const t = await fresh();
      await t.tab.type(TEXTS.clean);
      expect(await settled(t)).toBe('');
      expect(expectedAttr(await v.judged(t), v.site)).toBe('');
      for (const category of CATEGORY_LIST) expect((await highlightsIn(t, category)).inside).toBe(0);
    });

    run('intact', 'intact: typed text reaches the app exactly as with the extension off', async () => {
      const t = await fresh();
      await typeLines(t, LINES, v.newline, () => settled(t));
      const withExtension = { text: await v.text(t), model: await v.model(t) };
      off ??= await driver({ extension: false });
      const plain = await v.fresh(off, null);
      await typeLines(plain, LINES, v.newline, async () => {});
      expect(withExtension.text).toBe(LINES.join('\n'));
      expect(withExtension.model).toEqual(await v.model(plain));
      await plain.tab.close();
    });

    run(
      'apply',
      v.apply === 'verified' ? 'apply: exactly the span, caret after it, undo restores' : 'apply: refused visibly, Copy offered, nothing changed',
      async () => {
        const t = await fresh();
        await t.tab.type(SAMPLE);
        await settled(t);
        const f = replacementFinding(await v.judged(t), v.site);
        expect(f, 'the sample has a drop-in replacement').toBeTruthy();
        await v.caretAt(t, f!.start);
        const before = await v.model(t);
        const protectedBefore = await protectedHtml(v, t);
        await t.tab.press('Alt+Shift+KeyC');
        await t.tab.waitFor(() => !!document.querySelector('candor-card')?.matches(':popover-open'));
        if (v.apply === 'copy-only') {
          // No Apply, ever: the card's own actions are Copy, Dismiss, "Don't flag" and the off-switch menu.
          expect(await cardButtons(t)).toEqual(['copy', 'dismiss', 'ignore', 'more']);
          expect(await cardStatus(t)).toMatch(/can’t apply changes safely here/);
          await t.tab.allowClipboard();
          await clickCardButton(t, 'copy');
          await expect.poll(() => cardStatus(t)).toMatch(/^Copied/);
          await t.tab.press('Escape');
          expect(await v.model(t)).toEqual(before);
          expect(await v.text(t)).toBe(SAMPLE);
          return;
        }
        expect(await cardButtons(t)).toContain('apply');
        await clickCardButton(t, 'apply');
        const replaced = SAMPLE.slice(0, f!.start) + f!.suggestion + SAMPLE.slice(f!.end);
        await expectEventually(() => v.text(t), replaced);
        expect(await v.caret(t)).toBe(f!.start + f!.suggestion.length);
        await settled(t);
        if (v.applySettleMs) await t.tab.pause(v.applySettleMs);
        expect(await v.text(t), 'the app kept the change').toBe(replaced);
        expect(await protectedHtml(v, t), 'quote and signature after Apply').toEqual(protectedBefore);
        await t.tab.press('Control+KeyZ');
        await expectEventually(() => v.text(t), SAMPLE);
        expect(await protectedHtml(v, t), 'quote and signature after undo').toEqual(protectedBefore);
      },
    );

    run('send-once', 'send: the app gets the message, counted exactly once, only counts stored', async () => {
      const t = await fresh();
      const text = `${TEXTS['passive-aggressive']} ${TEXTS['vague-ask']}`;
      await t.tab.type(text);
      const before = await storedCount(session, v.site);
      const stays = async (n: number) => {
        await t.tab.pause(SEND_CONFIRM_MS + 500);
        expect(await storedCount(session, v.site), 'stored messages').toBe(n);
      };
      await v.send(t, () => stays(before));
      expect(await v.received(t, text), 'the app received the message').toBe(true);
      await expectEventually(() => storedCount(session, v.site), before + 1);
      await stays(before + 1);
      const raw = await session.extensionStorage();
      for (const w of distinctiveWords(text)) expect(raw).not.toContain(w);
    });

    run('untouched', 'untouched: quote, signature and search keep their HTML and are never read', async () => {
      const t = await fresh();
      const html = () => protectedHtml(v, t);
      const before = await html();
      expect(before.length + (v.search ? 1 : 0), 'something to protect').toBeGreaterThan(0);
      expect(
        before.every((h) => h !== null),
        'the protected parts exist',
      ).toBe(true);
      await t.tab.type(SAMPLE);
      await settled(t);
      if (v.search) {
        await v.search.focus(t);
        await t.tab.type(TEXTS['vague-ask']);
        // The composer's next analysis settling proves the content script ran meanwhile.
        await fresh();
        await t.tab.type(SAMPLE);
        await settled(t);
      }
      expect(await html()).toEqual(before);
      for (const sel of notComposers(v, t)) {
        expect(await t.tab.attribute(sel, 'data-candor-findings'), sel).toBeNull();
        for (const category of CATEGORY_LIST) expect((await highlightsIn({ tab: t.tab, composer: sel }, category)).inside, sel).toBe(0);
      }
    });
  });

  test('network: no request left the machine, no page errors', () => {
    expect(session.requests()).toEqual([]);
    expect(session.pageErrors()).toEqual([]);
    if (off) expect(off.requests()).toEqual([]);
  });
}

/** The exact HTML of the row's protected parts (null for one that is missing). */
function protectedHtml(v: Variant, t: Target): Promise<Array<string | null>> {
  return Promise.all(v.untouched(t).map((s) => t.tab.evaluate((sel) => document.querySelector(sel)?.outerHTML ?? null, s)));
}

/** Selectors that must never be hooked or underlined: the protected parts and the search box. */
function notComposers(v: Variant, t: Target): string[] {
  return [...v.untouched(t), ...(v.search ? [v.search.selector] : [])];
}

/** Poll `read` until it gives `want` (a few seconds), then assert it. */
async function expectEventually<T>(read: () => Promise<T>, want: T, timeout = 5000): Promise<void> {
  await expect.poll(read, { timeout, interval: 50 }).toEqual(want);
}
