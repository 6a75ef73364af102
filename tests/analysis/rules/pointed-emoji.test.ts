// pointed-emoji: 🙄/🙃 as a jab on their own; 🙂/👍 only after a complaint.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'pointed-emoji';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  test.each<[string, Site, string, string]>([
    ['eye roll', 'slack', 'the client wants the logo bigger 🙄', '🙄'],
    ['upside-down smile at a person', 'slack', 'thanks for the heads up 5 minutes before the call 🙃', '🙃'],
    ['smile after a repeat complaint', 'slack', 'the release notes are late again 🙂', '🙂'],
    ['smile after period', 'slack', 'Third time this month the build broke on a Friday. 🙂', '🙂'],
    ['thumbs up after sarcasm', 'slack', "sure, let's talk about process after we shipped it 👍", '👍'],
    ['smile after a hyperbolic deadline', 'slack', 'any time this month works for the review 🙂', '🙂'],
    ['pointing up', 'slack', 'the link is in the thread. scroll up 👆', '👆'],
  ])('flags: %s', (_name, site, text, emoji) => {
    const found = hits(text, site);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe(emoji);
  });

  test.each<[string, Site, string]>([
    ['friendly smile', 'gmail', 'Hi all,\n\nDrinks are on me Thursday 🙂\n\nRuth'],
    ['thanks again', 'slack', 'thanks again for covering for me 🙂'],
    ['self-deprecating upside-down smile', 'slack', 'I pushed to the wrong branch again 🙃 reverting now'],
    ['thumbs up ack', 'slack', 'on it 👍'],
    ['celebration', 'slack', 'merged 🎉 thanks for the quick review'],
    ['smile with no complaint', 'slack', 'see you at the planning meeting 🙂'],
    ['still on, sincere', 'slack', 'are we still on for lunch tomorrow 🙂'],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  test('a skin-toned thumbs up is one span', () => {
    const text = 'the release notes are late again 👍🏽';
    const found = hits(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe('👍🏽');
  });

  describe('recall families', () => {
    test.each<[string, Site, string]>([
      ['shrug after a complaint', 'slack', 'still waiting on the numbers 🤷'],
      ['eyes after a wait', 'slack', 'still no reply from design 👀'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['eyes on news', 'slack', 'new pricing page is live 👀'],
      ['shrug about self', 'slack', 'no idea which one is faster tbh 🤷'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });
});
