// Notion web (app.notion.com; legacy www.notion.so and www.notion.com, lib/sites/hosts.ts). The
// page, not a block, is the composer: its text is analysed as one document and each finding is
// mapped back to its block (lib/dom/editors/notion.ts).

import type { SiteAdapter } from './types';

// The page body holding every block (both leaf and root editing variants): #notion-app >
// .notion-frame > .notion-scroller > .notion-page-content (SITES.md, Notion-Boost and Vimtion, 2026).
export const PAGE_CONTENT = '.notion-page-content';
// The page's scroll container (SITES.md, Notion-Boost, 2026).
export const SCROLLER = '.notion-scroller';
// Every block carries its id; per-block state is keyed by it because Notion swaps elements on
// markdown shortcuts (SITES.md, Vimtion, 2026).
export const BLOCK = '[data-block-id]';
// One editable leaf per block (2023+ builds; SITES.md, Vimtion's live probes, 2026).
export const LEAF = '[data-content-editable-leaf="true"]';
// Older builds: each block's own contenteditable, often class notranslate (SITES.md, older
// Notion-Boost code; fixture ?variant=legacy).
export const LEGACY_LEAF = '[contenteditable="true"]';
// Newer builds: one editable root around the whole page; focus and events stay on it (SITES.md,
// Vimtion's live probes, 2026; the fixture's default).
export const EDITABLE_ROOT = '[data-content-editable-root="true"]';
// Code blocks are not prose: never read or analysed (SITES.md, "Skip code blocks").
export const CODE_BLOCK = '.notion-code-block';
// Block types whose text gets a Markdown-like prefix so the engine sees the page's structure.
export const HEADING_BLOCK = '.notion-header-block, .notion-sub_header-block, .notion-sub_sub_header-block';
export const BULLET_BLOCK = '.notion-bulleted_list-block, .notion-numbered_list-block, .notion-toggle-block';
export const TODO_BLOCK = '.notion-to_do-block';

export const notion: SiteAdapter = {
  site: 'notion',
  editorKind: 'notion',
  sendsOnLeave: true,
  judgeAfterFirstEdit: true,
  composersIn(root) {
    const out: HTMLElement[] = [];
    if (root instanceof HTMLElement && root.matches(PAGE_CONTENT)) out.push(root);
    for (const el of root.querySelectorAll<HTMLElement>(PAGE_CONTENT)) out.push(el);
    return out;
  },
  anchorFor: (editor) => editor,
  scrollersFor: (editor) => {
    const s = editor.closest<HTMLElement>(SCROLLER);
    return s ? [s] : [];
  },
  isSendKey: () => false,
  sendButtonFor: () => null,
};
