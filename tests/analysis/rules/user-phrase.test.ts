// user-phrase: the user's own phrases from settings, flagged wherever they appear in their words.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';

const RULE = 'user-phrase';
const hits = (text: string, extraPhrases: string[]) => analyze(text, { site: 'gmail', extraPhrases }).findings.filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  test.each<[string, string, string[], string]>([
    ['simple phrase', 'Just circling back on the invoice.', ['circling back'], 'circling back'],
    ['case-insensitive', 'As Per the contract, payment is due.', ['as per'], 'As Per'],
    ['curly apostrophe in text', 'I’m just checking in on this.', ["I'm just checking in"], 'I’m just checking in'],
    ['spaces are flexible', 'Hope this  helps!', ['hope this helps'], 'Hope this  helps'],
    ['regex characters are literal', 'Quick q (again): is it ready?', ['(again)'], '(again)'],
  ])('flags: %s', (_name, text, phrases, span) => {
    const found = hits(text, phrases);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe(span);
    expect(found[0].category).toBe('passive-aggressive');
    expect(found[0].message).toMatch(/you asked candor/i);
  });

  test.each<[string, string, string[]]>([
    ['no phrases configured', 'Just circling back on the invoice.', []],
    ['inside a longer word', 'The chaser sent it.', ['as']],
    ['blank phrase ignored', 'Anything at all.', ['   ', '']],
    ['in quoted history only', 'Thanks!\n\nOn Mon, Jun 2, 2025 at 4:47 PM Pam <p@x.com> wrote:\n> circling back on this', ['circling back']],
  ])('does not flag: %s', (_name, text, phrases) => {
    expect(hits(text, phrases)).toEqual([]);
  });

  test('each occurrence is reported', () => {
    expect(hits('per se, per se', ['per se'])).toHaveLength(2);
  });

  test('an ignored phrase wins over a flagged one', () => {
    const r = analyze('circling back again', { site: 'slack', extraPhrases: ['circling back'], ignoredPhrases: ['circling back'] });
    expect(r.findings.filter((f) => f.ruleId === RULE)).toEqual([]);
  });
});
