// Notion rows of the contract table (fixture: tests/e2e/fixtures/notion). Variants from SITES.md
// ("What changed in 2026", Notion): the live nested model (one editable root, leaves editable
// too; Vimtion's live probes, 2026) at app.notion.com, the same at the legacy host www.notion.so,
// the older flat model (each leaf its own editing host), and a long page that unmounts off-screen
// blocks (?virtualize=1; plausible, not measured). A page counts as sent when the user leaves it.

import { documentOf, type Block } from '../../support/notion';
import { reopen, type Target, type Variant } from '../variant';

const PAGE = '.notion-page-content';
const LONG_PAGE = 'the long page has findings of its own and many blocks; its whole-page cases are in notion-variants.e2e.ts';

const blocks = ({ tab }: Target) => tab.evaluate(() => (window as any).__notionModel() as Block[]);

function notionRow(id: string, open: Variant['open'], extra: Partial<Variant> = {}): Variant {
  return {
    id,
    site: 'notion',
    open,
    newline: 'Enter',
    apply: 'verified',
    unmarkedUntilEdited: true,
    // Notion checks about a second later whether it kept an edit made from outside (SITES.md).
    applySettleMs: 1200,
    async fresh(session, prev) {
      const tab = prev?.tab ?? (await session.open('notion', open));
      // A fresh blank page, through another one (a new, unedited visit), caret in its only block.
      await tab.evaluate(() => {
        const n = (window as any).__notion;
        if (n.page() === 'blank') n.navigate('retro');
        n.navigate('blank');
        n.focusBlock(0, 'end');
      });
      return { tab, composer: PAGE };
    },
    text: async (t) => (await blocks(t)).map((b) => b.text).join('\n'),
    judged: async (t) => documentOf(await blocks(t)),
    model: blocks,
    caretAt: ({ tab }, offset) => tab.evaluate((o) => void (window as any).__notion.focusBlock(0, o), offset),
    caret: ({ tab }) =>
      tab.evaluate(() => {
        const c = (window as any).__notion.caret();
        return c && c.id === (window as any).__notionModel()[0].id ? (c.offset as number) : null;
      }),
    untouched: () => [],
    skip: { untouched: 'a Notion page has no quote, signature or search box in the editor; code blocks skipped: notion.e2e.ts' },
    async send({ tab }) {
      // Leaving the page through the sidebar, as a person does.
      await tab.click('.notion-page-link[data-page="retro"]');
    },
    received: ({ tab }) => tab.evaluate(() => (window as any).__sent.at(-1)?.edited === true),
    ...extra,
  };
}

export const NOTION_VARIANTS: Variant[] = [
  notionRow('notion-nested', {}),
  notionRow('notion-legacy-host', { host: 'www.notion.so' }),
  notionRow('notion-legacy-model', { query: { variant: 'legacy' } }),
  notionRow(
    'notion-virtualized',
    { query: { size: '2000', virtualize: '1' } },
    {
      // The long page itself, caret at the end of its first text block.
      async fresh(session, prev) {
        const tab = await reopen(session, { site: 'notion', open: { query: { size: '2000', virtualize: '1' } } }, prev);
        await tab.evaluate(() => {
          const first = (window as any).__notionModel().find((b: { type: string }) => b.type === 'text');
          (window as any).__notion.focusBlock(first.id, 'end');
        });
        return { tab, composer: PAGE };
      },
      skip: {
        clean: LONG_PAGE,
        intact: LONG_PAGE,
        apply: LONG_PAGE,
        untouched: 'no quote, signature or search box in a Notion page',
      },
    },
  ),
];
