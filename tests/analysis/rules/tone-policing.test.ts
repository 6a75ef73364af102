// tone-policing: commenting on how someone wrote instead of what they said.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'tone-policing';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ["let's keep this professional", 'slack', "let's keep this professional, please"],
    ['please keep comments civil', 'gmail', 'Hi all,\n\nPlease keep comments on this doc civil.\n\nThanks,\nMark'],
    ['calm down', 'slack', 'calm down, it was just a typo in the changelog'],
    ['Relax,', 'slack', 'Relax, nobody is getting fired over a typo'],
    ['no need to get defensive', 'slack', 'no need to get defensive, I was just asking about the numbers'],
    ["you're overreacting", 'slack', "you're overreacting about the font size"],
    ["don't appreciate your tone", 'gmail', "Hi Carl,\n\nI don't appreciate your tone in the last reply.\n\nJ"],
    ['some of these replies were uncalled for', 'gmail', 'Hi all,\n\nSome of the replies in this thread were uncalled for.\n\nMark'],
    ["not sure why you're so upset", 'slack', "not sure why you're so upset about a two-day slip"],
  ])('flags: %s', (_name, site, text) => {
    expect(hits(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site, string]>([
    ['relax and enjoy', 'slack', 'relax and enjoy the long weekend everyone!'],
    ['style guide line', 'notion', '## Email style\n- Use the client name in the subject line\n- Attach the deck as PDF'],
    ['keep it simple', 'slack', "let's keep it simple and ship the smaller version first"],
    ['professional services', 'gmail', 'Hi Ana,\n\nThe professional services team will start on Monday.\n\nBest,\nLi'],
    ['cool (weather)', 'slack', 'keep the server room cool this weekend, the AC is being serviced'],
    ['a tone mention that is not policing', 'slack', 'the new brand tone guide is live in Notion'],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  describe('recall families', () => {
    test.each<[string, Site, string]>([
      ['no need to shout', 'slack', 'no need to shout, I can read'],
      ["let's not get emotional", 'slack', "let's not get emotional about a font"],
      ["once you've calmed down", 'gmail', "Hi Pat,\n\nHappy to talk once you've calmed down.\n\nRo"],
      ["we're all adults here", 'slack', "we're all adults here, just sort it out"],
      ['as adults, we should', 'slack', 'as adults, we should be able to talk about this calmly'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['"as adults" describing the group', 'slack', "as adults we're advantaged: we already know how to learn"],
      ['things settled down', 'slack', 'once things have settled down after the launch we can plan Q3'],
      ['adult learners', 'notion', 'The course is designed for adults returning to study.'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });
});

describe('tone-policing: "settle down" said of a thing', () => {
  test('a release that needs time to settle down is not a person told to calm down', () => {
    expect(hits("It will be good once it's had some time to settle down a little.", 'gmail')).toEqual([]);
  });
  test('asking everyone to calm down still is', () => {
    expect(hits("I'd ask everyone to calm down and read the proposal first").length).toBeGreaterThan(0);
  });
});
