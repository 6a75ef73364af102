// What the contract reads and does on any row, through the driver's Tab: the settled signal,
// what is hooked and underlined, the hint card's buttons, the stored counts. Not a test file.

import type { Session, Site } from './driver';
import type { Target } from './variant';

/**
 * Wait until the composer's analysis has settled (data-candor-state, lib/dom/analysis-state.ts)
 * and return its `data-candor-findings`: the categories shown for the text as it is now.
 */
export async function settled(t: Target, timeout = 8000): Promise<string | null> {
  await t.tab.waitFor((sel) => document.querySelector(sel)?.getAttribute('data-candor-state') === 'settled', t.composer, timeout);
  return t.tab.attribute(t.composer, 'data-candor-findings');
}

/** How many elements in the tab carry Candor's attribute (one per hooked composer). */
export function hookedCount({ tab }: Target): Promise<number> {
  return tab.evaluate(() => document.querySelectorAll('[data-candor-findings]').length);
}

/** Underlines (CSS highlight ranges) of `category` touching `t.composer`, and those outside it. */
export function highlightsIn({ tab, composer }: Target, category: string): Promise<{ inside: number; outside: number }> {
  return tab.evaluate(
    ([sel, c]) => {
      const el = document.querySelector(sel!);
      const h = (CSS as any).highlights?.get(`candor-${c}`) as Set<Range> | undefined;
      let inside = 0;
      let outside = 0;
      for (const r of h ?? []) {
        if (el && r.intersectsNode(el)) inside++;
        if (!el?.contains(r.commonAncestorContainer)) outside++;
      }
      return { inside, outside };
    },
    [composer, category] as const,
  );
}

/** The `data-action` of each button in the open hint card (apply, copy, dismiss, ignore). */
export function cardButtons({ tab }: Target): Promise<string[]> {
  return tab.evaluate(() =>
    [...(document.querySelector('candor-card')?.shadowRoot?.querySelectorAll<HTMLElement>('button[data-action]') ?? [])]
      .filter((b) => b.getClientRects().length > 0)
      .map((b) => b.dataset.action!),
  );
}

/** The card's status line (why Apply is not offered, "Copied", …). */
export function cardStatus({ tab }: Target): Promise<string> {
  return tab.evaluate(() => document.querySelector('candor-card')?.shadowRoot?.querySelector('[data-candor-status]')?.textContent ?? '');
}

/** A real click on the card's button with this `data-action`. */
export async function clickCardButton(t: Target, action: string): Promise<void> {
  const point = await t.tab.evaluate((a) => {
    const b = document.querySelector('candor-card')?.shadowRoot?.querySelector(`button[data-action="${a}"]`);
    const r = b?.getBoundingClientRect();
    return r?.width ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, action);
  if (!point) throw new Error(`no visible "${action}" button in the hint card`);
  await t.tab.clickAt(point.x, point.y);
}

/** Messages counted for `site` in the stored weekly stats (summed over days). */
export async function storedCount(session: Session, site: Site): Promise<number> {
  const stats = JSON.parse(await session.extensionStorage()).local?.stats;
  let n = 0;
  for (const day of Object.values<any>(stats?.days ?? {})) n += day?.[site]?.messages ?? 0;
  return n;
}

/** Type `lines`, pressing `newline` between them, and `between()` after each (e.g. wait for the analysis). */
export async function typeLines(t: Target, lines: string[], newline: string, between: () => Promise<unknown>): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i) await t.tab.press(newline);
    await t.tab.type(line);
    await between();
  }
}
