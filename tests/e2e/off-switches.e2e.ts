// The hint card's off-switches on the Slack fixture, built extension in Chromium: "Turn off this
// check", "Not on Slack" and "Pause for this draft" (the card's "More" menu). Each takes the hints
// off at once (underlines, badge, the composer's attribute), the lasting two show in the options
// page and are undone there (hints come back on the next edit), and a paused draft stays quiet
// until it is sent or emptied.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/index';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { TEXTS, attr, expectedAttr, waitAttr } from './coach-helpers';
import { clearStorage, openExtensionPage } from './extension-pages';
import { launchBrowser, readAllExtensionStorage, type Rig } from './support/browser';
import { COMPOSER_SELECTORS as SEL, focusSlack } from './support/page';

let rig: Rig;
let slack: Page;
let options: Page;

// One passive-aggressive finding (repeated-nudge) first, then three vague-ask ones.
const TEXT = `${TEXTS['passive-aggressive']} ${TEXTS['vague-ask']}`;

async function storedSettings(): Promise<any> {
  return JSON.parse(await readAllExtensionStorage(rig)).local?.settings;
}

async function resetChannel(): Promise<void> {
  await slack.evaluate(() => {
    const q = (window as any).__quill('channel');
    q.setText('', 'api');
    q.history.clear();
  });
  await focusSlack(slack, 'channel');
  await waitAttr(slack, SEL.slack, '');
}

/** Types TEXT, waits for its hints, opens the first one's card from the keyboard and its menu. */
async function openMenuOnFirstHint(): Promise<void> {
  await resetChannel();
  await slack.keyboard.type(TEXT);
  await waitAttr(slack, SEL.slack, expectedAttr(TEXT, 'slack'));
  await slack.keyboard.press('Alt+Shift+KeyC');
  await slack.getByRole('dialog').waitFor({ state: 'visible', timeout: 5000 });
  await slack.getByRole('button', { name: 'More options' }).click();
  await slack.getByRole('menu', { name: 'More options' }).waitFor({ state: 'visible' });
}

/** What the page shows: the open card, underlined categories, the badge's label. */
function shown(): Promise<{ card: boolean; underlined: string[]; badge: string | null }> {
  return slack.evaluate(() => ({
    card: !!document.querySelector('candor-card')?.matches(':popover-open'),
    underlined: ['vague-ask', 'wall-of-text', 'missing-decision', 'passive-aggressive'].filter(
      (c) => ((CSS as any).highlights.get(`candor-${c}`)?.size ?? 0) > 0,
    ),
    badge:
      [...document.querySelectorAll('candor-layer')]
        .map((l) => l.shadowRoot?.querySelector('[data-candor-badge]'))
        .find((b) => b && (b as HTMLElement).style.visibility !== 'hidden')
        ?.getAttribute('aria-label') ?? null,
  }));
}

async function reopenOptions(): Promise<void> {
  await options.reload();
  await options.waitForSelector('[data-testid="site-slack"]');
}

beforeAll(async () => {
  rig = await launchBrowser();
  options = await openExtensionPage(rig, 'options.html');
  slack = await rig.open('slack');
  await waitAttr(slack, SEL.slack, '');
});

afterAll(async () => {
  await rig?.close();
});

beforeEach(async () => {
  await clearStorage(options);
  await expect.poll(storedSettings).toBeUndefined();
});

describe('the card’s off-switches on Slack', () => {
  test('"Turn off this check": that rule’s hints go at once, the options page shows it off, switching it on there brings them back', async () => {
    const first = analyze(TEXT, { site: 'slack' }).findings[0];
    expect(first.ruleId).toBe('repeated-nudge');
    await openMenuOnFirstHint();
    expect(await shown()).toMatchObject({ underlined: ['vague-ask', 'passive-aggressive'], badge: expect.stringMatching(/^Candor: 4 /) });
    const describedRule = await slack.getByRole('menuitem', { name: 'Turn off this check' }).getAttribute('aria-describedby');
    expect(await slack.locator(`[id="${describedRule}"]`).innerText()).toContain('“repeated-nudge”');
    await slack.getByRole('menuitem', { name: 'Turn off this check' }).click();
    // At once, before any new analysis: the card, the underline and one count are gone.
    expect(await shown()).toEqual({ card: false, underlined: ['vague-ask'], badge: expect.stringMatching(/^Candor: 3 /) });
    const without = analyze(TEXT, { site: 'slack', disabledRules: ['repeated-nudge'] }).findings;
    await waitAttr(slack, SEL.slack, [...new Set(without.map((f) => f.category))].sort().join(' '));
    await expect.poll(storedSettings).toEqual({ ...DEFAULT_SETTINGS, disabledRules: ['repeated-nudge'] });

    await reopenOptions();
    const toggle = options.locator('input[data-rule="repeated-nudge"]');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(storedSettings).toEqual(DEFAULT_SETTINGS);
    await focusSlack(slack, 'channel');
    await slack.keyboard.type(' Thanks!');
    await waitAttr(slack, SEL.slack, expectedAttr(`${TEXT} Thanks!`, 'slack'));
    await expect.poll(async () => (await shown()).underlined).toEqual(['vague-ask', 'passive-aggressive']);
  });

  test('"Not on Slack": every hint goes at once, the options page shows Slack off, switching it on there brings them back', async () => {
    await openMenuOnFirstHint();
    await slack.getByRole('menuitem', { name: 'Not on Slack' }).click();
    expect(await attr(slack, SEL.slack)).toBe('');
    expect(await shown()).toEqual({ card: false, underlined: [], badge: null });
    await expect.poll(storedSettings).toEqual({ ...DEFAULT_SETTINGS, sites: { slack: false, gmail: true, notion: true } });
    // Typing on: still nothing (Candor is off here, not just hidden for this analysis).
    await slack.keyboard.type(' Per my last email.');
    await slack.waitForTimeout(1000);
    expect(await attr(slack, SEL.slack)).toBe('');

    await reopenOptions();
    expect(await options.getByTestId('site-slack').isChecked()).toBe(false);
    await options.getByTestId('site-slack').click();
    await expect.poll(storedSettings).toEqual(DEFAULT_SETTINGS);
    await focusSlack(slack, 'channel');
    await slack.keyboard.type(' Thanks!');
    const now = `${TEXT} Per my last email. Thanks!`;
    await waitAttr(slack, SEL.slack, expectedAttr(now, 'slack'));
    expect((await shown()).badge).toMatch(/^Candor: \d+ /);
  });

  test('"Pause for this draft": hints go at once and stay away while typing, no setting changes, and the next message (after send or emptying) is coached', async () => {
    await openMenuOnFirstHint();
    await slack.getByRole('menuitem', { name: 'Pause for this draft' }).click();
    expect(await attr(slack, SEL.slack)).toBe('');
    expect(await shown()).toEqual({ card: false, underlined: [], badge: null });
    await slack.keyboard.type(' Thoughts?');
    await slack.waitForTimeout(1200); // past the typing pause: an analysis would have landed
    expect(await attr(slack, SEL.slack)).toBe('');
    expect(await storedSettings()).toBeUndefined();

    // Sent: the next message is coached again.
    await slack.keyboard.press('Enter');
    expect(await slack.evaluate(() => (window as any).__sent.at(-1)?.text)).toBe(`${TEXT} Thoughts?`);
    await slack.keyboard.type(TEXTS['vague-ask']);
    await waitAttr(slack, SEL.slack, expectedAttr(TEXTS['vague-ask'], 'slack'));

    // Emptied: likewise.
    await openMenuOnFirstHint();
    await slack.getByRole('menuitem', { name: 'Pause for this draft' }).click();
    expect(await attr(slack, SEL.slack)).toBe('');
    await slack.keyboard.press('Control+A');
    await slack.keyboard.press('Backspace');
    await slack.keyboard.type(TEXTS['vague-ask']);
    await waitAttr(slack, SEL.slack, expectedAttr(TEXTS['vague-ask'], 'slack'));
  });
});
