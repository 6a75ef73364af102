// Slack rows of the contract table (fixture: tests/e2e/fixtures/slack, real Quill 1). Variants
// from SITES.md "What changed in 2026": the newer client without the [data-qa=message_input]
// wrapper (live note, Sep 2026), "Enter inserts a new line" (then Ctrl+Enter sends), and the
// fork mode where no bridge reaches Quill (Apply refused, Copy offered; userscript reports
// 2025–26). Composers are found by structure only: `.p-message_pane_input .ql-editor`.

import type { Target, Variant } from '../variant';

const CHANNEL = '.p-message_pane_input .ql-editor';
// Both the old role=textbox "Query" box and client-v2's combobox sit in the top nav's [role=search].
const SEARCH = '[role="search"] .ql-editor';

type Row = Pick<Variant, 'id' | 'open' | 'newline' | 'apply'> & { sendKey: string; skip?: Variant['skip'] };

function slackRow(row: Row): Variant {
  return {
    site: 'slack',
    // Nothing of Slack's own sits inside the composer; the search box is `search` below.
    untouched: () => [],
    search: {
      selector: SEARCH,
      focus: ({ tab }) =>
        tab.evaluate(() => {
          const q = (window as any).__quill('search');
          q.focus();
          q.setSelection(q.getLength() - 1, 0, 'user');
        }),
    },
    ...row,
    async fresh(session, prev) {
      const tab = prev?.tab ?? (await session.open('slack', row.open));
      await tab.evaluate(() => {
        const q = (window as any).__quill('channel');
        q.setText('', 'api');
        q.history.clear();
        q.focus();
        q.setSelection(0, 0, 'user');
      });
      return { tab, composer: CHANNEL };
    },
    text: slackText,
    judged: slackText,
    model: ({ tab }) => tab.evaluate(() => (window as any).__quill('channel').getContents().ops),
    caretAt: ({ tab }, offset) => tab.evaluate((o) => (window as any).__quill('channel').setSelection(o, 0, 'user'), offset),
    caret: ({ tab }) =>
      tab.evaluate(() => {
        const sel = (window as any).__quill('channel').getSelection();
        return sel && sel.length === 0 ? (sel.index as number) : null;
      }),
    async send({ tab }) {
      await tab.press(row.sendKey);
    },
    received: ({ tab }, typed) => tab.evaluate((want) => (window as any).__sent.at(-1)?.text === want, typed),
  };
}

/** Quill's model text of the channel composer, without the final "\n" Quill always keeps. */
function slackText({ tab }: Target): Promise<string> {
  return tab.evaluate(() => ((window as any).__quill('channel').getText() as string).replace(/\n$/, ''));
}

export const SLACK_VARIANTS: Variant[] = [
  slackRow({ id: 'slack', open: {}, newline: 'Shift+Enter', sendKey: 'Enter', apply: 'verified' }),
  slackRow({ id: 'slack-no-wrapper', open: { query: { wrapper: 'none' } }, newline: 'Shift+Enter', sendKey: 'Enter', apply: 'verified' }),
  slackRow({ id: 'slack-enter-newline', open: { query: { enter: 'newline' } }, newline: 'Enter', sendKey: 'Control+Enter', apply: 'verified' }),
  slackRow({ id: 'slack-fork', open: { query: { fork: '1' } }, newline: 'Shift+Enter', sendKey: 'Enter', apply: 'copy-only' }),
];
