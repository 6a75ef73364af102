// Waiting on a page condition in Firefox without puppeteer's waitForFunction: its poller builds
// the predicate with `new Function` inside the page, and Firefox ESR 140 (Debian 12's firefox-esr
// 140.12 on 2026-12-04) blocks that under the page's or the add-on's CSP ("EvalError: call to
// Function() blocked by CSP"). page.evaluate sends the function over WebDriver BiDi
// (script.callFunction), which CSP does not govern, so poll with it instead.

import type { Page } from 'puppeteer-core';

export async function pollUntil<A extends unknown[]>(
  page: Page,
  fn: (...args: A) => unknown,
  args: A,
  { timeout, polling }: { timeout: number; polling: number },
): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      if (await page.evaluate(fn as any, ...args)) return;
      lastError = undefined;
    } catch (err) {
      // A poll that lands while a navigation tears the realm down fails: poll again.
      lastError = err;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Waiting failed: ${timeout} ms exceeded for ${String(fn).slice(0, 120)}`, lastError ? { cause: lastError } : undefined);
    }
    await new Promise((r) => setTimeout(r, polling));
  }
}
