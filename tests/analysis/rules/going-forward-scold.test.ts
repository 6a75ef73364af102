// going-forward-scold: a request framed as a correction of past behaviour.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'going-forward-scold';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);
const apply = (text: string, f: { start: number; end: number; suggestion: string }) => text.slice(0, f.start) + f.suggestion + text.slice(f.end);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ['going forward, please', 'gmail', 'Hi Ryan,\n\nGoing forward, please send invoices to ap@example.com.\n\nPriya'],
    ['in the future, make sure', 'slack', 'in the future, make sure the migration runs on staging first'],
    ['from now on, do not', 'slack', 'From now on, do not share customer exports in DMs.'],
    ['next time, could you', 'gmail', 'Hi Jo,\n\nNext time, could you give me a heads-up before changing the budget?\n\nSam'],
    ['for future reference, please', 'slack', 'for future reference, please use the template'],
    ['please make sure ... going forward', 'slack', 'please make sure the ticket number is in the PR title going forward.'],
    ['moving forward, I need you to', 'gmail', 'Hi Lee,\n\nMoving forward, I need you to copy me on vendor emails.\n\nKai'],
  ])('flags: %s', (_name, site, text) => {
    expect(hits(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site, string]>([
    ['schedule change', 'slack', 'going forward standup is 9:30 instead of 9:15 so the Lisbon folks can join'],
    ['plans', 'gmail', 'Hi all,\n\nGoing forward, we will publish the roadmap every quarter.\n\nBest,\nMia'],
    ['future as a noun', 'slack', 'please review the future pricing doc by Friday'],
    ['routing note', 'gmail', 'Hi Tricia,\n\nPlease send these to Kristen in the future, she owns the curves now.\n\nThanks,\nAl'],
    ['conditional clause', 'gmail', "If you don't want these emails in the future, please use the unsubscribe link."],
    ['looking forward', 'gmail', 'Hi Tom,\n\nLooking forward to working with you.\n\nBest,\nAna'],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  test('drops the correction frame and keeps the request capitalised', () => {
    const text = 'Going forward, please cc me on anything that goes to the client.';
    const [f] = hits(text);
    expect(f.replacement).toBe(true);
    expect(apply(text, f)).toBe('Please cc me on anything that goes to the client.');
  });

  test('mid-sentence frame keeps the lowercase request', () => {
    const text = 'Also, going forward, please book the room yourself.';
    const [f] = hits(text);
    expect(apply(text, f)).toBe('Also, please book the room yourself.');
  });

  describe('recall families', () => {
    test.each<[string, Site, string]>([
      ['in future it would be helpful if you', 'gmail', 'Hi Ken,\n\nIn future, it would be helpful if you copied me on client emails.\n\nAva'],
      ["going forward I'd appreciate a heads-up", 'slack', "going forward, I'd appreciate a heads-up before you change the schedule"],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([['schedule change', 'slack', "going forward, I'd like to hold standup at 9:30"]])(
      'does not flag: %s',
      (_name, site, text) => {
        expect(hits(text, site)).toEqual([]);
      },
    );
  });
});
