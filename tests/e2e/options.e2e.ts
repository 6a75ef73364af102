// The options page on the built extension: every setting survives a reload, changes reach an
// open Slack tab without reloading it, export (JSON and CSV) and delete-all work, the page is
// usable by keyboard alone, and axe finds nothing serious in light or dark.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { CSV_COLUMNS } from '../../lib/stats/export';
import { attr, waitAttr } from './coach-helpers';
import { clearStorage, openExtensionPage, record, runAxe, sendRecords } from './extension-pages';
import { launchBrowser, readAllExtensionStorage, type Rig } from './support/browser';
import { COMPOSER_SELECTORS as SEL, focusSlack, typeLikeAPerson } from './support/page';

let rig: Rig;
let options: Page;

async function storedSettings(): Promise<any> {
  return JSON.parse(await readAllExtensionStorage(rig)).local.settings;
}

async function reopen(): Promise<void> {
  await options.reload();
  await options.waitForSelector('[data-testid="site-slack"]');
}

beforeAll(async () => {
  rig = await launchBrowser({ extension: true });
  options = await openExtensionPage(rig, 'options.html');
});
afterAll(async () => {
  await rig?.close();
});
beforeEach(async () => {
  await clearStorage(options);
  await reopen();
});

describe('settings round-trip', () => {
  test('sites, pause, sensitivity, rules and both phrase lists survive a reload', async () => {
    await options.getByTestId('site-gmail').click();
    await options.getByTestId('sensitivity-strict').check();
    const firstRule = options.locator('input[data-rule]').first();
    const ruleId = await firstRule.getAttribute('data-rule');
    expect(ruleId, 'the rule list is rendered from the registry').toBeTruthy();
    await firstRule.uncheck();
    await options.fill('#extra-input', '  as previously   stated ');
    await options.press('#extra-input', 'Enter');
    await options.fill('#extra-input', 'circling back');
    await options.getByRole('button', { name: 'Add' }).first().click();
    await options.fill('#ignored-input', 'just checking');
    await options.press('#ignored-input', 'Enter');
    await options.getByRole('button', { name: 'Remove “circling back”' }).click();
    await expect.poll(() => options.getByTestId('save-status').innerText()).toMatch(/^Saved/);

    const expected = {
      ...DEFAULT_SETTINGS,
      sites: { slack: true, gmail: false, notion: true },
      sensitivity: 'strict',
      disabledRules: [ruleId],
      extraPhrases: ['as previously stated'],
      ignoredPhrases: ['just checking'],
    };
    await expect.poll(storedSettings).toEqual(expected);

    await reopen();
    expect(await options.getByTestId('site-gmail').isChecked()).toBe(false);
    expect(await options.getByTestId('site-slack').isChecked()).toBe(true);
    expect(await options.getByTestId('sensitivity-strict').isChecked()).toBe(true);
    expect(await options.locator(`input[data-rule="${ruleId}"]`).isChecked()).toBe(false);
    expect(await options.locator('[data-list="extra"] .phrase').allInnerTexts()).toEqual(['as previously stated']);
    expect(await options.locator('[data-list="ignored"] .phrase').allInnerTexts()).toEqual(['just checking']);

    await options.getByTestId('paused').click();
    await reopen();
    expect(await options.getByTestId('paused').isChecked()).toBe(true);
    expect((await storedSettings()).paused).toBe(true);
  });

  test('every rule in the registry is listed once, under its category (message-burst under conversation habits)', async () => {
    const { RULES } = await import('../../lib/analysis/rules/index');
    const shown = await options
      .locator('input[data-rule]')
      .evaluateAll((els) => els.map((e) => `${e.closest('[data-category]')!.getAttribute('data-category')}/${e.getAttribute('data-rule')}`));
    const expected = [...RULES.map((r) => `${r.meta.category}/${r.meta.id}`), 'conversation/message-burst'];
    expect(shown.sort()).toEqual(expected.sort());
  });

  test('each check shows its name and the two catalog examples, as plain text', async () => {
    const { RULE_CATALOG } = await import('../../lib/analysis/catalog');
    for (const rule of RULE_CATALOG) {
      const row = options.locator('.rule', { has: options.locator(`input[data-rule="${rule.id}"]`) });
      expect(await row.locator('label').innerText(), rule.id).toContain(rule.name);
      for (const kind of ['flags', 'passes'] as const) {
        const example = row.locator(`[data-example="${kind}"] blockquote`);
        expect(await example.isVisible(), `${rule.id} ${kind}`).toBe(true);
        // textContent: the stored string exactly (the long ones scroll inside their box).
        expect(await example.evaluate((el) => el.textContent), `${rule.id} ${kind}`).toBe(rule[kind].text);
      }
    }
    // The label names the check, so it is what a screen reader announces for the switch.
    await expect.poll(() => options.getByRole('checkbox', { name: /Pointed emoji/ }).count()).toBe(1);
  });
});

describe('changes reach open tabs without a reload', () => {
  test('a phrase added to "Always flag" is flagged in Slack at once; "Never flag" clears it', async () => {
    const slack = await rig.open('slack');
    await waitAttr(slack, SEL.slack, '');
    await focusSlack(slack, 'channel');
    await typeLikeAPerson(slack, 'The quorvexal numbers are in the sheet.');
    await slack.waitForTimeout(800);
    const before = await attr(slack, SEL.slack);
    expect(before).not.toContain('passive-aggressive');

    await options.fill('#extra-input', 'quorvexal numbers');
    await options.press('#extra-input', 'Enter');
    await waitAttr(slack, SEL.slack, [...new Set([...before!.split(' ').filter(Boolean), 'passive-aggressive'])].sort().join(' '));

    await options.fill('#ignored-input', 'quorvexal numbers');
    await options.press('#ignored-input', 'Enter');
    await waitAttr(slack, SEL.slack, before!);
    expect(await options.locator('[data-list="extra"] .phrase').count()).toBe(0);

    await options.getByTestId('site-slack').click();
    await waitAttr(slack, SEL.slack, '');
    await slack.close();
  });
});

describe('your data', () => {
  test('export JSON holds settings and stats; CSV has the header and one row per day and site', async () => {
    await sendRecords(options, [record({ categories: ['vague-ask'] }), record({ site: 'gmail', wordCount: 90 })]);
    await options.getByTestId('sensitivity-gentle').check();
    await expect.poll(async () => (await storedSettings())?.sensitivity).toBe('gentle');

    const [jsonDl] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
    expect(jsonDl.suggestedFilename()).toMatch(/^candor-data-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(readFileSync((await jsonDl.path())!, 'utf8'));
    expect(json.app).toBe('candor');
    expect(json.settings.sensitivity).toBe('gentle');
    const days = Object.values<any>(json.stats.days);
    expect(days.reduce((n, d) => n + (d.slack?.messages ?? 0) + (d.gmail?.messages ?? 0), 0)).toBe(2);

    const [csvDl] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-csv').click()]);
    expect(csvDl.suggestedFilename()).toMatch(/\.csv$/);
    const lines = readFileSync((await csvDl.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[1])
        .sort(),
    ).toEqual(['gmail', 'slack']);
  });

  test('import reads an export back; a bad file is refused with a message and changes nothing', async () => {
    const chooseFile = async (name: string, contents: string) => {
      const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByTestId('import-json').click()]);
      await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
    };
    await sendRecords(options, [record({ categories: ['passive-aggressive'] })]);
    const statsBefore = JSON.parse(await readAllExtensionStorage(rig)).local.stats;
    expect(statsBefore).toBeTruthy();

    // An export made on another machine: strict, Gmail off, a phrase in each list, one check off.
    const exported = {
      ...DEFAULT_SETTINGS,
      sites: { slack: true, gmail: false, notion: true },
      sensitivity: 'strict',
      disabledRules: ['sarcasm'],
      extraPhrases: ['as previously stated'],
      ignoredPhrases: ['just checking'],
    };
    const file = JSON.stringify({ app: 'candor', exportedAt: '2026-12-01T09:00:00.000Z', settings: exported, stats: { days: {} } });

    // A broken copy of it: refused whole, with the reason, and storage untouched.
    const before = await storedSettings();
    await chooseFile('candor-data.json', file.replace('"strict"', '"loud"'));
    await expect.poll(() => options.getByTestId('import-error').innerText()).toMatch(/^Nothing was imported\. settings\.sensitivity must be/);
    expect(await storedSettings()).toEqual(before);
    expect(await options.getByTestId('sensitivity-balanced').isChecked()).toBe(true);
    await chooseFile('notes.txt', 'not json at all');
    await expect.poll(() => options.getByTestId('import-error').innerText()).toMatch(/not JSON/);
    expect(await storedSettings()).toEqual(before);

    await chooseFile('candor-data.json', file);
    await expect.poll(storedSettings).toEqual(exported);
    await expect.poll(() => options.getByTestId('save-status').innerText()).toBe('Imported settings: 1 phrase to flag, 1 phrase never to flag, 1 check off.');
    expect(await options.getByTestId('import-error').count()).toBe(0);
    // The page shows what was imported without a reload, and the stats were left alone.
    await expect.poll(() => options.getByTestId('sensitivity-strict').isChecked()).toBe(true);
    expect(await options.getByTestId('site-gmail').isChecked()).toBe(false);
    expect(await options.locator('input[data-rule="sarcasm"]').isChecked()).toBe(false);
    expect(await options.locator('[data-list="extra"] .phrase').allInnerTexts()).toEqual(['as previously stated']);
    expect(await options.locator('[data-list="ignored"] .phrase').allInnerTexts()).toEqual(['just checking']);
    expect(JSON.parse(await readAllExtensionStorage(rig)).local.stats).toEqual(statsBefore);
  });

  test('delete all asks first, then removes stats and settings', async () => {
    await sendRecords(options, [record()]);
    await options.getByTestId('site-notion').click();
    await expect.poll(async () => (await storedSettings())?.sites?.notion).toBe(false);

    await options.getByTestId('delete-all').click();
    const dialog = options.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(JSON.parse(await readAllExtensionStorage(rig)).local.stats).toBeTruthy();

    await options.getByTestId('delete-all').click();
    await options.getByTestId('confirm-delete').click();
    await expect.poll(async () => JSON.parse(await readAllExtensionStorage(rig)).local).toEqual({});
    await expect.poll(() => options.getByTestId('save-status').innerText()).toMatch(/All Candor data deleted/);
    await expect.poll(() => options.getByTestId('site-notion').isChecked()).toBe(true);
    await expect.poll(() => options.getByTestId('data-summary').innerText()).toBe('No stats stored yet.');
  });
});

describe('quality', () => {
  test('keyboard only: switches, sensitivity radios, phrase entry and removal', async () => {
    // Tab order starts at the first site switch.
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('site-slack');
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings())?.sites?.slack).toBe(false);
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings())?.sites?.slack).toBe(true);

    await options.focus('[data-testid="sensitivity-balanced"]');
    await options.keyboard.press('ArrowDown');
    await expect.poll(async () => (await storedSettings())?.sensitivity).toBe('strict');

    await options.focus('#ignored-input');
    await options.keyboard.type('no worries');
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await storedSettings())?.ignoredPhrases).toEqual(['no worries']);
    // Tab from the input reaches Add, then the new entry's Remove button.
    await options.keyboard.press('Tab');
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove “no worries”');
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await storedSettings())?.ignoredPhrases).toEqual([]);
  });

  test.each(['light', 'dark'] as const)('axe: no serious or critical violations (%s)', async (scheme) => {
    await options.emulateMedia({ colorScheme: scheme });
    await sendRecords(options, [record()]);
    await options.fill('#extra-input', 'as I said');
    await options.press('#extra-input', 'Enter');
    await options.getByTestId('delete-all').click();
    await options.getByRole('alertdialog').waitFor();
    const result = await runAxe(options);
    console.log(`axe options ${scheme}: ${result.all.join('; ') || 'none'}`);
    expect(result.serious).toEqual([]);
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.emulateMedia({ colorScheme: null });
  });
});
