// Reads a rich-text editor's DOM into the text the engine analyses, line by line the way a reader
// sees it: block elements and <br> become line breaks, inline code keeps its words but is wrapped
// in backticks (so the engine masks it instead of parsing it as prose), <pre> becomes a fenced
// block, and subtrees that are not the user's words (Gmail quotes, signatures) are skipped.
// Reading never writes to the DOM.

import { TextMapBuilder, normalizeSpaces, type TextMap } from './text-map';

// biome-ignore format: a word list reads better filled than one word a line
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
// Never text: scripts, styles, and (in Slack) the hidden clipboard helpers.
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg']);

export interface ReadOptions {
  /** Subtrees that are not the user's words. */
  skip?: string;
  /**
   * The text an inline embed reads as (Slack emoji and mentions), or null for other elements.
   * An embed's text is virtual: ranges never start or end inside it. With this option, text
   * nodes made only of U+FEFF (Quill's guards around embeds) are not words and are skipped.
   */
  embedText?: (el: Element) => string | null;
}

export function readEditor(root: HTMLElement, options: ReadOptions = {}): TextMap {
  const b = new TextMapBuilder();
  walk(root, b, options, false);
  return b.build();
}

const GUARDS_ONLY = /^\uFEFF+$/;

function walk(el: Element, b: TextMapBuilder, options: ReadOptions, inCode: boolean): void {
  const { skip, embedText } = options;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n as Text;
      if (embedText && GUARDS_ONLY.test(t.data)) continue;
      if (t.data) b.text(normalizeSpaces(t.data), t, 0);
      continue;
    }
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    const child = n as Element;
    const tag = child.tagName;
    if (IGNORED_TAGS.has(tag)) continue;
    const embedded = embedText?.(child);
    if (embedded != null) {
      b.virtual(embedded);
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (skip && child.matches(skip)) {
      // Keep the line structure around a skipped block, never its words.
      if (block) b.newline();
      continue;
    }
    if (tag === 'BR') {
      b.virtual('\n');
      continue;
    }
    if (tag === 'PRE') {
      b.newline();
      b.virtual('```\n');
      walk(child, b, options, true);
      b.newline();
      b.virtual('```\n');
      continue;
    }
    if (tag === 'CODE' && !inCode) {
      b.virtual('`');
      walk(child, b, options, true);
      b.virtual('`');
      continue;
    }
    if (block) b.newline();
    walk(child, b, options, inCode);
    if (block) b.newline();
  }
}
