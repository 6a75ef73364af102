// repeated-nudge: reminders that point back at the earlier ask instead of restating the need.
// Hand-written messages (not from the dev corpus) in the shapes people actually send.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'repeated-nudge';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);
const apply = (text: string, f: { start: number; end: number; suggestion: string }) => text.slice(0, f.start) + f.suggestion + text.slice(f.end);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ['as per my previous email', 'gmail', 'Hi Tom,\n\nAs per my previous email, the invoice needs a PO number before we can process it.\n\nRegards,\nAnn'],
    ['per my last two emails', 'gmail', 'Dear Ms. Ortiz,\n\nPer my last two emails, we still need the signed NDA.\n\nBest,\nJ. Park'],
    ['as stated in my earlier message', 'slack', 'as stated in my earlier message, the staging DB is read-only until Monday'],
    // like-i-said and again-opener need the reader addressed (gate 'reader'): unaddressed on real
    // chat they were mostly the writer picking up their own point (see the real-text block below).
    ['like I said', 'slack', '@jo like I said, the flag has to stay off for EU users'],
    ['as I said before', 'gmail', 'Hi Raj,\n\nAs I said before, the budget is capped at $20k for this quarter.\n\nThanks,\nElla'],
    ['as I said before, I need you to…', 'gmail', 'Hi Raj,\n\nAs I said before, I need you to send the receipts by Friday.\n\nThanks,\nElla'],
    [
      'as I have previously mentioned',
      'gmail',
      'Hello,\n\nAs I have previously mentioned, the warranty does not cover water damage.\n\nKind regards,\nSupport',
    ],
    ['I already told you', 'slack', 'I already told you the venue is booked for the 12th'],
    ["I've asked three times", 'slack', "I've asked three times now for the updated deck"],
    ['repeated friendly reminder', 'slack', 'another friendly reminder: expense reports are now overdue'],
    [
      'gentle reminder, second one',
      'gmail',
      'Hi all,\n\nGentle reminder (second one) that the survey closes tomorrow and we still have 40% missing.\n\nThanks,\nKim',
    ],
    [
      'not sure you saw my email',
      'gmail',
      'Hi Marta,\n\nNot sure if you got my email last week about the lease renewal. We need an answer by the 30th.\n\nBest,\nPaul',
    ],
    ['in case you missed my message', 'slack', 'in case you missed my message yesterday: the demo moved to 2pm'],
    ['for the third time', 'slack', "I'm asking for the third time: who owns the on-call rota this week?"],
    ['bumping again', 'slack', '@dev-leads bumping this again, still need a reviewer for #881'],
    ['following up once again', 'gmail', 'Hi Greg,\n\nI am following up once again on the refund for order 55812.\n\nRegards,\nLinh'],
    ['still waiting on your reply', 'slack', 'still waiting on your reply about the contractor budget'],
    ['sitting in the queue', 'gmail', 'Hi Ben,\n\nThe access request has been sitting in your queue since March 2. Can you approve it today?\n\nThanks,\nAmir'],
    ['how many times', 'slack', 'how many times do I have to say the prod creds are not for local testing'],
    ['the third time, asked', 'slack', 'this is the third time I have asked for the export'],
  ])('flags: %s', (_name, site, text) => {
    expect(hits(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site, string]>([
    [
      'plain follow-up with a deadline',
      'gmail',
      "Hi Daniel,\n\nI haven't heard back on the revised contract. Could you confirm by Friday whether the terms work for you?\n\nThanks,\nMeera",
    ],
    ['following up politely', 'slack', 'hey @marcus, following up on the W-9 from last week — could you send it over by Thursday?'],
    ['announcement someone may have missed', 'slack', 'not sure if you all saw the announcement in #general, but the office wifi password changed today'],
    ['first scheduled reminder', 'slack', 'friendly reminder that the office is closed Monday for the holiday 🎉'],
    ['as discussed', 'gmail', 'Hi Fatima,\n\nAs discussed on the call, attached is the SOW. Please sign by August 8.\n\nKind regards,\nJulien'],
    ['as I mentioned on the call (news)', 'gmail', 'Hi team,\n\nAs I mentioned on the call, we closed the Globex deal. Details below.\n\nBest,\nRae'],
    ['third party asking again', 'slack', 'the finance folks have been asking about the forecast again, can someone own it this sprint?'],
    ['I already mentioned it to a customer', 'slack', 'I already mentioned the new pricing to the Acme team and they liked it'],
    ['sorry, resending', 'gmail', 'Hi Jo,\n\nSorry, sending the deck again with the right file attached this time.\n\nBest,\nKai'],
    ['celebrating a repeat', 'slack', 'we won the regional award for the third time in a row! congrats everyone 🎉'],
    ['waiting on a third party', 'slack', 'still waiting on legal for the DPA, will update tomorrow'],
    [
      "quoted history is not the user's",
      'gmail',
      'Thanks, attached now.\n\nOn Mon, Jun 2, 2025 at 4:47 PM Pam Riley <pam@example.com> wrote:\n> Per my last email, I still need the W-9.\n> Pam',
    ],
    ['the writer counting their own attempts', 'slack', 'going through basic JavaScript again today for the 4th time'],
    // The point picked back up is about the writer (ABOUT_THE_WRITER in the nudges table).
    [
      'restating their own disclaimer',
      'gmail',
      'Hi,\n\nAs I said before, I have little to no in-depth experience with Red Hat, so take this with a grain of salt.\n\nJoe',
    ],
    ['restating their own confusion, to someone', 'slack', "@sam like I said, I'm lost with the config, still reading the docs"],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  test('points at the phrase and offers a grammatical drop-in for a sentence-opening "per my last email"', () => {
    const text = 'Hi Kevin,\n\nPer my last email, the vendor forms were due Friday.\n\nThanks,\nRachel';
    const [f] = hits(text, 'gmail');
    expect(text.slice(f.start, f.end)).toBe('Per my last email,');
    expect(f.replacement).toBe(true);
    expect(apply(text, f)).toContain('To recap: the vendor forms were due Friday.');
  });

  test('mid-sentence "per my last email" gets advice, not a broken rewrite', () => {
    const text = 'The forms were due Friday, per my last email.';
    const [f] = hits(text);
    expect(f.replacement).toBe(false);
    expect(f.suggestion).toMatch(/recap/i);
  });

  test('"as I already said" with its reference is replaced as a whole', () => {
    const text = 'As I already said in the standup, the freeze starts Thursday.';
    const [f] = hits(text);
    expect(apply(text, f)).toBe('Quick reminder: the freeze starts Thursday.');
  });

  // Fresh messages for the recall pass: tallies of shared links, narrating one's own repetition,
  // "as discussed multiple times", a pointed "Again," opener.
  describe('recall families', () => {
    test.each<[string, Site, string]>([
      ['linked twice already', 'slack', 'the checklist I linked twice already has the answer'],
      ["I've shared it three times", 'gmail', "Hi Bo,\n\nI've shared the template three times now; it's in the team drive.\n\nKim"],
      ['broken record', 'slack', 'I feel like a broken record, but please add tests to your PRs'],
      ['at the risk of repeating myself', 'gmail', 'Hi all,\n\nAt the risk of repeating myself, timesheets close on Friday.\n\nJo'],
      ["I'm not going to repeat myself", 'slack', "I'm not going to keep repeating myself about the naming convention"],
      ['let me say it one more time', 'slack', 'let me say this one more time, slowly: staging is not prod'],
      ['as discussed multiple times', 'gmail', 'Hi Lee,\n\nAs discussed multiple times, the budget is capped at 20k.\n\nAl'],
      ['as we have established ad nauseam', 'slack', "as we've established ad nauseam, the API is read-only"],
      ['again opener', 'slack', 'Again, your SLA is two business days, not two days.'],
      ['again, please', 'gmail', 'Hi all,\n\nAgain, please do not share the client deck outside the company.\n\nSue'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['resent after a bounce', 'gmail', 'Hi Bo,\n\nI sent it twice because the first one bounced.\n\nKim'],
      ['frequency, not a tally', 'slack', 'I post the metrics twice a week in #growth'],
      ['say it again, warmly', 'slack', 'let me say it again: thank you all for the launch'],
      ['as discussed (neutral)', 'gmail', 'Hi Lee,\n\nAs discussed on the call, the budget is capped at 20k.\n\nAl'],
      ['again, thanks', 'gmail', 'Hi Ray,\n\nAgain, thanks so much for covering on Friday.\n\nMo'],
      ['again, let me know', 'gmail', 'Hi Ray,\n\nAgain, let me know if you have questions about the contract.\n\nMo'],
      ['again mid-sentence', 'slack', 'we can run the report again, the numbers changed'],
      // Real chat (session 7): the writer restating their own point or plans, nobody addressed.
      ['like I said, about myself', 'slack', "Like I said, I'm going to bed (been up all night, coding)."],
      ['again, the writer’s own argument', 'slack', 'Again, the problem itself is not challenging in and of itself, but the process of solving it is.'],
      // Real chat (session 14): the count is of the writer's own studying, or of a bug recurring.
      [
        'a count of my own studying',
        'slack',
        'I just started going through basic JavaScript again today for the 4th time because I have no idea which parts I miss.',
      ],
      ['a count of a bug recurring', 'slack', "I've got no audio in my browser. This is the third time its happened. Any ideas?"],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 2', () => {
    test.each<[string, Site, string]>([
      ['counting the wait since I sent', 'gmail', "Hi Ian,\n\nIt's been three weeks since I sent the draft.\n\nUma"],
      ['two weeks and still nothing', 'slack', "it's been two weeks and still nothing on the access request"],
      ['top of your inbox', 'gmail', 'Hi Ian,\n\nBumping this to the top of your inbox.\n\nUma'],
      ['crickets', 'slack', 'asked about the budget in #finance on Monday. *crickets*'],
      ['fell off your radar', 'slack', 'following up since this seems to have fallen off your radar'],
      ['gentle nudge again', 'slack', 'gentle nudge again on the contract review'],
      ['for the last time', 'slack', 'for the last time, the staging password is in the vault'],
      ['a count of my asking', 'slack', "I'm asking for the third time: where is the staging password?"],
      ['hello? after waiting', 'slack', 'can someone approve my PR? been waiting since yesterday. Hello?'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['two weeks since launch', 'slack', "it's been two weeks since launch and signups look great"],
      ['farewell', 'slack', 'we meet in the old office for the last time this Friday'],
      ['lone anyone for help', 'slack', 'does anyone have a spare HDMI adapter? Anyone?'],
      ['lunch anyone', 'slack', 'lunch at 12, anyone?'],
      ['first gentle nudge', 'slack', 'gentle nudge: the survey closes Friday'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 3', () => {
    test.each<[string, Site, string]>([
      ['friendly heads-up, deadline passed', 'slack', 'just a friendly heads up that the deadline was yesterday'],
      ['still sitting in your queue', 'slack', 'the access request is still sitting in your queue'],
      ['as I said in my email on Monday', 'gmail', 'Hi Sam,\n\nAs I said in my email on Monday, the venue is booked.\n\nAl'],
      ['happy to explain for the third time', 'slack', 'happy to walk you through the tool for the third time'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['friendly heads-up (first)', 'slack', 'friendly heads up: the office closes early on Friday'],
      ['as I mentioned on the call', 'gmail', 'Hi Sam,\n\nAs I mentioned on the call, the venue is booked.\n\nAl'],
      ['third time winning', 'slack', 'for the third time this year we topped the NPS chart, thanks all 🎉'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 4', () => {
    test.each<[string, Site, string]>([
      ['disappointing to have to send again', 'gmail', "Dear team,\n\nIt's disappointing that I have to send this email again.\n\nMo"],
      ['keep having to remind', 'slack', 'I keep having to remind people about the dress code again and again'],
      ['no pressure, but (wait)', 'slack', 'no pressure, but the client has been waiting since Tuesday'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['resend with the right file', 'gmail', 'Hi Jo,\n\nSorry, I have to send this again with the right file.\n\nMo'],
      ['no pressure with an ask', 'slack', 'no pressure, but the client is waiting since Tuesday; could you reply by EOD?'],
      ['no pressure (plain)', 'slack', 'no pressure, but if you have a minute I would love your eyes on the draft'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });
});

// Real notes (session 10 sample): "how many times do we have to write `Send`" is frustration at a
// language; the rebuke repeats something said or asked.
describe('repeated-nudge: how many times', () => {
  const nudge = (text: string) => analyze(text, { site: 'slack' }).findings.filter((f) => f.ruleId === 'repeated-nudge');
  test('at the syntax', () => {
    expect(nudge('the bounds still feel verbose (how many times do we have to write the same bound on every impl)')).toEqual([]);
  });
  test('at the reader', () => {
    expect(nudge('how many times do I have to say the prod creds are not for local testing').length).toBeGreaterThan(0);
  });
});

// Fresh blind sample (session 11): the writer's own story, not a tally aimed at the reader.
describe('repeated-nudge: the writer’s own count', () => {
  const nudge = (text: string) => analyze(text, { site: 'gmail' }).findings.filter((f) => f.ruleId === 'repeated-nudge');
  test.each([
    ['others’ mentions heard', "I hate to ask... I've heard it mentioned several times here, but where is the FAQ?"],
    ['my own wait', 'The vendor wanted the DSL up fast. Still it only took me three weeks to get a line.'],
  ])('not flagged: %s', (_name, text) => {
    expect(nudge(text)).toEqual([]);
  });
  test('their wait, counted at them, still flags', () => {
    expect(nudge('Thanks for the reply. It only took you three weeks.').length).toBeGreaterThan(0);
  });
});
