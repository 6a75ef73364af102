// The offset map between the text handed to analyze() and DOM Text nodes (pure parts: building,
// snapping virtual characters, appending cached blocks). The DOM side is covered in Chromium by
// tests/e2e/*.e2e.ts.

import { describe, expect, test } from 'vitest';
import { nearestOccurrence } from '../../lib/dom/coach';
import { TextMapBuilder, normalizeSpaces, offsetOf, pointAt } from '../../lib/dom/editors/text-map';

// Stand-ins for DOM Text nodes: pointAt only reads identity and offsets.
const node = (name: string) => ({ name }) as unknown as Text;

describe('TextMapBuilder', () => {
  test('text runs and virtual runs line up with the joined text', () => {
    const a = node('a');
    const b = node('b');
    const m = new TextMapBuilder();
    m.virtual('# ');
    m.text('Plan', a);
    m.newline();
    m.newline(); // no double line break
    m.text('Ship it', b, 3);
    const map = m.build();
    expect(map.text).toBe('# Plan\nShip it');
    expect(map.segments).toEqual([
      { start: 0, end: 2, node: null, nodeOffset: 0 },
      { start: 2, end: 6, node: a, nodeOffset: 0 },
      { start: 6, end: 7, node: null, nodeOffset: 0 },
      { start: 7, end: 14, node: b, nodeOffset: 3 },
    ]);
  });

  test('append shifts a cached block and merges adjacent virtual runs', () => {
    const a = node('a');
    const block = new TextMapBuilder();
    block.virtual('`');
    block.text('npm test', a);
    block.virtual('`');
    const cached = block.build();
    const m = new TextMapBuilder();
    m.virtual('- ');
    m.append(cached);
    m.append(cached);
    const map = m.build();
    expect(map.text).toBe('- `npm test``npm test`');
    expect(map.segments.map((s) => [s.start, s.end, s.node ? 'a' : null])).toEqual([
      [0, 3, null],
      [3, 11, 'a'],
      [11, 13, null],
      [13, 21, 'a'],
      [21, 22, null],
    ]);
  });
});

describe('pointAt', () => {
  const a = node('a');
  const b = node('b');
  const m = new TextMapBuilder();
  m.virtual('# ');
  m.text('Goal', a);
  m.virtual('\n\n');
  m.text('Per my last email', b, 5);
  const map = m.build();

  test('offsets inside text runs map to node offsets', () => {
    expect(pointAt(map, 3, 'start')).toEqual({ node: a, offset: 1 });
    expect(pointAt(map, 8, 'start')).toEqual({ node: b, offset: 5 });
    expect(pointAt(map, 11, 'end')).toEqual({ node: b, offset: 8 });
  });

  test('a boundary between runs belongs to the run the range is on', () => {
    // A range ending at 6 ends after "Goal"; one starting at 8 starts on "Per".
    expect(pointAt(map, 6, 'end')).toEqual({ node: a, offset: 4 });
    expect(pointAt(map, 8, 'start')).toEqual({ node: b, offset: 5 });
    // Ending at 8 means ending before "Per": the last real character is Goal's "l".
    expect(pointAt(map, 8, 'end')).toEqual({ node: a, offset: 4 });
  });

  test('virtual characters snap forward for starts and backward for ends', () => {
    expect(pointAt(map, 0, 'start')).toEqual({ node: a, offset: 0 });
    expect(pointAt(map, 7, 'start')).toEqual({ node: b, offset: 5 });
    expect(pointAt(map, 7, 'end')).toEqual({ node: a, offset: 4 });
  });

  test('an empty map has no points', () => {
    expect(pointAt(new TextMapBuilder().build(), 0, 'start')).toBeNull();
  });
});

describe('helpers', () => {
  test('normalizeSpaces keeps length', () => {
    const s = 'a\u00a0b\u202fc';
    expect(normalizeSpaces(s)).toBe('a b c');
    expect(normalizeSpaces(s).length).toBe(s.length);
  });

  test('nearestOccurrence picks the occurrence closest to where the words were', () => {
    const t = 'ASAP then ASAP then ASAP';
    expect(nearestOccurrence(t, 'ASAP', 9)).toBe(10);
    expect(nearestOccurrence(t, 'ASAP', 23)).toBe(20);
    expect(nearestOccurrence(t, 'ASAP', 0)).toBe(0);
    expect(nearestOccurrence(t, 'nope', 3)).toBe(-1);
    expect(nearestOccurrence(t, '', 3)).toBe(-1);
  });
});

describe('offsetOf (DOM point → text offset, used to verify a Slack apply)', () => {
  test('finds points inside and at the edges of a run, shifted by virtual text before it', () => {
    const a = node('a');
    const b = node('b');
    const m = new TextMapBuilder();
    m.text('Per my', a);
    m.virtual(':smile:');
    m.text(' the', b);
    const map = m.build();
    expect(offsetOf(map, a, 0)).toBe(0);
    expect(offsetOf(map, a, 6)).toBe(6);
    expect(offsetOf(map, b, 0)).toBe(13);
    expect(offsetOf(map, b, 4)).toBe(17);
  });

  test('a node that is not in the map, or an offset past its run, is -1', () => {
    const a = node('a');
    const m = new TextMapBuilder();
    m.text('abc', a);
    expect(offsetOf(m.build(), node('x'), 0)).toBe(-1);
    expect(offsetOf(m.build(), a, 4)).toBe(-1);
  });
});
