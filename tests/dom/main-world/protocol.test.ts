// The bridge protocol's one pure piece: a detail is accepted only as JSON of this version, so a
// content script and a bridge from different builds ignore each other instead of misreading.

import { describe, expect, test } from 'vitest';
import { BRIDGE_VERSION, parseDetail } from '../../../lib/dom/main-world/protocol';

const ev = (detail: unknown) => ({ detail }) as unknown as Event;

describe('parseDetail', () => {
  test('accepts this version', () => {
    expect(parseDetail(ev(JSON.stringify({ v: BRIDGE_VERSION, id: 'x' })))).toEqual({ v: BRIDGE_VERSION, id: 'x' });
  });
  test.each([
    ['another version', JSON.stringify({ v: BRIDGE_VERSION + 1, id: 'x' })],
    ['no version', JSON.stringify({ id: 'x' })],
    ['not JSON', '{'],
    ['not an object', '3'],
    ['null', 'null'],
  ])('rejects %s', (_name, detail) => {
    expect(parseDetail(ev(detail))).toBeNull();
  });
});
