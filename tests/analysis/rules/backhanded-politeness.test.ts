// backhanded-politeness: courtesy used to deliver a jab.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'backhanded-politeness';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);
const apply = (text: string, f: { start: number; end: number; suggestion: string }) => text.slice(0, f.start) + f.suggestion + text.slice(f.end);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ["I'm sure you're very busy, but", 'gmail', "Hi Leo,\n\nI'm sure you're very busy, but the audit team needs your sign-off today.\n\nBest,\nUma"],
    ['sure everyone is slammed', 'slack', "I'm sure everyone is slammed but could someone glance at the release notes"],
    ['with all due respect', 'slack', 'with all due respect, that number came from your team, not ours'],
    ['with the greatest respect', 'gmail', 'Dear Mr. Hale,\n\nWith the greatest respect, the contract says otherwise.\n\nRegards,\nN. Diaz'],
    ['thank you for finally', 'gmail', 'Hi Sam,\n\nThank you for finally getting back to me on the quote.\n\nRegards,\nIvy'],
    ['glad you finally', 'slack', 'glad you finally had a chance to read the spec'],
    ['no offense but', 'slack', 'no offense but this copy reads like it was written by a robot'],
    ['not to be that guy', 'slack', 'not to be that guy, but the dashboard has been red since Tuesday'],
    ["I don't mean to nag, but", 'gmail', "Hi Ola,\n\nI don't mean to nag, but the vendor is still waiting on the PO.\n\nThanks,\nDee"],
    ['thanks for telling me after the fact', 'gmail', 'Hi Mo,\n\nThanks for letting me know after the launch had already gone out.\n\nZ'],
    ["I'm sure you had your reasons", 'slack', "I'm sure you had good reasons for cutting the QA week"],
    ['not trying to point fingers', 'gmail', "Hi all,\n\nI'm not trying to point fingers, but the outage started with an untested config change.\n\nKen"],
    ['happy to explain again', 'gmail', 'Hi Jo,\n\nHappy to explain the expense policy again if it is still unclear.\n\nBest,\nAl'],
  ])('flags: %s', (_name, site, text) => {
    expect(hits(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site, string]>([
    ['empathy, then a concrete ask', 'gmail', "Hi Leo,\n\nI know you're busy this week — could you sign off on the audit pack by Thursday?\n\nThanks,\nUma"],
    ['sorry to bother you', 'slack', 'sorry to bother you, but do you know where the brand fonts live?'],
    ['sincere thanks', 'gmail', 'Hi Nick,\n\nThanks for sending the Q3 numbers so quickly. They look great.\n\nOlivia'],
    ['shared relief', 'slack', 'glad we finally shipped it, great job everyone 🎉'],
    ['respect as a noun', 'slack', 'huge respect for how the support team handled the outage'],
    ['thanks for including me', 'gmail', 'Hi Jamie,\n\nThanks for including me in the planning session, it was really useful.\n\nMelissa'],
    ['offer to go over it', 'gmail', 'Hi Sandra,\n\nHappy to walk you through the approval process on Thursday if that would help.\n\nPeter'],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  test('dropping "with all due respect" keeps the sentence capitalised', () => {
    const text = 'With all due respect, the delay was on the vendor side.';
    const [f] = hits(text);
    expect(f.replacement).toBe(true);
    expect(apply(text, f)).toBe('The delay was on the vendor side.');
  });

  test('dropping "finally" keeps the thanks', () => {
    const text = 'Thanks for finally sending the numbers.';
    const [f] = hits(text);
    expect(apply(text, f)).toBe('Thanks for sending the numbers.');
  });

  test('dropping the busy lead-in leaves the request', () => {
    const text = "I'm sure you're very busy, but the audit team needs your sign-off today.";
    const [f] = hits(text);
    expect(apply(text, f)).toBe('The audit team needs your sign-off today.');
  });

  // Fresh messages for the recall pass: condescending "as I'm sure you're aware", reprimands in
  // formal dress.
  describe('recall families', () => {
    test.each<[string, Site, string]>([
      ["as I'm sure you're aware", 'gmail', "Hi Ken,\n\nAs I'm sure you're aware, the contract requires two signatures.\n\nLiv"],
      ['as you well know', 'slack', 'as you well know, the freeze started yesterday'],
      ["appreciate it if you didn't", 'gmail', "Hi Rob,\n\nI'd appreciate it if you didn't reassign my tickets without asking.\n\nEva"],
      ['appreciate it if you would stop', 'slack', 'I would really appreciate it if you would stop scheduling over my lunch'],
      ['kindly refrain', 'gmail', 'Hi team,\n\nKindly refrain from editing the master sheet.\n\nOps'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['as you know (neutral)', 'gmail', 'Hi Ken,\n\nAs you know, the office is closed on Monday.\n\nLiv'],
      ["I'm sure you're aware (hedge)", 'slack', "I'm sure you're aware of it already, but the new VPN client is out"],
      ['appreciate it if you could', 'gmail', "Hi Rob,\n\nI'd appreciate it if you could send the file by Thursday.\n\nEva"],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 2', () => {
    test.each<[string, Site, string]>([
      ['thanks... eventually', 'gmail', 'Hi Max,\n\nThanks for getting back to me. Eventually.\n\nLi'],
      ['thanks at last', 'slack', 'thanks for sending the logins at last'],
      ['appreciate you finally', 'slack', 'appreciate you finally reviewing this'],
      ["maybe I'm missing something, but", 'slack', "maybe I'm missing something, but why is this still open?"],
      ['call me old-fashioned', 'gmail', 'Hi all,\n\nCall me old-fashioned, but I expect replies within a day.\n\nJo'],
      ["I'm just being honest", 'slack', "the deck was weak, I'm just being honest"],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['eventually in a plan', 'slack', "thanks, we'll migrate the old reports eventually"],
      ['honest feedback invited', 'slack', 'please be honest in the survey, it is anonymous'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 3', () => {
    test.each<[string, Site, string]>([['great to finally hear back', 'gmail', 'Hi Tom,\n\nGreat to finally hear back from you!\n\nLia']])(
      'flags: %s',
      (_name, site, text) => {
        expect(hits(text, site).length).toBeGreaterThan(0);
      },
    );

    test.each<[string, Site, string]>([['great to finally meet', 'gmail', 'Hi Tom,\n\nGreat to finally meet you in person last week!\n\nLia']])(
      'does not flag: %s',
      (_name, site, text) => {
        expect(hits(text, site)).toEqual([]);
      },
    );
  });

  describe('recall families 5', () => {
    test.each<[string, Site, string]>([
      ['not to nitpick', 'slack', 'not to nitpick, but the spec says blue and you built it green'],
      ['sure you meant to', 'gmail', "Hi Lee,\n\nI'm sure you meant to copy me on that email.\n\nIda"],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([['sure you will (confidence)', 'slack', "I'm sure you'll do great at the demo"]])(
      'does not flag: %s',
      (_name, site, text) => {
        expect(hits(text, site)).toEqual([]);
      },
    );
  });
});

// Real mail (session 10 sample): "maybe it's just me, but" softened a polite disagreement, and
// "if I'm being honest" is a hedge.
describe('backhanded-politeness: hedges that were sincere on real text', () => {
  const bh = (text: string) => analyze(text, { site: 'gmail' }).findings.filter((f) => f.ruleId === 'backhanded-politeness');
  test.each([
    ["maybe it's just me", "Maybe it's just me, but I wouldn't call either ability in a language something to be proud of."],
    ['if I am being honest', "You're probably going to have to compile everything yourself, if I'm being honest."],
  ])('not flagged: %s', (_name, text) => {
    expect(bh(text)).toEqual([]);
  });
});
