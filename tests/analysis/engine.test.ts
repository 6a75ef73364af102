// Every cache belongs to one engine (lib/analysis/caches.ts): two composers typing in turn, each
// with its own engine, must get exactly what a cold engine gives for each text, and neither
// engine's caches may see the other's text.

import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/analysis/index';

const DRAFT = [
  '## Launch plan',
  'We went back and forth on option A vs option B; both have pros and cons, so not sure yet.',
  'Can someone take a look at the pricing page when you get a chance?',
  'As I already mentioned, the audit checklist needed a decision by Friday.',
].join('\n\n');
const THREAD = 'hey, could you check the billing export at some point? per my last email, it still fails.';

const cold = (text: string, site: 'notion' | 'slack') => createEngine().analyze(text, { site }).findings;

describe('engines own their caches', () => {
  it('interleaved edits in two composers equal cold results', () => {
    const a = createEngine();
    const b = createEngine();
    let draft = DRAFT;
    let thread = THREAD;
    for (let i = 0; i < 12; i++) {
      const at = Math.floor(((i * 0.618) % 1) * draft.length);
      draft = draft.slice(0, at) + 'e' + draft.slice(at);
      thread = i % 3 === 0 ? thread + ' thanks' : thread.slice(0, 10) + 'x' + thread.slice(10);
      expect(a.analyze(draft, { site: 'notion' }).findings).toEqual(cold(draft, 'notion'));
      expect(b.analyze(thread, { site: 'slack' }).findings).toEqual(cold(thread, 'slack'));
    }
  });

  it('an engine parses only the texts it was given, and never shares its cache', () => {
    const a = createEngine();
    const b = createEngine();
    a.analyze(THREAD, { site: 'slack' });
    expect(a.parsedSentences()).toBeGreaterThan(0);
    expect(b.parsedSentences()).toBe(0);
    b.analyze(THREAD, { site: 'slack' });
    expect(b.parsedSentences()).toBe(a.parsedSentences()); // parsed again: nothing shared
    a.clear();
    expect(a.parsedSentences()).toBe(0);
    expect(b.parsedSentences()).toBeGreaterThan(0);
  });
});
