// martyr-offer: taking the work on with a sigh so the reader feels guilty.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'martyr-offer';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ["no no it's fine", 'slack', "no no it's fine, the weekend was free anyway"],
    ["don't worry, I'll do it myself", 'slack', "don't worry, I'll just rewrite the tests myself"],
    ["I guess I'll just", 'slack', "I guess I'll just handle the customer call then"],
    ['Fine, I will', 'slack', "fine, I'll do the release notes"],
    ["I'll stay late and do it myself", 'gmail', "Hi Nora,\n\nI'll stay late and finish the reconciliation myself.\n\nPat"],
    ["I'll just redo it, again", 'slack', "I'll just redo the mockups. again."],
  ])('flags: %s', (_name, site, text) => {
    expect(hits(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site, string]>([
    ['sincere offer', 'slack', "no problem, I'll take the customer call myself, happy to"],
    ['plain plan', 'slack', "I'll fix the flaky test this afternoon and post in #eng"],
    ['redo with a reason', 'slack', "I'll just redo the export with the new column order, should take 10 min"],
    ['no worries', 'slack', "no worries at all, these things happen. I'll rerun the report tonight"],
    ['myself as subject', 'gmail', 'Hi all,\n\nMyself and Jonas will present the results on Friday.\n\nBest,\nEva'],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  // Fresh messages for the generalised families (written for these tests, not taken from any corpus).
  describe('generalised families', () => {
    test.each<[string, Site, string]>([
      ['counted redo offer', 'slack', 'glad to rewrite the summary for the third time if legal wants it shorter'],
      ['umpteenth time', 'gmail', 'Hi Kim,\n\nHappy to explain the expense policy for the umpteenth time.\n\nJo'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['second run for another time zone', 'slack', 'happy to run the demo a second time for the APAC folks, just say when'],
      ['plain offer', 'slack', 'happy to redo the slides if that helps, send me your notes'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  // Fresh messages for the recall pass: taking the work on with a sigh.
  describe('up to me again', () => {
    test.each<[string, Site, string]>([
      ["guess it's up to me", 'slack', "nobody signed up for the rota, so I guess it's up to me"],
      ["it's on me again", 'slack', 'the release notes are on me again, as usual'],
      ["looks like I'm doing it myself", 'slack', "looks like I'm fixing these flaky tests myself then"],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['plain ownership', 'slack', "booking the room is on me, I'll send the invite"],
      ['happy to', 'slack', "guess it's up to me this week, happy to do it"],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 2', () => {
    test.each<[string, Site, string]>([
      ['not like I had plans', 'slack', "sure, I'll cover Saturday. not like I had plans"],
      ['or should I just', 'slack', 'are you going to update the tracker or should I just do it?'],
      ["I'll just do everything then", 'slack', "I'll just do everything then"],
      ['figure it out myself', 'slack', "no worries, I'll figure it out myself"],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['coordination question', 'slack', 'are you taking the tracker update or should I take it this week?'],
      ['plans (sincere)', 'slack', 'I had plans to visit Porto in May'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 3', () => {
    test.each<[string, Site, string]>([
      ['someone has to', 'slack', "sure, I'll stay late again. Someone has to."],
      ['since nobody else will', 'slack', "I'll write the postmortem since nobody else will"],
      ["I'll just cancel my weekend", 'slack', "totally fine, I'll just cancel my weekend. no problem at all"],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['someone has to approve (process)', 'slack', 'someone has to approve the PO before Friday, can you?'],
      ['happy to cancel', 'slack', "happy to move things around, I'll just skip my lunch walk today"],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 4', () => {
    test.each<[string, Site, string]>([["I'll just ... then", 'slack', "I see you've reformatted the sheet. I'll just redo my formulas then."]])(
      'flags: %s',
      (_name, site, text) => {
        expect(hits(text, site).length).toBeGreaterThan(0);
      },
    );

    test.each<[string, Site, string]>([
      ["I'll ... then (no just)", 'slack', "ok, I'll update the doc then."],
      ["I'll just ... then, happily", 'slack', "no worries, I'll just ask Ana then"],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 5', () => {
    test.each<[string, Site, string]>([["it's not like I eat", 'slack', "sure, book it over my lunch. it's not like I eat"]])(
      'flags: %s',
      (_name, site, text) => {
        expect(hits(text, site).length).toBeGreaterThan(0);
      },
    );

    test.each<[string, Site, string]>([['I eat lunch late', 'slack', 'I eat lunch late, so 1pm works']])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });
});

describe('martyr-offer: courtesy asking leave', () => {
  test('"don\'t mind me creating a new thread" is not martyrdom', () => {
    const text = "I hope you all don't mind me creating a new thread for this question.";
    expect(analyze(text, { site: 'gmail' }).findings.filter((f) => f.ruleId === 'martyr-offer')).toEqual([]);
  });
});
