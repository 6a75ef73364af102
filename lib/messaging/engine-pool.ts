// One engine per composer in the background (see createEngine in lib/analysis/index.ts): a user
// with a Gmail draft in one tab and a Slack thread in another types in both in turn, and with one
// shared engine each switch threw away the other's previous build and result, so the long draft's
// next pause paid a full re-analysis. Engines are kept most-recently-used first and capped, so
// closed composers' engines (and their parse caches) are dropped without any close message.
// Pure: importable from Node.

import { createEngine, type Engine } from '../analysis/index';

/** Composers kept warm at once; each engine's caches are bounded on their own (caches.ts). */
export const MAX_ENGINES = 4;

export class EnginePool {
  private readonly engines = new Map<string, Engine>();

  constructor(private readonly max = MAX_ENGINES) {}

  /** The engine of this composer, created on first use; refreshes its recency. */
  get(key: string): Engine {
    let e = this.engines.get(key);
    if (e) {
      this.engines.delete(key);
    } else {
      e = createEngine();
      if (this.engines.size >= this.max) this.engines.delete(this.engines.keys().next().value as string);
    }
    this.engines.set(key, e);
    return e;
  }

  size(): number {
    return this.engines.size;
  }
}

/** "tab:frame:composer": composer ids are only unique within one content script. */
export function composerKey(sender: { tab?: { id?: number }; frameId?: number } | undefined, composer: unknown): string {
  const c = typeof composer === 'string' ? composer.slice(0, 64) : '';
  return `${sender?.tab?.id ?? '-'}:${sender?.frameId ?? 0}:${c}`;
}
