// open-ended-deadline: soft timing on an ask ("when you get a chance", "at some point", "no rush").

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'open-ended-deadline';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);
const apply = (text: string, f: { start: number; end: number; suggestion: string }) => text.slice(0, f.start) + f.suggestion + text.slice(f.end);

describe(RULE, () => {
  test.each<[string, Site, string, string]>([
    ['when you get a chance', 'slack', 'can you send me the Q3 export when you get a chance', 'can you send me the Q3 export by <day>'],
    ['whenever you have a sec', 'slack', 'whenever you have a sec can u look into the SSO thing', 'by <day> can u look into the SSO thing'],
    [
      'opening clause',
      'gmail',
      'Hi Tanya,\n\nWhen you have a moment, could you send the questionnaire to Initech?\n\nDerek',
      'Hi Tanya,\n\nBy <day>, could you send the questionnaire to Initech?\n\nDerek',
    ],
    ['at some point', 'slack', "it'd be nice if someone reviewed my PR at some point this week 🙂", "it'd be nice if someone reviewed my PR by <day> 🙂"],
    ['soon-ish', 'slack', "let's touch base on the Q1 hiring plan soon-ish 🙏", "let's touch base on the Q1 hiring plan by <day> 🙏"],
    ['sometime', 'gmail', 'Hi Carlos,\n\nMaybe we can discuss sometime?\n\nAndrea', 'Hi Carlos,\n\nMaybe we can discuss by <day>?\n\nAndrea'],
    [
      'no rush, next sentence',
      'gmail',
      'Hi Tanya,\n\nCould you send the security questionnaire to Initech? No rush.\n\nDerek',
      'Hi Tanya,\n\nCould you send the security questionnaire to Initech? By <day> is fine.\n\nDerek',
    ],
    [
      'any time this quarter',
      'slack',
      'still waiting on feedback on the brief. any time this quarter is fine 🙂',
      'still waiting on feedback on the brief. by <day> is fine 🙂',
    ],
    [
      'at your convenience',
      'gmail',
      'Dear Ms. Ito,\n\nPlease return the signed form at your convenience.\n\nRegards,\nK. Berg',
      'Dear Ms. Ito,\n\nPlease return the signed form by <day>.\n\nRegards,\nK. Berg',
    ],
    ['when possible', 'slack', 'can you send me the vendor list when possible?', 'can you send me the vendor list by <day>?'],
    [
      "when there's bandwidth",
      'slack',
      "can someone move the cron jobs to the new runner when there's bandwidth",
      'can someone move the cron jobs to the new runner by <day>',
    ],
    ['whenever you get round to it', 'slack', '@li can you update the on-call doc whenever you get round to it', '@li can you update the on-call doc by <day>'],
    ['asap-ish', 'slack', '@tom can you send the signed NDA asap-ish', '@tom can you send the signed NDA by <day>'],
    [
      'no hard deadline',
      'gmail',
      'Hi Jo,\n\nCould you review the vendor list? No hard deadline.\n\nSam',
      'Hi Jo,\n\nCould you review the vendor list? By <day> is fine.\n\nSam',
    ],
    ['friday-ish', 'slack', 'send me the SOC2 report friday-ish please', 'send me the SOC2 report by <day> please'],
    [
      'in the next few weeks',
      'gmail',
      'Hi Mei,\n\nCould you review the attached draft in the next few weeks?\n\nJon',
      'Hi Mei,\n\nCould you review the attached draft by <day>?\n\nJon',
    ],
    ['please … at some point', 'slack', 'please remove the beta tag from the docs at some point', 'please remove the beta tag from the docs by <day>'],
    ['bare imperative', 'slack', 'remove the beta tag from the docs at some point', 'remove the beta tag from the docs by <day>'],
    ['someone can … when possible', 'slack', 'maybe somebody can talk to the infra folks when possible', 'maybe somebody can talk to the infra folks by <day>'],
  ])('flags and rewrites: %s', (_name, site, text, fixed) => {
    const found = hits(text, site);
    expect(found.length).toBe(1);
    expect(found[0].replacement).toBe(true);
    expect(found[0].message).toMatch(/wait|date/);
    expect(apply(text, found[0])).toBe(fixed);
  });

  test.each<[string, Site, string]>([
    ['firm date', 'slack', 'no rush, but can you send the deck by Friday 3pm?'],
    ['the next sentence gives the date', 'notion', '## All-Hands\n\nMara: We need to reserve the venues pretty soon. We need to commit by the next week.'],
    ['asap is urgent, not open-ended', 'slack', '@dev-team pls revert the config change asap'],
    ['not an ask', 'slack', 'whenever I deploy on a Friday something breaks lol'],
    ["writer's plan", 'slack', "I'll get to the expense report at some point this week"],
    ['no rush about something done', 'slack', 'no rush on my side, the release is already out'],
    ['soft timing of something else', 'gmail', 'Hi all,\n\nYou will receive an invitation in the coming days, so please make sure to accept it.\n\nIT'],
    ['as soon as possible', 'slack', 'can you send the signed copy as soon as you can? legal is waiting'],
    ['sometime in a month', 'gmail', 'Hi Bea,\n\nCould we move the handover to sometime in mid-August?\n\nJoão'],
    ['offer', 'gmail', 'Hi Max,\n\nFeel free to call me whenever you like.\n\nSue'],
    ['deferral, not an ask', 'gmail', "Hi all,\n\nThanks for the lively discussion. Let's continue the conversation in the coming weeks.\n\nMia"],
    ['when possible, about myself', 'slack', 'I try to batch deploys when possible, fewer surprises that way'],
    ["writer's plan in the next few weeks", 'gmail', "Hi Mei,\n\nI'll send you the draft in the next few weeks.\n\nJon"],
    ['bandwidth as a statement', 'slack', "when there's bandwidth we usually pick up tech debt, this sprint there isn't"],
    // Statements and plans: soft timing that times no ask (real chat's most common wrong hits).
    ['announcement', 'slack', 'a few more PRs of my own coming soon, stay tuned'],
    ['prediction', 'slack', 'expect a lot of questions in the coming days once the post is up'],
    ['too soon', 'slack', 'is it too soon to ask about the roadmap? asking for a friend'],
    ['not any time soon', 'slack', "they won't ship that any time soon, so plan without it"],
    ['some time as an amount', 'slack', "it's worth investing some time in the test setup, it took some time to get right"],
    ['hard-wrapped statement', 'gmail', 'Hi all,\n\nThe migration of the list server evidently will\nbegin soon. Nothing changes for you.\n\nOps'],
    ['quoted speech in a pasted article', 'gmail', '“Please fix it at some point,” the minister told reporters, before leaving for the summit in Oslo.'],
    ['a noun opening a statement', 'gmail', "Point being is that soon this won't take a court order.  A nastygram\nwill suffice."],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });
});

// The reader's free time offered for a recommendation or a permission: nothing is lost by waiting.
describe('open-ended-deadline: free time for a suggestion', () => {
  const oed = (text: string, site: Site) => analyze(text, { site }).findings.filter((f) => f.ruleId === 'open-ended-deadline');
  test.each<[string, Site, string]>([
    ['try this', 'gmail', 'For the wide release, this one is it. If you get a chance, try this build on your laptop.'],
    ['you can comment', 'slack', '@ana you can comment on the issues for the FP section. If you have time, that would help'],
    ['check it out', 'slack', '@bo you should check out the COM1000 course if you have the time'],
  ])('not at balanced: %s', (_name, site, text) => {
    expect(oed(text, site)).toEqual([]);
  });
  test('a request with "please" still has soft timing', () => {
    const text = 'Please read the issue and check out the sequence of challenges when you get a moment.';
    expect(oed(text, 'slack').length).toBeGreaterThan(0);
  });
});
