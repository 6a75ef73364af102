// Light or dark, judged from what the page actually paints behind the composer. Apps have their
// own theme switch (Slack, Notion, Gmail themes) that need not match prefers-color-scheme.

import { luminance, parseColor } from './geometry';

export type Theme = 'light' | 'dark';

function parent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function detectTheme(el: Element): Theme {
  const win = el.ownerDocument.defaultView ?? window;
  // The first ancestor with a mostly opaque background is what the user sees behind the text.
  for (let n: Element | null = el; n; n = parent(n)) {
    const c = parseColor(win.getComputedStyle(n).backgroundColor);
    if (c && c[3] >= 0.5) return luminance(c[0], c[1], c[2]) < 0.3 ? 'dark' : 'light';
  }
  // Nothing painted: the canvas colour, which follows the root's color-scheme.
  const scheme = win.getComputedStyle(el.ownerDocument.documentElement).colorScheme || '';
  if (/\bdark\b/.test(scheme)) {
    const darkOnly = !/\blight\b/.test(scheme);
    if (darkOnly || win.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  }
  // Last resort: light text implies a dark background.
  const text = parseColor(win.getComputedStyle(el).color);
  if (text && luminance(text[0], text[1], text[2]) > 0.5) return 'dark';
  return 'light';
}
