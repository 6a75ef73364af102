// Gmail rows of the contract table (fixture: tests/e2e/fixtures/gmail). Variants from SITES.md
// (Gmail, and "What changed in 2026"): docked composes (div.M9), the inline reply (.adB), pop-out
// (body.xE.xp) and full-screen ([role=dialog] div.aaZ) composes without .M9, a reply whose quote
// is trimmed until "Show trimmed content" inserts it, and a send Gmail refuses (no recipient)
// before one it takes. Every Gmail page is served with `require-trusted-types-for 'script'`
// (tests/e2e/support/server.ts), so every row also runs under Trusted Types.

import type { Session } from '../driver';
import { plainSpaces, reopen, type Target, type Variant } from '../variant';

const root = (id: string) => `[data-compose-id="${id}"]`;
const bodyOf = (id: string) => `${root(id)} [g_editable="true"]`;
const idOf = (t: Target) => t.composer.match(/data-compose-id="([^"]+)"/)![1];
/** Where Gmail's own parts of the body start: signature, then the quote. */
const NOT_USERS = '.gmail_signature_prefix, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_quote_container';

/** Opens the row's compose (fresh, caret in its body) and returns it. */
const signatureOf = (t: Target) => [`${t.composer} .gmail_signature_prefix`, `${t.composer} .gmail_signature`];

type Opener = (session: Session, prev: Target | null) => Promise<Target>;

/** A docked compose ('new' | 'reply') or the inline reply, in the same tab, others discarded first. */
const docked =
  (open: Variant['open'], kind: 'new' | 'reply' | 'inline'): Opener =>
  async (session, prev) => {
    const tab = prev?.tab ?? (await session.open('gmail', open));
    // The fixture's trash buttons: one compose open at a time, so one element is hooked.
    await tab.evaluate(() =>
      document.querySelectorAll<HTMLElement>('.M9 .og, .aaZ .og').forEach((x) => {
        x.click();
      }),
    );
    const id = await tab.evaluate(
      (k) =>
        ((k === 'inline' ? (window as any).__gmail.openInlineReply() : (window as any).__gmail.openCompose(k)) as Element).getAttribute('data-compose-id')!,
      kind,
    );
    return { tab, composer: bodyOf(id) };
  };

/** Pop-out and full-screen: the page is opened at that compose (it is gone once sent). */
const detached =
  (open: Variant['open'], mode: 'popout' | 'fullscreen'): Opener =>
  async (session, prev) => ({ tab: await reopen(session, { site: 'gmail', open }, prev), composer: bodyOf(mode) });

function gmailRow(id: string, open: Variant['open'], opener: (open: Variant['open']) => Opener, extra: Partial<Variant> = {}): Variant {
  return {
    id,
    site: 'gmail',
    open,
    newline: 'Enter',
    apply: 'verified',
    fresh: opener(open),
    text: userText,
    judged: userText,
    model: ({ tab, composer }) => tab.evaluate((s) => document.querySelector(s)!.innerHTML, composer),
    caretAt: ({ tab, composer }, offset) =>
      tab.evaluate(
        ([s, o]) => {
          const line = document.querySelector(s as string)!.firstElementChild!;
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          let left = o as number;
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
            if (left <= n.length) {
              getSelection()!.collapse(n, left);
              return;
            }
            left -= n.length;
          }
          throw new Error('offset past the first line');
        },
        [composer, offset] as const,
      ),
    caret: ({ tab, composer }) =>
      tab.evaluate((s) => {
        const sel = getSelection()!;
        const line = document.querySelector(s)!.firstElementChild!;
        if (!sel.rangeCount || !sel.isCollapsed || !line.contains(sel.anchorNode)) return null;
        const r = document.createRange();
        r.setStart(line, 0);
        r.setEnd(sel.anchorNode!, sel.anchorOffset);
        return r.toString().length;
      }, composer),
    untouched: (t) => [...signatureOf(t), `${t.composer} .gmail_quote_container`],
    async send(t) {
      await t.tab.click(`${root(idOf(t))} .aoO`);
    },
    received: ({ tab }, typed) => tab.evaluate((want) => ((window as any).__sent.at(-1)?.text ?? '').replace(/\u00a0/g, ' ').includes(want), typed),
    ...extra,
  };
}

/** The user's lines: the body's lines before Gmail's signature and quote, trailing empty ones dropped. */
function userText({ tab, composer }: Target): Promise<string> {
  return tab
    .evaluate(
      ([s, stop]) => {
        const lines: string[] = [];
        for (const child of document.querySelector(s!)!.children) {
          if (child.matches(stop!)) break;
          lines.push(child.textContent ?? '');
        }
        while (lines.length && !lines.at(-1)!.trim()) lines.pop();
        return lines.join('\n');
      },
      [composer, NOT_USERS] as const,
    )
    .then(plainSpaces);
}

const EN = { hl: 'en', compose: 'none' };

/** A new message with a subject and no recipient: Gmail refuses the first Send (an alert). */
const refusedFirst =
  (open: Variant['open']): Opener =>
  async (session, prev) => {
    const t = await docked(open, 'new')(session, prev);
    await t.tab.click(`${root(idOf(t))} input[name=subjectbox]`);
    await t.tab.type('Release notes');
    await t.tab.evaluate((s) => (window as any).__gmail.focusBody(document.querySelector(s)!.closest('[data-compose-id]')), t.composer);
    return t;
  };

/** A reply whose quote Gmail trims; "Show trimmed content" puts it into the body. */
const trimmedReply =
  (open: Variant['open']): Opener =>
  async (session, prev) => {
    const t = await docked(open, 'reply')(session, prev);
    await t.tab.click(`${root(idOf(t))} .ajR`);
    await t.tab.evaluate((s) => (window as any).__gmail.focusBody(document.querySelector(s)!.closest('[data-compose-id]')), t.composer);
    return t;
  };

export const GMAIL_VARIANTS: Variant[] = [
  // German UI (the default): the body's aria-label is translated, so hooking must not use it.
  gmailRow('gmail-docked', {}, (o) => docked(o, 'reply')),
  gmailRow('gmail-inline', { query: EN }, (o) => docked(o, 'inline')),
  gmailRow('gmail-popout', { query: { hl: 'en', compose: 'popout' } }, (o) => detached(o, 'popout')),
  gmailRow('gmail-fullscreen', { query: { hl: 'en', compose: 'fullscreen' } }, (o) => detached(o, 'fullscreen')),
  gmailRow('gmail-trimmed-quote', { query: { ...EN, trimmed: '1' } }, trimmedReply),
  gmailRow('gmail-refused-send', { query: EN }, refusedFirst, {
    // A new message: a signature, no quote.
    untouched: signatureOf,
    async send(t, refused) {
      const compose = root(idOf(t));
      await t.tab.click(`${compose} .aoO`);
      await t.tab.waitFor(() => !!document.querySelector('[role=alertdialog]'));
      await t.tab.click('[role=alertdialog] button[name=ok]');
      await refused();
      await t.tab.click(`${compose} input[name=to]`);
      await t.tab.type('ravi@example.com');
      await t.tab.click(`${compose} .aoO`);
    },
  }),
];
