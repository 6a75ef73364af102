// Notion: the page is read as one document, block by block, so rules see its structure
// (headings → "# ", bullets → "- ", to-dos → "[ ] "), code blocks skipped. Each block's text is
// cached by data-block-id (Notion swaps leaf elements, so element identity is not a key) and
// reused while the leaf and its text are unchanged: a 5,000-word page re-reads only the blocks
// that changed. Findings map back to their block through the text map's Text nodes. Blocks a
// long page unmounts off-screen keep their last text by id, so the page is still read whole.

import { BLOCK, BULLET_BLOCK, CODE_BLOCK, EDITABLE_ROOT, HEADING_BLOCK, LEAF, LEGACY_LEAF, SCROLLER, TODO_BLOCK } from '../../sites/notion';
import { readEditor } from './read';
import { TextMapBuilder, type TextMap } from './text-map';

const LEAVES = `${LEAF}, ${LEGACY_LEAF}:not(${EDITABLE_ROOT})`;

interface CachedBlock {
  leaf: Element;
  raw: string;
  map: TextMap;
  /** How the block enters the document; kept so an unmounted block is still read in place. */
  kind: BlockKind;
}

type BlockKind = 'text' | 'heading' | 'list' | 'todo' | 'code';

export interface NotionBlockSpan {
  blockId: string;
  start: number;
  end: number;
}

interface Mounted {
  id: string;
  block: Element;
  leaf: Element;
}

export class NotionReader {
  private cache = new Map<string, CachedBlock>();
  /** Block ids in page order at the last read, mounted or not. */
  private order: string[] = [];
  /** Where each block's own text sits in the last document read. */
  blocks: NotionBlockSpan[] = [];

  constructor(private page: HTMLElement) {}

  read(): TextMap {
    const mounted = this.mounted();
    const order = this.pageOrder(mounted);
    const byId = new Map(mounted.map((m) => [m.id, m]));
    const out = new TextMapBuilder();
    const blocks: NotionBlockSpan[] = [];
    let prevList = false;
    for (const id of order) {
      const m = byId.get(id);
      const kind = m ? kindOf(m.block) : this.cache.get(id)!.kind;
      if (kind === 'code') continue;
      // An unmounted block's words stay in the document as text without DOM nodes: they count,
      // but nothing can be drawn or applied there until Notion mounts the block again.
      const map = m ? this.blockText(id, m.leaf, kind) : this.cache.get(id)!.map;
      if (!map.text.trim()) continue;
      const list = kind === 'list' || kind === 'todo';
      if (out.size > 0) out.virtual(list && prevList ? '\n' : '\n\n');
      if (kind === 'heading') out.virtual('# ');
      else if (kind === 'todo') out.virtual('[ ] ');
      else if (list) out.virtual('- ');
      const start = out.size;
      if (m) out.append(map);
      else out.virtual(map.text);
      blocks.push({ blockId: id, start, end: out.size });
      prevList = list;
    }
    const keep = new Set(order);
    for (const id of this.cache.keys()) if (!keep.has(id)) this.cache.delete(id);
    this.order = order;
    this.blocks = blocks;
    return out.build();
  }

  /** The page's blocks in the DOM now, each with its own leaf (one per block id). */
  private mounted(): Mounted[] {
    const out: Mounted[] = [];
    const seen = new Set<string>();
    for (const leaf of this.page.querySelectorAll(LEAVES)) {
      const block = leaf.closest(BLOCK);
      if (!block || !this.page.contains(block)) continue;
      // Only the block's own leaf: a nested editable inside it (e.g. a caption) is not prose.
      const id = block.getAttribute('data-block-id') || '';
      if (!id || seen.has(id)) continue;
      seen.add(id);
      out.push({ id, block, leaf });
    }
    return out;
  }

  /**
   * Page order, mounted or not. Long pages may unmount blocks far from the viewport (SITES.md,
   * Notion), and the block holding the caret may stay mounted however far it is. So each run of
   * blocks that vanished since the last read is judged by where it sat: between its mounted
   * neighbours (or past the first/last one). Entirely off-screen: unmounted, its text is kept by
   * data-block-id. On screen: the user deleted it. Reads layout only when a run vanished.
   */
  private pageOrder(mounted: Mounted[]): string[] {
    const byId = new Map(mounted.map((m) => [m.id, m]));
    const old = this.order;
    if (!old.some((id) => byId.has(id))) return mounted.map((m) => m.id); // a fresh page
    // Kept runs, keyed by the mounted block before them in the old order ('' = page start).
    const kept = new Map<string, string[]>();
    let prev = '';
    let run: string[] = [];
    const close = (next: Mounted | undefined) => {
      if (run.length && this.offScreen(byId.get(prev)?.block, next?.block)) kept.set(prev, run);
      run = [];
    };
    for (const id of old) {
      const m = byId.get(id);
      if (m) {
        close(m);
        prev = id;
      } else if (this.cache.has(id)) run.push(id);
    }
    close(undefined);
    const out = [...(kept.get('') ?? [])];
    for (const m of mounted) out.push(m.id, ...(kept.get(m.id) ?? []));
    return out;
  }

  /** Is the space between these blocks (none: the page's start or end) outside the visible area? */
  private offScreen(above: Element | undefined, below: Element | undefined): boolean {
    const scroller = this.page.closest(SCROLLER);
    const view = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    const top = above ? above.getBoundingClientRect().bottom : -Infinity;
    const bottom = below ? below.getBoundingClientRect().top : Infinity;
    return bottom <= view.top || top >= view.bottom;
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

  private blockText(id: string, leaf: Element, kind: BlockKind): TextMap {
    const raw = leaf.textContent ?? '';
    const hit = this.cache.get(id);
    if (hit && hit.leaf === leaf && hit.raw === raw && hit.map.segments.every((s) => !s.node || s.node.isConnected)) {
      hit.kind = kind;
      return hit.map;
    }
    const map = readEditor(leaf as HTMLElement);
    // A leaf's inner line breaks (Shift+Enter) stay; leading/trailing ones are layout only.
    this.cache.set(id, { leaf, raw, map, kind });
    return map;
  }
}

function kindOf(block: Element): BlockKind {
  if (block.closest(CODE_BLOCK)) return 'code';
  if (block.matches(HEADING_BLOCK)) return 'heading';
  if (block.matches(TODO_BLOCK)) return 'todo';
  if (block.matches(BULLET_BLOCK)) return 'list';
  return 'text';
}
