// The background's analysis endpoint: same answer as analyze(), and malformed requests (from a
// buggy or outdated content script) get an empty analysis instead of an exception.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/index';
import { MAX_ANALYZE_CHARS, analyzeRequest } from '../../lib/messaging/analyze-request';

describe('analyzeRequest', () => {
  test('answers exactly what analyze() finds, with the options passed', () => {
    const text = 'Per my last email, can someone take a look when you get a chance?';
    const options = { site: 'gmail' as const, sensitivity: 'strict' as const };
    const reply = analyzeRequest({ type: 'analyze', text, options });
    expect(reply.findings).toEqual(analyze(text, options).findings);
    expect(reply.findings.length).toBeGreaterThan(0);
  });

  test('honours the never-flag list sent with the request', () => {
    const text = 'Per my last email, the numbers are in the shared folder.';
    const flagged = analyzeRequest({ type: 'analyze', text, options: { site: 'slack' } }).findings;
    expect(flagged.some((f) => f.category === 'passive-aggressive')).toBe(true);
    const ignored = analyzeRequest({ type: 'analyze', text, options: { site: 'slack', ignoredPhrases: ['per my last email'] } }).findings;
    expect(ignored.some((f) => f.category === 'passive-aggressive')).toBe(false);
  });

  test.each([
    ['no text', {}],
    ['text not a string', { text: 42 as unknown as string }],
    ['options not an object', { text: 'Hello there.', options: 'x' as never }],
  ])('%s → an empty analysis, no exception', (_, request) => {
    expect(analyzeRequest(request).findings).toEqual([]);
  });

  test('huge input is capped', () => {
    const text = 'word '.repeat(MAX_ANALYZE_CHARS / 5 + 1000);
    const reply = analyzeRequest({ type: 'analyze', text, options: { site: 'notion' } });
    for (const f of reply.findings) expect(f.end).toBeLessThanOrEqual(MAX_ANALYZE_CHARS);
  });
});
