// sarcasm: praise or enthusiasm aimed at something unwelcome. Sincere praise of the same shape
// ("great, another green build — nice work") must stay clean.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'sarcasm';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ['great, another meeting', 'slack', 'oh great, another all-hands about the reorg. on a friday at 4pm'],
    ['perfect, one more form', 'slack', "perfect, one more approval form for a $12 purchase. can't wait"],
    ['yet another', 'slack', 'yet another "urgent" request from sales that could have been an email'],
    ['love that (found out second-hand)', 'slack', 'love that we heard about the reorg from a LinkedIn post'],
    ['love how (after the deadline)', 'slack', 'love how the requirements changed again the night before the demo'],
    ['thanks for nothing', 'slack', 'thanks for nothing, I guess I will figure it out'],
    ['must be nice', 'slack', 'must be nice to have a four day week while the rest of us cover support'],
    ['what a surprise', 'slack', 'the vendor missed the deadline. what a surprise.'],
    ['look who showed up', 'slack', 'look who decided to join the standup'],
    ['oh look, an update', 'slack', 'oh look, an update on the ticket I opened in March'],
    ['mock praise after a stall', 'slack', "four weeks later and the spec still isn't signed off. great planning."],
    ['hyperbolic deadline', 'gmail', 'Hi Tariq,\n\nAny time this year would be great for the expense approvals.\n\nNoor'],
    ['sarcastic prediction', 'gmail', "Hi all,\n\nWe've now rescheduled the vendor review three times. I'm sure the next meeting will sort it out.\n\nGus"],
    ['but sure', 'slack', "we were told there was no budget for contractors but sure, let's fly six people to Vegas"],
    ['but hey, at least', 'slack', "the launch slipped two weeks and nobody told support, but hey, at least the landing page is pretty"],
    ['why am I not surprised', 'slack', 'the build is broken again. why am I not surprised'],
  ])('flags: %s', (_name, site, text) => {
    expect(hits(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site, string]>([
    ['great, another win', 'slack', 'great, another five-star review from Acme 🎉 nice work support team'],
    ['great, more signups', 'slack', 'great, more signups than last week, thanks everyone for the push'],
    ['sincere love', 'slack', 'love that idea, let us try it in the next sprint'],
    ['love how it turned out', 'slack', 'love how the new onboarding flow turned out, thank you Ana'],
    ["can't wait (sincere)", 'slack', "can't wait to see everyone at the offsite!"],
    ['great use of time (sincere)', 'gmail', 'Hi all,\n\nThe workshop was a great use of our time. Thanks for organising it, Lea.\n\nBest,\nMo'],
    ['good progress, sincere', 'slack', 'good progress on the migration today, 40 of 60 tables done'],
    ['at least (neutral)', 'gmail', 'Hi Ken,\n\nWe need at least three quotes before procurement can approve this.\n\nThanks,\nLi'],
    ['sure (agreement)', 'slack', 'sure, let me check with Priya and get back to you by 3'],
    ['any time (offer)', 'slack', 'happy to help any time, just ping me'],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  test('explains why and gives concrete advice', () => {
    const [f] = hits('great, another 7pm sync about the sync.');
    expect(f.message).toMatch(/sarcas/i);
    expect(f.replacement).toBe(false);
    expect(f.suggestion.length).toBeGreaterThan(20);
  });

  // Fresh messages for the generalised families (written for these tests, not taken from any corpus).
  describe('generalised families', () => {
    test.each<[string, Site, string]>([
    ['riveting stuff', 'slack', 'ninety minutes on the font of the footer. riveting stuff'],
    ['edge of my seat', 'slack', 'the budget call ran long again, I was on the edge of my seat'],
    ['counting previous meetings', 'gmail', 'Hi all,\n\nRecap for anyone who missed the previous two calls: we still have three options and no owner.\n\nMo'],
    ['mock hope', 'slack', "still no decision on the vendor. I'm sure we'll get there eventually"],
    ['hyperbolic compliance', 'slack', "Got it. I'll run every single slide past you before it goes out."],
    ['cool cool cool split over sentences (message gate across a sentence break)', 'slack', 'Cool. Cool. Cool.'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
    ['sincere thrill', 'slack', 'thrilling launch today, congrats to the whole team 🎉'],
    ['good read', 'slack', 'the postmortem is a real page-turner, great work Ana and team'],
    ['real process', 'gmail', "Hi Lee,\n\nGoing forward I'll send each draft to you for sign-off before Friday.\n\nAmi"],
    ['recap for absentees', 'notion', 'Recap for anyone who missed Tuesday: we picked vendor B and Ola owns the contract.'],
    ['confident plan', 'slack', "I'm sure we'll hit the date, QA is already done"],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });
});
