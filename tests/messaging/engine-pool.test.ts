// The background keeps one engine per composer (lib/messaging/engine-pool.ts).

import { describe, expect, it } from 'vitest';
import { EnginePool, composerKey } from '../../lib/messaging/engine-pool';

describe('EnginePool', () => {
  it('the pool keeps one engine per composer, most recent first, capped', () => {
    const pool = new EnginePool(2);
    const k1 = composerKey({ tab: { id: 1 }, frameId: 0 }, '1');
    const k2 = composerKey({ tab: { id: 2 }, frameId: 0 }, '1');
    const e1 = pool.get(k1);
    expect(pool.get(k1)).toBe(e1);
    pool.get(k2);
    pool.get(k1);
    pool.get(composerKey({ tab: { id: 3 } }, '1'));
    expect(pool.size()).toBe(2);
    expect(pool.get(k1)).toBe(e1); // k2 was the least recent, so it went
    expect(k1).not.toBe(k2);
  });
});
