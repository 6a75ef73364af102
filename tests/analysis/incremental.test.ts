// The content script re-analyses on every typing pause, so a one-character edit in a long
// document must re-parse O(1) sentences (the parse cache is keyed by sentence text), and the
// incremental result must be exactly what a cold analysis of the edited text gives.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/index';
import { clearParseCache, parseCacheSize } from '../../lib/analysis/nlp';
import type { Site } from '../../lib/analysis/types';

const SUBJECTS = ['Ana', 'The platform team', 'Marco', 'Our vendor', 'The design group', 'Priya', 'Finance', 'The mobile squad'];
const VERBS = ['reviewed', 'shipped', 'postponed', 'estimated', 'questioned', 'drafted', 'migrated', 'tested'];
const OBJECTS = [
  'the billing export',
  'the onboarding flow',
  'the Q3 forecast',
  'the search index',
  'the release notes',
  'the pricing page',
  'the audit checklist',
  'the SSO integration',
];
const WHEN = ['last week', 'on Monday', 'after the outage', 'before the offsite', 'with the new budget', 'for the second time'];

/** A ~3,000-word project document with distinct sentences, headings, bullets, asks and jabs. */
function longDocument(): string {
  const blocks: string[] = ['# Quarterly project review'];
  let n = 0;
  const sentence = () => {
    const i = n++;
    const o = OBJECTS[(i * 3) % OBJECTS.length];
    if (i % 7 === 3) return `Can you check ${o} for ticket ${i} by Friday?`;
    if (i % 11 === 5) return `Could someone take a look at ${o} (item ${i}) when you get a chance?`;
    if (i % 13 === 7) return `As I already mentioned, ${o} needed a decision by sprint ${i}.`;
    return `${SUBJECTS[i % SUBJECTS.length]} ${VERBS[(i * 5) % VERBS.length]} ${o} ${WHEN[i % WHEN.length]}, and item ${i} is still open.`;
  };
  for (let p = 0; p < 50; p++) {
    if (p % 5 === 0) blocks.push(`## Workstream ${p / 5 + 1}`);
    const count = 4 + (p % 3);
    if (p % 4 === 3) blocks.push(Array.from({ length: count }, () => `- ${sentence()}`).join('\n'));
    else blocks.push(Array.from({ length: count }, sentence).join(' '));
  }
  blocks.push('Option A is cheaper and option B is faster; both have trade-offs we discussed at length.');
  return blocks.join('\n\n');
}

const DOC = longDocument();
const SITE: Site = 'notion';

/** Offsets spread over the document (golden-ratio stride), each moved onto a letter. */
function editPoints(text: string, count: number): number[] {
  const out: number[] = [];
  for (let i = 1; i <= count; i++) {
    let at = Math.floor(((i * 0.6180339887498949) % 1) * text.length);
    while (at < text.length && !/[a-z]/.test(text[at])) at++;
    out.push(at);
  }
  return out;
}

/** Analysis with an empty parse cache (and never the same-text shortcut). */
function coldAnalysis(text: string) {
  clearParseCache();
  analyze('', { site: SITE }); // defeat the same-text shortcut
  return analyze(text, { site: SITE });
}

describe('incremental re-analysis', { timeout: 120_000 }, () => {
  it('the fixture is long and the engine parses its sentences', () => {
    expect(DOC.split(/\s+/).length).toBeGreaterThan(2500);
    coldAnalysis(DOC);
    // Without any parsing the O(1) check below would prove nothing.
    expect(parseCacheSize()).toBeGreaterThan(10);
  });

  const EDITS: Array<[string, (t: string, at: number) => string, number]> = [
    // [kind of edit, how, most sentences it may newly parse]
    ['insert a letter', (t, at) => t.slice(0, at) + 'e' + t.slice(at), 1],
    ['delete a letter', (t, at) => t.slice(0, at) + t.slice(at + 1), 1],
    ['replace a letter', (t, at) => t.slice(0, at) + (t[at] === 'x' ? 'y' : 'x') + t.slice(at + 1), 1],
    ['insert a newline', (t, at) => t.slice(0, at) + '\n' + t.slice(at), 2],
    ['insert a question mark and space', (t, at) => t.slice(0, at) + '?' + t.slice(at), 2],
  ];

  it.each(EDITS)('%s: re-parses O(1) sentences and equals a cold analysis', (_kind, edit, maxParsed) => {
    let text = DOC;
    coldAnalysis(text);
    for (const at of editPoints(DOC, 4)) {
      text = edit(text, Math.min(at, text.length - 1));
      analyze('', { site: SITE });
      const before = parseCacheSize();
      const incremental = analyze(text, { site: SITE });
      expect(parseCacheSize() - before, `new parses after an edit at ${at}`).toBeLessThanOrEqual(maxParsed);
      expect(incremental).toEqual(coldAnalysis(text));
    }
  });

  it('typing a word character by character parses one sentence per keystroke', () => {
    const at = editPoints(DOC, 1)[0];
    let text = DOC;
    coldAnalysis(text);
    for (const ch of ' urgently') {
      const pos = text.indexOf(' ', at);
      text = text.slice(0, pos) + ch + text.slice(pos);
      const before = parseCacheSize();
      analyze(text, { site: SITE });
      expect(parseCacheSize() - before).toBeLessThanOrEqual(1);
    }
    expect(analyze(text, { site: SITE })).toEqual(coldAnalysis(text));
  });

  it('the same-text shortcut hands out independent copies', () => {
    const first = analyze(DOC, { site: SITE });
    first.findings.push({ category: 'vague-ask', ruleId: 'x', start: 0, end: 1, message: 'm', suggestion: 's', replacement: false, confidence: 1 });
    for (const a of first.asks) a.unclear.push('owner');
    const second = analyze(DOC, { site: SITE });
    expect(second).toEqual(coldAnalysis(DOC));
  });
});
