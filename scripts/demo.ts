// `npm run demo`: build Candor and open Chromium with it on the three fixture apps (Slack, Gmail,
// Notion), served locally at their real hostnames. Nothing reaches the network.
//
//   npm run demo                                  headed, one tab per app, until Ctrl+C
//   npm run demo -- --headless --screenshots DIR  type a sample message in each app, wait for
//                                                 hints, open a card, write DIR/<app>.png, exit
//   --no-build                                    use the existing .output/chrome-mv3
//
// Without a display (no DISPLAY / WAYLAND_DISPLAY) a headed browser cannot open: the demo says
// so and takes the screenshots instead (to .output/demo unless --screenshots is given).

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SITE_HOSTS } from '../lib/sites/hosts';
import { launchBrowser, REPO_ROOT, type Rig, type Site } from '../tests/e2e/support/browser';
import { COMPOSER_SELECTORS, focusGmail, focusNotion, typeLikeAPerson, waitForFindings } from '../tests/e2e/support/page';

interface Sample {
  site: Site;
  query?: Record<string, string>;
  /** Composer carrying data-candor-findings. */
  selector: string;
  focus(page: Page): Promise<void>;
  text: string;
  newline?: string;
}

// Messages a coach should react to: a vague ask with no owner or deadline, passive-aggressive
// phrasing, and (Notion) a discussion that never reaches a decision.
const SAMPLES: Sample[] = [
  {
    site: 'slack',
    selector: COMPOSER_SELECTORS.slack,
    focus: (p) => p.click(COMPOSER_SELECTORS.slack),
    text: 'Per my last message, the API keys still need rotating.\nCan someone take a look at this when you get a chance?',
    newline: 'Shift+Enter',
  },
  {
    site: 'gmail',
    selector: COMPOSER_SELECTORS.gmail,
    focus: (p) => focusGmail(p, 0),
    text: 'Hi Ravi,\n\nAs I mentioned before, going forward please check the shared folder before asking. Could you look into the budget at some point?\n\nThanks',
  },
  {
    site: 'notion',
    query: { page: 'blank' },
    selector: COMPOSER_SELECTORS.notion,
    focus: (p) => focusNotion(p, 0, 'end'),
    text: "We talked about moving the launch to May or keeping April. Some people prefer May, others want April. Let's revisit next week.\nCan someone look into the pricing page when they have time?",
  },
];

function parseArgs(argv: string[]) {
  const out = { headless: false, screenshots: undefined as string | undefined, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--headless') out.headless = true;
    else if (a === '--no-build') out.build = false;
    else if (a === '--screenshots') out.screenshots = argv[++i];
    else if (a.startsWith('--screenshots=')) out.screenshots = a.slice('--screenshots='.length);
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run demo [-- --headless] [--screenshots DIR] [--no-build]');
      process.exit(0);
    } else {
      console.error(`unknown option ${a}`);
      process.exit(2);
    }
  }
  if (out.screenshots === '') out.screenshots = undefined;
  return out;
}

function build(): void {
  console.log('» building the extension (npx wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('wxt build failed');
    process.exit(r.status ?? 1);
  }
}

/** Centre of the first Candor underline (CSS Custom Highlight API), in viewport coordinates. */
function firstUnderline(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const registry = (CSS as any).highlights as Map<string, Iterable<Range>> | undefined;
    if (!registry) return null;
    let best: { x: number; y: number } | null = null;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('candor-')) continue;
      for (const range of highlight) {
        const r = range.getClientRects()[0];
        if (!r?.width) continue;
        const p = { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
        if (!best || p.y < best.y || (p.y === best.y && p.x < best.x)) best = p;
      }
    }
    return best;
  });
}

function cardOpen(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('candor-card')].some((c) => {
      if ((c as HTMLElement).matches(':popover-open')) return true;
      const s = getComputedStyle(c);
      return s.display !== 'none' && s.visibility !== 'hidden' && (c as HTMLElement).getBoundingClientRect().height > 0;
    }),
  );
}

async function showcase(rig: Rig, sample: Sample, dir: string): Promise<string> {
  const page = await rig.open(sample.site, sample.query);
  await page.bringToFront();
  await sample.focus(page);
  await typeLikeAPerson(page, sample.text, { delay: 12, newline: sample.newline });
  const findings = await waitForFindings(page, sample.selector, (v) => v.trim() !== '', 6_000);
  let note: string;
  if (findings === null) {
    const attr = await page.evaluate((s) => document.querySelector(s)?.getAttribute('data-candor-findings'), sample.selector);
    note = attr === null || attr === undefined ? 'composer not hooked (no data-candor-findings)' : 'no findings flagged';
  } else {
    note = `flagged: ${findings}`;
    // Cards stay closed while the user is typing; wait for the quiet period, then hover.
    await page.waitForTimeout(1_000);
    const spot = await firstUnderline(page);
    if (spot) {
      await page.mouse.move(spot.x - 30, spot.y + 20);
      await page.mouse.move(spot.x, spot.y, { steps: 5 });
      await page.waitForTimeout(700);
    }
    if (!(await cardOpen(page))) {
      // Keyboard path: the card shortcut opens the hint at/after the caret.
      await sample.focus(page);
      await page.keyboard.press('Alt+Shift+KeyC');
      await page.waitForTimeout(500);
    }
    note += (await cardOpen(page)) ? ', card open' : ', card did not open';
  }
  const file = join(dir, `${sample.site}.png`);
  const url = page.url();
  await page.screenshot({ path: file });
  await page.close();
  // The URL shows the real hostname the fixture answered at (Notion: app.notion.com).
  return `${sample.site} at ${url}: ${note} → ${file}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  let headless = args.headless;
  let shotsDir = args.screenshots;
  if (!headless && !hasDisplay) {
    shotsDir ??= join(REPO_ROOT, '.output/demo');
    headless = true;
    console.log(
      'No display here (DISPLAY is not set), so a browser window cannot open.\n' +
        `Running headless instead: each app gets a sample message and a screenshot in ${shotsDir}.\n` +
        'On a desktop, `npm run demo` opens Chromium with Candor on the three apps.',
    );
  }
  if (args.build) build();

  const rig = await launchBrowser({ extension: true, headless, copyExtension: true });
  const shutdown = async () => {
    await rig.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  if (shotsDir) {
    const dir = resolve(shotsDir);
    mkdirSync(dir, { recursive: true });
    for (const sample of SAMPLES) console.log('»', await showcase(rig, sample, dir));
    if (rig.networkLog.length) console.log('! requests outside the fixture hosts:', rig.networkLog);
    if (rig.consoleErrors.length) console.log('! page errors:', rig.consoleErrors);
    await rig.close();
    return;
  }

  // Each app at the host it lives at today (Notion: app.notion.com since 2026-05-15), from the
  // one host table, so the demo moves with it.
  for (const site of ['slack', 'gmail', 'notion'] as const) await rig.open(site, undefined, { host: SITE_HOSTS[site].primary });
  // The blank tab Chromium opens with is of no use to the demo.
  for (const p of rig.context.pages()) if (p.url() === 'about:blank') await p.close();
  await rig.context.pages()[0]?.bringToFront();
  console.log(
    '\nCandor is running in Chromium on three local copies of the apps:\n' +
      `  https://${SITE_HOSTS.slack.primary}/   (Quill composer; "Reply in thread" opens a thread composer)\n` +
      `  https://${SITE_HOSTS.gmail.primary}/ (reply with quote and signature; "Schreiben" opens another)\n` +
      `  https://${SITE_HOSTS.notion.primary}/  (hints once you edit a page; ?variant=legacy, ?size=5000, ?page=blank;\n` +
      `    also at ${SITE_HOSTS.notion.legacy.join(', ')})\n` +
      'Type something like "Per my last message, can someone look at this when you get a chance?"\n' +
      'Hover an underline or press Alt+Shift+C for the card. Ctrl+C here to quit.',
  );
  rig.context.on('close', () => void shutdown());
  await new Promise(() => {});
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
