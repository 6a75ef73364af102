// The hint UI (lib/dom/ui) alone in real Chromium: bundled with esbuild, driven on a plain
// contenteditable page (fixtures/ui-harness.html) by a stand-in for the content-script core
// (fixtures/ui-harness.js). Proves the UI draws without touching the composer, opens cards
// without moving the caret or scrolling, is keyboard- and screen-reader-usable, follows the page
// theme and leaves nothing behind. Screenshots of open cards go to $CANDOR_UI_SHOTS or /tmp.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const harnessHtml = readFileSync(join(here, 'fixtures/ui-harness.html'), 'utf8');
const harnessJs = readFileSync(join(here, 'fixtures/ui-harness.js'), 'utf8');
const shotsDir = process.env.CANDOR_UI_SHOTS || '/tmp';

const SPECS = [
  {
    category: 'vague-ask',
    ruleId: 'no-owner-or-deadline',
    phrase: 'can someone take a look at the deck when you get a chance',
    message: 'Nobody in particular is asked and there is no deadline, so the ask is easy to ignore.',
    suggestion: 'Name who and by when: “Priya, can you review the deck by Thursday noon?”',
    replacement: false,
  },
  {
    category: 'passive-aggressive',
    ruleId: 'as-previously-mentioned',
    phrase: 'As I mentioned before,',
    message: 'Pointing out that you said it already reads as a reproach. Restate the point instead.',
    suggestion: 'To recap:',
    replacement: true,
  },
  {
    category: 'wall-of-text',
    ruleId: 'long-paragraph',
    phrase: 'I went through the onboarding flow again this morning',
    message: 'This paragraph is 80 words in one sentence. Readers skim: split it into a short list.',
    suggestion: 'Lead with the conclusion, then one bullet per problem.',
    replacement: false,
  },
  {
    category: 'missing-decision',
    ruleId: 'options-without-pick',
    phrase: 'both have pros and cons',
    message: 'You list options but not which one you recommend, so the thread will go around again.',
    suggestion: 'Say which you would pick and why, and by when the team should object.',
    replacement: false,
  },
];
// The wall-of-text finding spans its whole paragraph.
const WALL_PARAGRAPH_END = 'never get to the second day.';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let bundle: string;

// A secure origin (served by request interception, no server) so navigator.clipboard exists.
const ORIGIN = 'https://ui-harness.candor.test/';

async function openBlankHarness(p: Page) {
  await p.route(ORIGIN, (route) => route.fulfill({ body: harnessHtml, contentType: 'text/html' }));
  await p.setViewportSize({ width: 900, height: 640 });
  await p.goto(ORIGIN);
}

async function loadHarness(p: Page, opts: { dark?: boolean; noHighlights?: boolean; extra?: object } = {}) {
  await openBlankHarness(p);
  if (opts.noHighlights) await p.evaluate(() => delete (CSS as { highlights?: unknown }).highlights);
  await p.addScriptTag({ content: harnessJs });
  await p.addScriptTag({ content: bundle });
  await p.evaluate(
    ({ specs, dark, end, extra }) => {
      const h = (window as any).harness;
      h.setDark(!!dark);
      // The wall finding covers the paragraph: extend the phrase to the whole paragraph text.
      const para = Array.from(document.querySelectorAll('#editor p')).find((el) => el.textContent!.endsWith(end))!;
      const wall = specs.find((s: any) => s.category === 'wall-of-text')!;
      wall.phrase = para.textContent;
      (window as any).__specs = specs;
      h.mount(specs, extra);
    },
    { specs: SPECS, dark: opts.dark, end: WALL_PARAGRAPH_END, extra: opts.extra },
  );
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Center of the first client rect of `phrase` in the editor. */
async function phrasePoint(p: Page, phrase: string) {
  return p.evaluate((phrase) => {
    const h = (window as any).harness;
    const [f] = h.findings([{ category: 'vague-ask', phrase, message: '', suggestion: '' }]);
    const r = f.range().getClientRects()[0];
    return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
  }, phrase);
}

/** Puts the caret in the editor at the end of its first paragraph, the way a user would. */
async function placeCaret(p: Page) {
  await p.evaluate(() => {
    const ed = document.getElementById('editor')!;
    ed.focus();
    const t = ed.querySelector('p')!.firstChild!;
    const r = document.createRange();
    r.setStart(t, 9);
    r.collapse(true);
    const s = getSelection()!;
    s.removeAllRanges();
    s.addRange(r);
  });
}

function selectionState(p: Page) {
  return p.evaluate(() => {
    const s = getSelection()!;
    return {
      anchor: s.anchorNode?.textContent?.slice(0, 20),
      anchorOffset: s.anchorOffset,
      focusOffset: s.focusOffset,
      active: document.activeElement?.id,
    };
  });
}

const cardOpen = (p: Page) => p.evaluate(() => !!document.querySelector('candor-card')?.matches(':popover-open'));
/** The accessible name of the focused element in the card, or null when focus is not in it. */
const cardFocus = (p: Page) =>
  p.evaluate(() => {
    const host = document.querySelector('candor-card')!;
    if (document.activeElement !== host) return null;
    const el = host.shadowRoot!.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') || el?.textContent || null;
  });
const calls = (p: Page) => p.evaluate(() => (window as any).harness.calls as [string, string][]);
const editorHtml = (p: Page) => p.evaluate(() => document.getElementById('editor')!.innerHTML);

beforeAll(async () => {
  const out = await build({
    entryPoints: [join(root, 'lib/dom/ui/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'CandorUi',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0].text;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox'],
  });
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext();
  page = await context.newPage();
});

describe('hint UI in Chromium', () => {
  test('registers one highlight per category with the flagged ranges, and never touches the editor DOM', async () => {
    await openBlankHarness(page);
    const before = await editorHtml(page);
    await loadHarness(page);
    const hl = await page.evaluate(() =>
      ['vague-ask', 'passive-aggressive', 'wall-of-text', 'missing-decision'].map((c) => {
        const h = CSS.highlights.get(`candor-${c}`);
        return [c, h ? Array.from(h as unknown as Set<Range>).map((r) => r.toString()) : null];
      }),
    );
    const specs = await page.evaluate(() => (window as any).__specs);
    for (const [c, ranges] of hl as [string, string[] | null][]) {
      const spec = specs.find((s: any) => s.category === c);
      expect(ranges, c).toEqual([spec.phrase]);
    }
    // The ::highlight rules are in the page's stylesheet (the only thing added to <head>).
    const css = await page.evaluate(() => document.querySelector('style[data-candor-ui]')?.textContent ?? '');
    expect(css).toContain('::highlight(candor-vague-ask)');
    expect(css).toContain('::highlight(candor-wall-of-text)');
    expect(await editorHtml(page)).toBe(before);
    // Nothing was inserted inside the composer's container either.
    expect(await page.locator('#composer [data-candor-ui]').count()).toBe(0);
  });

  test('hovering a flagged phrase opens the card without moving the caret, focus or scroll', async () => {
    await loadHarness(page);
    await page.evaluate(() => scrollTo(0, 40));
    await placeCaret(page);
    const before = await editorHtml(page);
    const sel = await selectionState(page);
    const scrolled = await page.evaluate(() => window.scrollY);
    const pt = await phrasePoint(page, 'As I mentioned before,');
    await page.mouse.move(pt.x - 120, pt.y + 60);
    await page.mouse.move(pt.x, pt.y, { steps: 4 });
    // Small delay: not instant (a pointer crossing text must not flash cards).
    await page.waitForTimeout(120);
    expect(await cardOpen(page)).toBe(false);
    await expect.poll(() => cardOpen(page), { timeout: 2000 }).toBe(true);
    const dialog = page.getByRole('dialog', { name: 'Passive-aggressive tone' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('reads as a reproach');
    expect(await selectionState(page)).toEqual(sel);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await editorHtml(page)).toBe(before);
    expect((await calls(page)).some(([k]) => k === 'shown')).toBe(true);

    // The card hangs just below the phrase, inside the viewport.
    const geo = await page.evaluate(() => {
      const card = document.querySelector('candor-card')!.getBoundingClientRect();
      return { top: card.top, left: card.left, bottom: card.bottom, right: card.right, vw: innerWidth, vh: innerHeight };
    });
    expect(geo.top).toBeGreaterThan(pt.y);
    expect(geo.top - pt.y).toBeLessThan(30);
    expect(geo.right).toBeLessThanOrEqual(geo.vw);
    expect(geo.bottom).toBeLessThanOrEqual(geo.vh);

    // Moving the pointer away (not into the card) closes a hover card.
    await page.mouse.move(5, 600, { steps: 3 });
    await expect.poll(() => cardOpen(page), { timeout: 2000 }).toBe(false);
    expect(await selectionState(page)).toEqual(sel);
  });

  test('Apply is named "Apply: …", keeps focus in the editor, and calls handlers.apply', async () => {
    await loadHarness(page);
    await placeCaret(page);
    const pt = await phrasePoint(page, 'As I mentioned before,');
    await page.mouse.move(pt.x, pt.y, { steps: 3 });
    const apply = page.getByRole('button', { name: /^Apply/ });
    await apply.waitFor({ state: 'visible', timeout: 2000 });
    expect(await apply.getAttribute('aria-label')).toBe('Apply: To recap:');
    await apply.click();
    await expect.poll(() => calls(page)).toContainEqual(['apply', 'passive-aggressive:as-previously-mentioned:As I mentioned before,:0']);
    // Clicking a card button never took focus from the composer.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await expect.poll(() => cardOpen(page)).toBe(false);
  });

  test('a reverted apply says so and offers Copy, which puts the replacement on the clipboard', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await loadHarness(page);
    await page.evaluate(() => ((window as any).harness.outcome = { ok: false, reason: 'reverted' }));
    const pt = await phrasePoint(page, 'As I mentioned before,');
    await page.mouse.move(pt.x, pt.y, { steps: 3 });
    await page.getByRole('button', { name: /^Apply/ }).click();
    const copy = page.getByRole('button', { name: /^Copy/ });
    await copy.waitFor({ state: 'visible', timeout: 2000 });
    expect(await page.getByRole('status').textContent()).toMatch(/app undid this change/i);
    expect(await page.getByRole('button', { name: /^Apply/ }).count()).toBe(0);
    // The pointer leaving does not hide news the user has not read yet.
    await page.mouse.move(5, 600, { steps: 3 });
    await page.waitForTimeout(500);
    expect(await cardOpen(page)).toBe(true);
    await copy.click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('To recap:');
  });

  test('keyboard: Alt+Shift+C opens the card at the caret, Tab cycles buttons, Escape returns focus and selection', async () => {
    await loadHarness(page);
    await page.click('#editor p:nth-child(2)', { position: { x: 4, y: 8 } });
    const sel = await selectionState(page);
    await page.keyboard.press('Alt+Shift+C');
    await expect.poll(() => cardOpen(page)).toBe(true);
    // First finding at/after the caret: the passive-aggressive phrase in paragraph 2.
    expect(await page.getByRole('dialog').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.getByRole('dialog', { name: 'Passive-aggressive tone' }).count()).toBe(1);
    const focused = () => cardFocus(page);
    expect(await focused()).toBe('Apply: To recap:');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Dismiss');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Don’t flag this again');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Apply: To recap:');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Don’t flag this again');
    // Shortcut again, from inside the card: the next hint.
    await page.keyboard.press('Alt+Shift+C');
    expect(await page.getByRole('dialog', { name: 'Wall of text' }).count()).toBe(1);
    expect(await focused()).toBe('Dismiss');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(await selectionState(page)).toEqual(sel);
    // The app never saw the keys typed inside the card; the editor text is intact.
    expect(await page.evaluate(() => document.getElementById('editor')!.textContent)).not.toContain('Ç');
  });

  test('keys pressed inside the card do not reach the page (app shortcuts stay quiet)', async () => {
    await loadHarness(page);
    await page.evaluate(() => {
      (window as any).pageKeys = 0;
      document.addEventListener('keydown', () => (window as any).pageKeys++);
    });
    await page.focus('#editor');
    await page.evaluate(() => (window as any).harness.ui.openNext());
    await expect.poll(() => cardOpen(page)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (window as any).pageKeys)).toBe(0);
  });

  test('Dismiss and "Don’t flag this again" call their handlers and hide the hint at once', async () => {
    await loadHarness(page);
    const pt = await phrasePoint(page, 'both have pros and cons');
    await page.mouse.click(pt.x, pt.y);
    await expect.poll(() => cardOpen(page)).toBe(true);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await calls(page)).toContainEqual(['dismiss', 'missing-decision:options-without-pick:both have pros and cons:0']);
    expect(await page.evaluate(() => CSS.highlights.has('candor-missing-decision'))).toBe(false);
    expect(await page.getByRole('button', { name: /^Candor: 3 writing hints/ }).count()).toBe(1);

    const pt2 = await phrasePoint(page, 'can someone take a look');
    await page.mouse.click(pt2.x, pt2.y);
    await expect.poll(() => cardOpen(page)).toBe(true);
    await page.getByRole('button', { name: 'Don’t flag this again' }).click();
    expect((await calls(page)).map(([k]) => k)).toContain('ignorePhrase');
    expect(await page.evaluate(() => CSS.highlights.has('candor-vague-ask'))).toBe(false);
  });

  test('"More" menu: off-switches by keyboard (menu pattern, accessible names) and mouse, each hiding its hints at once', async () => {
    await loadHarness(page, { extra: { offSwitches: true, siteLabel: 'Slack' } });
    const focused = () => cardFocus(page);
    const expanded = () => page.getByRole('button', { name: 'More options' }).getAttribute('aria-expanded');
    await page.click('#editor p:nth-child(2)', { position: { x: 4, y: 8 } });
    const sel = await selectionState(page);
    await page.keyboard.press('Alt+Shift+C');
    await expect.poll(() => cardOpen(page)).toBe(true);
    // Collapsed at first: the card shows no off-switch until asked.
    expect(await page.getByRole('menuitem').count()).toBe(0);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('More options');
    expect(await expanded()).toBe('false');
    await page.keyboard.press('Enter');
    expect(await expanded()).toBe('true');
    expect(await page.getByRole('menu', { name: 'More options' }).count()).toBe(1);
    expect(await focused()).toBe('Turn off this check');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Not on Slack');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Pause for this draft');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Turn off this check');
    // Each item says how it is undone (or ends), as its accessible description.
    const described = await page.evaluate(() =>
      [...document.querySelector('candor-card')!.shadowRoot!.querySelectorAll('[role="menuitem"]')].map(
        (b) => b.getRootNode() && (b.getRootNode() as ShadowRoot).getElementById(b.getAttribute('aria-describedby')!)!.textContent,
      ),
    );
    expect(described[0]).toMatch(/“as-previously-mentioned” everywhere.*settings, under Checks/);
    expect(described[1]).toMatch(/stops coaching on Slack.*settings/);
    expect(described[2]).toMatch(/until you send or clear it, or reload the page/);
    // Escape closes the menu first (focus back on More), then the card.
    await page.keyboard.press('Escape');
    expect(await cardOpen(page)).toBe(true);
    expect(await expanded()).toBe('false');
    expect(await focused()).toBe('More options');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await calls(page)).toContainEqual(['turnOff', 'passive-aggressive:as-previously-mentioned:As I mentioned before,:0', 'rule']);
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.has('candor-passive-aggressive'))).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.has('candor-vague-ask'))).toBe(true);
    expect(await page.getByRole('button', { name: /^Candor: 3 writing hints/ }).count()).toBe(1);
    expect(await selectionState(page)).toEqual(sel);

    // By mouse: pausing the draft hides every hint in this composer.
    const pt = await phrasePoint(page, 'both have pros and cons');
    await page.mouse.click(pt.x, pt.y);
    await expect.poll(() => cardOpen(page)).toBe(true);
    await page.getByRole('button', { name: 'More options' }).click();
    await page.getByRole('menuitem', { name: 'Pause for this draft' }).click();
    expect(await calls(page)).toContainEqual(['turnOff', 'missing-decision:options-without-pick:both have pros and cons:0', 'draft']);
    await expect.poll(() => cardOpen(page)).toBe(false);
    const left = await page.evaluate(() => ['vague-ask', 'wall-of-text', 'missing-decision'].filter((c) => CSS.highlights.has(`candor-${c}`)));
    expect(left).toEqual([]);
    expect(await page.getByRole('button', { name: /^Candor:/ }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
  });

  test('badge shows the count, opens the first hint, and hides at zero', async () => {
    await loadHarness(page);
    const badge = page.getByRole('button', { name: /^Candor: 4 writing hints/ });
    expect(await badge.isVisible()).toBe(true);
    // Bottom-right corner of the composer, inside it, stepping left of the app's Send button.
    const geo = () =>
      page.evaluate(() => {
        const host = document.querySelector('candor-layer')!;
        const badge = host.shadowRoot!.querySelector<HTMLElement>('[data-candor-badge]')!;
        const r = badge.getBoundingClientRect();
        const comp = document.getElementById('composer')!.getBoundingClientRect();
        const send = document.getElementById('send')!.getBoundingClientRect();
        return { b: r.toJSON(), comp: comp.toJSON(), send: send.toJSON(), visible: getComputedStyle(badge).visibility };
      });
    const { b, comp, send } = await geo();
    expect(b.bottom).toBeLessThan(comp.bottom);
    expect(comp.bottom - b.bottom).toBeLessThan(12);
    expect(b.right).toBeLessThanOrEqual(send.left);
    expect(send.left - b.right).toBeLessThan(12);
    // An app menu over the corner hides the badge rather than sitting on top of it.
    await page.evaluate(() => {
      const menu = document.createElement('div');
      menu.id = 'menu';
      const c = document.getElementById('composer')!.getBoundingClientRect();
      Object.assign(menu.style, {
        position: 'fixed',
        left: `${c.right - 300}px`,
        top: `${c.bottom - 120}px`,
        width: '300px',
        height: '160px',
        background: '#eee',
      });
      document.body.append(menu);
      dispatchEvent(new Event('resize'));
    });
    await expect.poll(async () => (await geo()).visible).toBe('hidden');
    await page.evaluate(() => {
      document.getElementById('menu')!.remove();
      dispatchEvent(new Event('resize'));
    });
    await expect.poll(async () => (await geo()).visible).toBe('visible');
    await badge.click();
    expect(await page.getByRole('dialog', { name: 'Vague ask' }).count()).toBe(1);
    await page.evaluate(() => (window as any).harness.ui.update([]));
    expect(await cardOpen(page)).toBe(false);
    expect(await badge.count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Candor:/ }).isVisible()).toBe(false);
  });

  test('update(): unchanged findings keep the card; a finding that went away closes it', async () => {
    await loadHarness(page);
    const pt = await phrasePoint(page, 'both have pros and cons');
    await page.mouse.click(pt.x, pt.y);
    await expect.poll(() => cardOpen(page)).toBe(true);
    await page.evaluate(() => {
      const h = (window as any).harness;
      h.ui.update(h.findings((window as any).__specs));
    });
    expect(await cardOpen(page)).toBe(true);
    await page.evaluate(() => {
      const h = (window as any).harness;
      h.ui.update(h.findings((window as any).__specs.filter((s: any) => s.category !== 'missing-decision')));
    });
    expect(await cardOpen(page)).toBe(false);
  });

  test('scrolling repositions the card and never scrolls by itself; it flips above near the bottom', async () => {
    await loadHarness(page);
    const pt = await phrasePoint(page, 'both have pros and cons');
    await page.mouse.click(pt.x, pt.y);
    await expect.poll(() => cardOpen(page)).toBe(true);
    const cardTop = () => page.evaluate(() => document.querySelector('candor-card')!.getBoundingClientRect().top);
    const t0 = await cardTop();
    expect(t0).toBeGreaterThan(pt.y);
    await page.evaluate(() => scrollBy(0, 50));
    await expect.poll(cardTop).toBeCloseTo(t0 - 50, 0);
    expect(await page.evaluate(() => scrollY)).toBe(50);

    // With the phrase near the bottom of the viewport, the card opens above it.
    await page.evaluate(() => (window as any).harness.ui.closeCard());
    await page.evaluate(() => scrollTo(0, 0));
    await page.setViewportSize({ width: 900, height: Math.round(pt.y + 60) });
    const pt2 = await phrasePoint(page, 'both have pros and cons');
    await page.mouse.click(pt2.x, pt2.y);
    await expect.poll(() => cardOpen(page)).toBe(true);
    const g = await page.evaluate(() => {
      const card = document.querySelector('candor-card')!.getBoundingClientRect();
      return { top: card.top, bottom: card.bottom, y: scrollY };
    });
    expect(g.bottom).toBeLessThan(pt2.y);
    expect(g.top).toBeGreaterThanOrEqual(0);
    expect(g.y).toBe(0);
  });

  test('the open card’s phrase is marked (candor-active) until the card closes', async () => {
    await loadHarness(page);
    await page.evaluate(() => (window as any).harness.ui.openNext());
    await expect.poll(() => cardOpen(page)).toBe(true);
    const active = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('candor-active') as unknown as Set<Range> | undefined;
        return h ? Array.from(h).map((r) => r.toString()) : [];
      });
    expect(await active()).toEqual(['can someone take a look at the deck when you get a chance']);
    await page.keyboard.press('Escape');
    expect(await active()).toEqual([]);
  });

  test('Copy falls back to the copy command when the async clipboard API is refused', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await loadHarness(page);
    await page.evaluate(() => {
      (window as any).harness.outcome = { ok: false, reason: 'failed' };
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    const pt = await phrasePoint(page, 'As I mentioned before,');
    await page.mouse.click(pt.x, pt.y);
    await page.getByRole('button', { name: /^Apply/ }).click();
    await page.getByRole('button', { name: /^Copy/ }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('To recap:');
  });

  test('theme follows the page: dark page, dark card; light page, light card', async () => {
    const cardBg = async (p: Page) => {
      await p.evaluate(() => (window as any).harness.ui.openNext());
      await expect.poll(() => cardOpen(p)).toBe(true);
      return p.evaluate(() => {
        const card = document.querySelector('candor-card')!.shadowRoot!.querySelector('.card')!;
        return getComputedStyle(card).backgroundColor;
      });
    };
    await loadHarness(page, { dark: true });
    expect(await cardBg(page)).toBe('rgb(37, 41, 46)');
    await loadHarness(page, { dark: false });
    expect(await cardBg(page)).toBe('rgb(255, 255, 255)');
  });

  test('without CSS.highlights, underlines are overlay boxes that ignore the pointer; hover still works', async () => {
    await loadHarness(page, { noHighlights: true });
    const before = await editorHtml(page);
    const marks = await page.evaluate(() => {
      const root = document.querySelector('candor-layer')!.shadowRoot!;
      const list = Array.from(root.querySelectorAll<HTMLElement>('.mark, .gutter'));
      return { count: list.length, pe: list.map((m) => getComputedStyle(m).pointerEvents) };
    });
    expect(marks.count).toBeGreaterThan(3);
    expect(new Set(marks.pe)).toEqual(new Set(['none']));
    const pt = await phrasePoint(page, 'both have pros and cons');
    await page.mouse.move(pt.x, pt.y, { steps: 3 });
    await expect.poll(() => cardOpen(page), { timeout: 2000 }).toBe(true);
    expect(await editorHtml(page)).toBe(before);
  });

  test('destroy() removes every host, style, highlight and listener', async () => {
    await loadHarness(page);
    const before = await editorHtml(page);
    await page.evaluate(() => (window as any).harness.ui.openNext());
    await expect.poll(() => cardOpen(page)).toBe(true);
    await page.evaluate(() => (window as any).harness.ui.destroy());
    const left = await page.evaluate(() => ({
      nodes: document.querySelectorAll('[data-candor-ui], candor-card, candor-layer').length,
      highlights: Array.from(CSS.highlights.keys()).filter((k) => String(k).startsWith('candor-')),
    }));
    expect(left).toEqual({ nodes: 0, highlights: [] });
    expect(await editorHtml(page)).toBe(before);
    // Listeners are gone: hovering and the shortcut do nothing, and nothing throws.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const pt = await phrasePoint(page, 'As I mentioned before,');
    await page.mouse.move(pt.x, pt.y, { steps: 3 });
    await page.focus('#editor');
    await page.keyboard.press('Alt+Shift+C');
    await page.waitForTimeout(500);
    expect(await page.locator('candor-card').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('axe finds no WCAG A/AA violations in the card or badge, light and dark (incl. contrast)', async () => {
    const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const dark of [false, true]) {
      await loadHarness(page, { dark, extra: { offSwitches: true, siteLabel: 'Slack' } });
      const pt = await phrasePoint(page, 'As I mentioned before,');
      await page.mouse.click(pt.x, pt.y);
      await expect.poll(() => cardOpen(page)).toBe(true);
      // With the "More" menu open, so its items and their muted hints are checked too.
      await page.getByRole('button', { name: 'More options' }).click();
      await page.getByRole('menuitem', { name: 'Pause for this draft' }).waitFor();
      await page.waitForTimeout(200); // entry animation (opacity) must be over for contrast checks
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as any).axe;
        const res = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
        // Proof that axe looked inside our shadow roots (button names, contrast of card text).
        const checked = res.passes
          .filter((p: any) => p.id === 'button-name' || p.id === 'color-contrast')
          .flatMap((p: any) => p.nodes)
          .filter((n: any) => JSON.stringify(n.target).includes('candor-card')).length;
        if (checked < 7) return [`axe checked only ${checked} card nodes`];
        return res.violations.flatMap((v: any) =>
          v.nodes.filter((n: any) => JSON.stringify(n.target).includes('candor-')).map((n: any) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`),
        );
      });
      expect(violations, dark ? 'dark' : 'light').toEqual([]);
    }
  });

  test('screenshots of an open card on light and dark pages', async () => {
    for (const dark of [false, true]) {
      await loadHarness(page, { dark });
      const pt = await phrasePoint(page, 'As I mentioned before,');
      await page.mouse.move(pt.x, pt.y, { steps: 3 });
      await expect.poll(() => cardOpen(page), { timeout: 2000 }).toBe(true);
      await page.waitForTimeout(200); // let the entry animation finish
      const file = join(shotsDir, `candor-ui-${dark ? 'dark' : 'light'}.png`);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 900, height: 520 } });
      expect(readFileSync(file).length).toBeGreaterThan(10_000);
    }
  });
});
