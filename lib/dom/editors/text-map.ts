// The text handed to analyze() and the way back from its offsets to the DOM. Every character of
// `text` comes from a segment: either a run of one DOM Text node, or a virtual run (line breaks
// between blocks, "# " before a Notion heading, backticks around inline code) that exists only
// for the engine. Offsets are UTF-16, like the engine's.

export interface Segment {
  start: number;
  end: number;
  /** The Text node this run was read from; null for virtual runs. */
  node: Text | null;
  /** Offset in `node` of the run's first character. */
  nodeOffset: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

export class TextMapBuilder {
  private parts: string[] = [];
  private length = 0;
  private last = '';
  readonly segments: Segment[] = [];

  get size(): number {
    return this.length;
  }

  endsWith(ch: string): boolean {
    return this.last === ch;
  }

  /** Append characters read from `node` starting at `nodeOffset`. */
  text(s: string, node: Text, nodeOffset = 0): void {
    if (!s) return;
    this.segments.push({ start: this.length, end: this.length + s.length, node, nodeOffset });
    this.add(s);
  }

  /** Append characters that exist only for the engine. */
  virtual(s: string): void {
    if (!s) return;
    const prev = this.segments[this.segments.length - 1];
    if (prev && prev.node === null) prev.end += s.length;
    else this.segments.push({ start: this.length, end: this.length + s.length, node: null, nodeOffset: 0 });
    this.add(s);
  }

  /** A line break unless the text is empty or already ends with one. */
  newline(): void {
    if (this.length > 0 && this.last !== '\n') this.virtual('\n');
  }

  /** Append another map (e.g. a cached Notion block), shifting its offsets. */
  append(map: TextMap): void {
    const shift = this.length;
    for (const s of map.segments) {
      const seg: Segment = { start: s.start + shift, end: s.end + shift, node: s.node, nodeOffset: s.nodeOffset };
      const prev = this.segments[this.segments.length - 1];
      if (seg.node === null && prev && prev.node === null && prev.end === seg.start) prev.end = seg.end;
      else this.segments.push(seg);
    }
    if (map.text) this.add(map.text);
  }

  private add(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.last = s[s.length - 1];
  }

  build(): TextMap {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

/** Index of the segment containing offset (for `end` points, the one ending at it). */
function findSegment(segs: Segment[], offset: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    if (offset < s.start || (preferEnd && offset === s.start && mid > 0)) hi = mid - 1;
    else if (offset > s.end || (!preferEnd && offset === s.end && mid < segs.length - 1)) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(segs.length - 1, lo));
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * DOM point for a text offset. Offsets inside virtual runs snap to the nearest real character in
 * the given direction (a range never starts on "# " or ends on a block's line break).
 */
export function pointAt(map: TextMap, offset: number, side: 'start' | 'end'): DomPoint | null {
  const segs = map.segments;
  if (!segs.length) return null;
  let i = findSegment(segs, offset, side === 'end');
  let s = segs[i];
  if (s.node && offset >= s.start && offset <= s.end) return { node: s.node, offset: s.nodeOffset + (offset - s.start) };
  if (side === 'start') {
    while (i < segs.length && !segs[i].node) i++;
    if (i >= segs.length) return null;
    s = segs[i];
    return { node: s.node!, offset: s.nodeOffset };
  }
  while (i >= 0 && !segs[i].node) i--;
  if (i < 0) return null;
  s = segs[i];
  return { node: s.node!, offset: s.nodeOffset + (s.end - s.start) };
}

/** A live DOM Range for text[start, end), or null when the nodes are gone. */
export function rangeAt(map: TextMap, start: number, end: number): Range | null {
  const a = pointAt(map, start, 'start');
  const b = pointAt(map, end, 'end');
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  if (a.offset > a.node.length || b.offset > b.node.length) return null;
  const r = document.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return r.collapsed && end > start ? null : r;
}

/** Nonbreaking and other odd spaces read as plain spaces; same length, so offsets hold. */
export function normalizeSpaces(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f]/g, ' ');
}

/** Offset in `map.text` of a DOM point inside one of its Text nodes, or -1. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  for (const s of map.segments) {
    if (s.node === node && offset >= s.nodeOffset && offset <= s.nodeOffset + (s.end - s.start)) {
      return s.start + (offset - s.nodeOffset);
    }
  }
  return -1;
}
