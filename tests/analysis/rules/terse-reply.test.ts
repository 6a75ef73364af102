// terse-reply: a whole reply that is one curt word. The same word inside a longer, friendly
// reply is fine, and so are warm short acks.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'terse-reply';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ['Sure.', 'gmail', 'Sure.'],
    ['k. under the quoted reprimand', 'slack', '> please run things by me before you message the client directly\n\nk.'],
    ['Noted. in an email', 'gmail', 'Noted.'],
    ['sure 🙂', 'slack', 'sure 🙂'],
    ['fine 🙃', 'slack', 'fine 🙃'],
    ['whatever', 'slack', 'whatever.'],
    ['great 🙄', 'slack', 'great 🙄'],
    ['k 👍', 'slack', 'k 👍'],
    ['email with greeting and name', 'gmail', 'Hi David,\n\nNoted.\n\nSara'],
    ['reply above quoted history', 'gmail', 'Fine.\n\nOn Tue, Apr 8, 2025 at 9:14 AM Greg <g@x.com> wrote:\n> We are moving the review to Monday.\n> Greg'],
  ])('flags: %s', (_name, site, text) => {
    expect(hits(text, site)).toHaveLength(1);
  });

  test('a bare "if you say so" is one passive-aggressive hint (open-hostility\'s mock agreement takes the overlap)', () => {
    const pa = analyze('if you say so', { site: 'slack' }).findings.filter((f) => f.category === 'passive-aggressive');
    expect(pa).toHaveLength(1);
    expect(['terse-reply', 'open-hostility']).toContain(pa[0].ruleId);
  });

  test.each<[string, Site, string]>([
    ['ok thanks!', 'slack', 'ok thanks!'],
    ['ok', 'slack', 'ok'],
    ['on it 👍', 'slack', 'on it 👍'],
    ['ok 👍', 'slack', 'ok 👍'],
    ['sounds good', 'slack', 'sounds good'],
    ['yep 2pm works', 'slack', 'yep 2pm works'],
    ['Noted with a plan', 'slack', "Noted — I'll move the release to Thursday and let support know today."],
    ['thanks 🙂', 'slack', 'thanks 🙂'],
    ['great 🙂', 'slack', 'great 🙂'],
    ['ty both 🙏', 'slack', 'ty both 🙏'],
    ['empty', 'slack', ''],
    ['emoji only', 'slack', '👍'],
    ['fine in a sentence', 'slack', 'fine by me, ship it'],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  // A bare acknowledgement in chat, with nothing quoted to show what it answers: strict-only.
  test.each(['k.', 'k', 'Fine.', 'fine', 'Noted.', 'Ok.'])('plain chat ack, strict only: %s', (text) => {
    expect(hits(text)).toHaveLength(0);
    const strict = analyze(text, { site: 'slack', sensitivity: 'strict' }).findings.filter((f) => f.ruleId === RULE);
    expect(strict).toHaveLength(1);
    expect(strict[0].confidence).toBeLessThan(0.5);
  });

  test('offers a warmer drop-in for the whole reply', () => {
    const text = 'Noted.';
    const [f] = hits(text, 'gmail');
    expect([f.start, f.end]).toEqual([0, 6]);
    expect(f.replacement).toBe(true);
    expect(f.suggestion).toBe('Noted, thanks!');
  });

  test('the emoji is part of the span', () => {
    const text = 'sure 🙂';
    const [f] = hits(text);
    expect(text.slice(f.start, f.end)).toBe('sure 🙂');
  });

  test('dismissive replies get advice, not a rewrite', () => {
    const [f] = hits('whatever.');
    expect(f.replacement).toBe(false);
  });
});
