// Notion: the page is read as one document, block by block, so rules see its structure
// (headings → "# ", bullets → "- ", to-dos → "[ ] "), code blocks skipped. Each block's text is
// cached by data-block-id (Notion swaps leaf elements, so element identity is not a key) and
// reused while the leaf and its text are unchanged: a 5,000-word page re-reads only the blocks
// that changed. Findings map back to their block through the text map's Text nodes.

import {
  BLOCK,
  BULLET_BLOCK,
  CODE_BLOCK,
  EDITABLE_ROOT,
  HEADING_BLOCK,
  LEAF,
  LEGACY_LEAF,
  TODO_BLOCK,
} from '../../sites/notion';
import { readEditor } from './read';
import { TextMapBuilder, type TextMap } from './text-map';

const LEAVES = `${LEAF}, ${LEGACY_LEAF}:not(${EDITABLE_ROOT})`;

interface CachedBlock {
  leaf: Element;
  raw: string;
  map: TextMap;
}

export interface NotionBlockSpan {
  blockId: string;
  start: number;
  end: number;
}

export class NotionReader {
  private cache = new Map<string, CachedBlock>();
  /** Where each block's own text sits in the last document read. */
  blocks: NotionBlockSpan[] = [];

  constructor(private page: HTMLElement) {}

  read(): TextMap {
    const out = new TextMapBuilder();
    const seen = new Set<string>();
    const blocks: NotionBlockSpan[] = [];
    let prevList = false;
    for (const leaf of this.page.querySelectorAll(LEAVES)) {
      const block = leaf.closest(BLOCK);
      if (!block || !this.page.contains(block)) continue;
      // Only the block's own leaf: a nested editable inside it (e.g. a caption) is not prose.
      const id = block.getAttribute('data-block-id') || '';
      if (!id || seen.has(id)) continue;
      if (block.closest(CODE_BLOCK)) continue;
      seen.add(id);
      const map = this.blockText(id, leaf);
      if (!map.text.trim()) continue;
      const heading = block.matches(HEADING_BLOCK);
      const list = block.matches(BULLET_BLOCK) || block.matches(TODO_BLOCK);
      if (out.size > 0) out.virtual(list && prevList ? '\n' : '\n\n');
      if (heading) out.virtual('# ');
      else if (block.matches(TODO_BLOCK)) out.virtual('[ ] ');
      else if (list) out.virtual('- ');
      const start = out.size;
      out.append(map);
      blocks.push({ blockId: id, start, end: out.size });
      prevList = list;
    }
    for (const id of this.cache.keys()) if (!seen.has(id)) this.cache.delete(id);
    this.blocks = blocks;
    return out.build();
  }

  /** The block a text offset belongs to (for findings and apply verification). */
  blockAt(offset: number): NotionBlockSpan | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = this.blocks[mid];
      if (offset < b.start) hi = mid - 1;
      else if (offset > b.end) lo = mid + 1;
      else return b;
    }
    return undefined;
  }

  /** Current text of one block, read fresh (used to verify that Notion kept an edit). */
  blockTextNow(blockId: string): string | null {
    const block = this.page.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`);
    if (!block) return null;
    for (const leaf of block.querySelectorAll(LEAVES)) {
      if (leaf.closest(BLOCK) === block) return readEditor(leaf as HTMLElement).text;
    }
    return null;
  }

  private blockText(id: string, leaf: Element): TextMap {
    const raw = leaf.textContent ?? '';
    const hit = this.cache.get(id);
    if (hit && hit.leaf === leaf && hit.raw === raw && hit.map.segments.every((s) => !s.node || s.node.isConnected)) {
      return hit.map;
    }
    const map = readEditor(leaf as HTMLElement);
    // A leaf's inner line breaks (Shift+Enter) stay; leading/trailing ones are layout only.
    this.cache.set(id, { leaf, raw, map });
    return map;
  }
}
