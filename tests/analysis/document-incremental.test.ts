// buildDoc reuses the previous build outside the edited region (line facts and sentence
// strings). Whatever the edit — a newline, a quote marker, a fence, a signature delimiter — the
// reused document must equal one built from scratch.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDoc, type Doc } from '../../lib/analysis/document';
import { clearParseCache } from '../../lib/analysis/nlp';
import type { Site } from '../../lib/analysis/types';

const BASE = [
  'Hi Leo,',
  '',
  'Quick update on the billing export. We shipped the fix on Monday. Can you check the totals by Friday?',
  '> On the old thread you said "never again".',
  'Options: A is cheaper, B is faster. Thoughts?',
  '',
  '```',
  'const total = rows.map(r => r.amount)',
  '```',
  '- Ana to draft the spec',
  '- [ ] someone should look into the flaky test',
  'See https://example.com/a.b and `npm test`.',
  '',
  'Thanks,',
  'Mia',
  '-- ',
  'Mia Chen | Finance',
].join('\n');

const PIECES = ['e', ' ', '\n', '\n\n', '> ', '```', '`', '-- \n', '.', '?', 'On Mon, Leo wrote:\n', '# ', '- ', 'http://x.io ', 'Decision: ', 'ok'];

function shape(doc: Doc) {
  return {
    masked: doc.masked,
    userEnd: doc.userEnd,
    words: doc.words,
    structured: doc.structured,
    lines: doc.lines.map((l) => [l.index, l.start, l.end, l.kind, l.words, l.text]),
    paragraphs: doc.paragraphs.map((p) => [p.index, p.start, p.end, p.words, p.prose, p.lines.map((l) => l.index)]),
    sentences: doc.sentences.map((s) => [s.index, s.start, s.end, s.text, s.clean, s.line.index, s.paragraph.index, s.words, s.question]),
  };
}

function fresh(text: string, site: Site): Doc {
  buildDoc('', site); // forget the previous build
  return buildDoc(text, site);
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat({ max: 6 }),
  ins: fc.constantFrom(...PIECES),
});

describe('buildDoc: reuse of the previous build', () => {
  it('equals a build from scratch after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom<Site>('slack', 'gmail', 'notion'), (edits, site) => {
        let text = BASE;
        buildDoc(text, site);
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
          const incremental = buildDoc(text, site);
          expect(shape(incremental)).toEqual(shape(fresh(text, site)));
          buildDoc(text, site); // the next edit starts from this text
        }
      }),
      { numRuns: 150 },
    );
  });

  it('carries memo slots over an edit, but not over clearParseCache (cold means cold)', () => {
    const a = buildDoc(BASE, 'gmail');
    a.sentences[0].slots.set('probe', 1);
    const at = BASE.indexOf('Options');
    const b = buildDoc(BASE.slice(0, at) + 'New ' + BASE.slice(at), 'gmail');
    expect(b.sentences[0].slots.get('probe')).toBe(1);
    clearParseCache();
    const c = buildDoc(BASE.slice(0, at) + 'Newer ' + BASE.slice(at), 'gmail');
    expect(c.sentences[0].slots.has('probe')).toBe(false);
    c.sentences[0].slots.set('probe', 2);
    const d = buildDoc(BASE.slice(0, at) + 'Newest ' + BASE.slice(at), 'slack');
    expect(d.sentences[0].slots.has('probe')).toBe(false); // another site starts afresh too
  });

  it('keeps the sentences outside the edit, shifted by its length', () => {
    const a = buildDoc(BASE, 'gmail');
    const at = BASE.indexOf('Options');
    const b = buildDoc(BASE.slice(0, at) + 'New ' + BASE.slice(at), 'gmail');
    const before = a.sentences.find((s) => s.clean.startsWith('Quick update'))!;
    const after = b.sentences.find((s) => s.clean.startsWith('Quick update'))!;
    expect(after.clean).toBe(before.clean);
    expect(after.start).toBe(before.start);
    const lastA = a.sentences[a.sentences.length - 1];
    const lastB = b.sentences[b.sentences.length - 1];
    expect(lastB.start).toBe(lastA.start + 4);
    expect(lastB.clean).toBe(lastA.clean);
  });
});
