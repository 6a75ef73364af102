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
    ['a nervous laugh is no grin', 'slack', 'oh wow, a reply! was starting to think this channel was read-only 😅'],
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
    ['but hey, at least', 'slack', 'the launch slipped two weeks and nobody told support, but hey, at least the landing page is pretty'],
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
    // Real text (session 7): a hard-wrapped line end is not a fragment's end; enthusiasm and a
    // self-correction with nobody addressed are strict-only (gate 'reader').
    ['a wrapped line, not a fragment', 'gmail', 'We will keep encouraging our partners. Once the regional\ncampaign localizes the threat, we will help.'],
    ["can't wait, nobody addressed", 'slack', 'Awesome! Can’t wait!'],
    ['oh wait, correcting myself', 'slack', 'oh wait!'],
    // Said laughing (pa-target.ts, laughing): banter, not a jab.
    ['banter with a grin', 'slack', '@AkiraLaine I think they like to spread rumors about me . . . because why not :D'],
    ['a wink written ;]', 'gmail', 'Like a gui installer for slackware would be cool (not) ;]'],
    ['a joke marked /s', 'slack', 'wait.. we have to use the same functions? how do i know what functions they use??? ;) /s'],
    ["can't wait, with a smile", 'slack', "I can't wait to see what you come up with @odrisck :)"],
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

  // Fresh messages for the recall pass: ironic wishes, mock-productive recaps, verdicts after a
  // setback, pointed thanks, scare quotes, grudging concessions, mock obedience, sighing wishes.
  describe('recall families', () => {
    test.each<[string, Site, string]>([
      ['hope that was worth it', 'slack', 'the migration ran during peak hours without a heads-up. hope that was worth it'],
      ['hope it was all worth it', 'gmail', 'Hi Ravi,\n\nThree customers churned over the pricing email. I hope it was all worth it.\n\nMei'],
      ["hope you're happy now", 'slack', "the whole board is red after your merge. hope you're happy now"],
      ['another productive hour', 'gmail', 'Hi all,\n\nAnother productive hour on the naming debate. We will discuss it some more on Thursday.\n\nKai'],
      ['what a productive meeting', 'slack', 'what a productive meeting, still no decision on the vendor'],
      ['for those keeping score', 'slack', 'for those keeping score: design wants tabs, eng wants a dropdown, and we are still in the same spot as last week'],
      ['resigned aside', 'gmail', 'Hi team,\n\nWe will, no doubt, be revisiting the roadmap again in June.\n\nOla'],
      ['parenthetical I presume', 'slack', 'next week we will, I presume, go over the same slides once more'],
      ['typical after setback', 'slack', 'the vendor pushed the delivery back again. Typical.'],
      ['go figure, at a person', 'slack', 'the build broke right after you merged. go figure'],
      ['who knew', 'slack', 'the demo failed because nobody tested it. Who knew.'],
      ['only N weeks after (fragment)', 'gmail', 'Hi Paul,\n\nThanks for sending the invoice. Just three weeks late!\n\nIngrid'],
      ['thanks for the prompt reply (weeks)', 'gmail', 'Hi Olu,\n\nThanks for the prompt reply, only took two weeks.\n\nLi'],
      ['advance notice minutes before', 'slack', 'appreciate the advance notice, ten minutes before the client call'],
      ['better late than never', 'slack', 'the review finally came in. better late than never'],
      ['scare quotes: your quick fix', 'slack', 'your "quick fix" took down checkout for an hour'],
      ['scare quotes: this final version', 'gmail', "Hi Jo,\n\nThis 'final' version still has last week's numbers.\n\nAmy"],
      ['so-called', 'slack', 'their so-called plan has no dates in it'],
      ['fine, I guess', 'slack', 'Fine, I guess.'],
      ["you're the boss", 'slack', "ok, we'll ship it Friday. you're the boss, after all"],
      [
        'mock permission',
        'gmail',
        'Hi Dana,\n\nUnderstood. Going forward I will be sure to request written approval before answering customer emails.\n\nLuis',
      ],
      ['cold ack then emphatic compliance', 'slack', 'Noted. From now on I will make sure to copy you on every message I send.'],
      ['duly noted', 'gmail', 'Hi Sam,\n\nDuly noted.\n\nPriya'],
      ['nice if someone, one of these days', 'slack', 'would be great if someone cleaned up the test fixtures one of these days'],
      ['anyone ever', 'gmail', 'Hi all,\n\nIt would be lovely if anybody ever read the agenda before the meeting.\n\nAnn'],
      ['someone will, one of these days', 'slack', 'maybe someone will update the on-call rota one of these days'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['hope it is worth it (forward-looking)', 'slack', 'long drive to the offsite but hope it’s worth it!'],
      ['hope the trip was worth it', 'slack', 'hope the trip was worth it, the photos look great'],
      ['productive and warm', 'slack', 'another productive sprint, thanks everyone for the push 🎉'],
      ['productive without a stall', 'gmail', 'Hi all,\n\nA really productive session today: we picked vendor B and Ola owns the contract.\n\nKai'],
      ['cheerful tally', 'slack', 'for those keeping score, we just hit 10k signups 🎉'],
      ['plain next meeting', 'gmail', 'Hi all,\n\nWe will meet again on Tuesday to decide between the two options.\n\nKai'],
      ['who knew, good news', 'slack', 'we shipped two days early. who knew!'],
      ['of course as agreement', 'slack', 'Can you review my PR? The tests failed again. Of course.'],
      ['only two weeks left', 'gmail', 'Hi all,\n\nThanks for the updates. Only two weeks left before launch!\n\nBea'],
      ['self-deprecating late reply', 'slack', 'sorry for the slow reply, better late than never!'],
      ['quoted UI label', 'slack', 'thanks! can you move your "done" tickets to the done column?'],
      ['quoted label with pointing word', 'notion', 'Set this "ready" status only after QA has signed off.'],
      ['quoted term explained', 'slack', 'by "final" I mean the version legal signed, not the draft'],
      ['I guess as hedge', 'slack', 'I guess we could try the other vendor, what do you think?'],
      ['planned approval', 'slack', "I'll get approval from finance before ordering the laptops"],
      ['apology then promise', 'gmail', 'Hi Dana,\n\nSorry about that. Going forward I will make sure to copy you on client emails.\n\nLuis'],
      ['got it then promise', 'slack', "Got it. Going forward I'll send the report on Mondays."],
      ['duly noted with thanks', 'slack', "Duly noted, thanks — I'll update the deck."],
      ['plain wish for help', 'slack', 'it would be great if someone could grab lunch for the visitors'],
      ['invitation one of these days', 'slack', 'you should come visit the Lisbon office one of these days!'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 2', () => {
    test.each<[string, Site, string]>([
      ['(not) marker', 'slack', 'thanks for the super clear handover (not)'],
      ['went so well last time', 'slack', "sure, let's skip the dry run, because that went so well last time"],
      ['just what we needed', 'slack', 'the deploy failed again. just what we needed on a friday'],
      ['nothing like a late call', 'slack', 'nothing like a 7pm call to end the week'],
      ['nice of them to tell us, late', 'slack', 'so nice of legal to let us know about the new terms the day before launch'],
      ['hope that makes sense now', 'gmail', 'Hi Ana,\n\nThe budget is per quarter, not per month. Hope that makes sense now.\n\nRaj'],
      ['you had your reasons', 'slack', "I'm sure you had your reasons for dropping the tests"],
      ['bold move', 'slack', 'pushing straight to prod on a Friday. Bold move.'],
      ['thanks with scare quotes', 'gmail', 'Hi Tim,\n\nThanks for the "quick" sync, all ninety minutes of it.\n\nEd'],
      ['appreciate the feedback in quotes', 'slack', 'appreciate the "feedback" on my deck'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['not in a sentence', 'slack', 'not sure yet, will check tomorrow'],
      ['went well, sincere', 'slack', 'the launch went so well last time that we are reusing the plan'],
      ['exactly what we needed, thanks', 'slack', 'exactly what we needed, thanks Priya!'],
      ['nothing like a coffee', 'slack', 'nothing like a good coffee before the planning session'],
      ['nice of Ana to share', 'slack', 'nice of Ana to share her notes with the new hires'],
      ['hope that makes sense (no now)', 'gmail', 'Hi Ana,\n\nThe budget is per quarter. Hope that makes sense!\n\nRaj'],
      ['bold move with warmth', 'slack', 'bold move, proud of the team for shipping it 🎉'],
      ['thanks, plain quotes for a title', 'slack', 'thanks for the "Q3 roadmap" doc, reading it now'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 3', () => {
    test.each<[string, Site, string]>([
      ['glad to see (setback)', 'slack', 'glad to see the release checklist got skipped again'],
      ['pointed thanks, a month', 'gmail', 'Hi Dev,\n\nAppreciate the speedy response on the quote - only a month!\n\nKit'],
      ['nice of you to drop by', 'slack', 'oh, you made it to standup. nice of you to drop by'],
      ['interesting after a setback', 'slack', 'the roadmap changed again without anyone telling design. Interesting.'],
      ['praise then setback', 'gmail', 'Hi all,\n\nPerfect. The vendor slipped the date again.\n\nRo'],
      ['just a coincidence', 'slack', "I'm sure it's just a coincidence that every outage happens on your deploy days"],
      ["third time's the charm", 'slack', "moving the kickoff again? third time's the charm"],
      ['consideration it deserves', 'gmail', 'Hi Lou,\n\nThanks for the suggestion, I will give it all the consideration it deserves.\n\nMai'],
      ['helpful in front of everyone', 'slack', 'always helpful to get that feedback in front of the whole team'],
      ['thanks for cc-ing my manager', 'gmail', 'Hi Jon,\n\nThanks for looping in my manager on this.\n\nEl'],
      ['scare quotes with the', 'slack', 'the "quick" sync ran to two hours'],
      ['scare quotes, one capitalised word', 'slack', 'this "Final" version still has the old numbers'],
      ['my favourite', 'slack', 'another "optional" training on a Saturday. My favourite.'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['glad to see (good news)', 'slack', 'glad to see the new hires settling in'],
      ['praise then plan', 'slack', "Great. I'll send the invite again with the new room."],
      ['praise then good news', 'gmail', 'Hi all,\n\nGreat! The vendor confirmed the date.\n\nRo'],
      ['coincidence (neutral)', 'slack', 'funny coincidence, Ana and I went to the same school'],
      ['my favourite (sincere)', 'slack', 'the new espresso machine is here. My favourite!'],
      ['thanks for looping in my manager (warm)', 'slack', 'thanks for looping in my manager, she loved the demo 🎉'],
      // Real chat (session 14): quoted Title Case words are a name, not a mocked word.
      ['a room named in quotes', 'slack', 'you can ask in the "Help Frontend" room, people there know CSS well'],
      ['sincere "can\'t wait"', 'slack', "@quincy Awesome! Can't wait!"],
      [
        'a sigh in a list item, a name in the next item',
        'notion',
        '## Triage\n\n- object safe for dispatch PR is merged\n- however, no real progress on the core cycle. Ugh.\n- [ ] stabilize coherence @Nicholas',
      ],
      [
        '"but whatever" wrapped onto the next line in mail',
        'gmail',
        "Hi,\n\nthere is an option in there for something called hisax, but whatever\nthat is, the machine doesn't have one.\n\nAny help appreciated.",
      ],
      ['a plain timeframe', 'notion', '## Shanghai\n\n**Tim**: the upgrade is planned for sometime this year, after the devnets.'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 4', () => {
    test.each<[string, Site, string]>([
      ['all N words of it', 'gmail', 'Hi Bo,\n\nThanks for the thorough feedback. All four words of it.\n\nKai'],
      ['apparently not', 'slack', 'did anyone check the rota? Apparently not.'],
      ['still pretending', 'slack', 'are we still pretending the launch date is realistic?'],
      ["can't wait to find out", 'slack', "oh cool, another pivot. can't wait to find out what we're building next"],
      ["unasked you're welcome", 'slack', "I've cleaned up your branch. You're welcome."],
      ['credit-taking', 'gmail', 'Hi all,\n\nGreat deck! I particularly liked the sections I wrote.\n\nMo'],
      ['as usual, a setback', 'slack', 'As usual, the standup started late.'],
      ['hopefully this month', 'gmail', 'Hi Raj,\n\nLooking forward to your reply, hopefully this quarter.\n\nEm'],
      ['cool, another', 'slack', 'oh cool, another all-hands on a friday evening'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ["can't wait to see (warm)", 'slack', "can't wait to see what you build at the hackathon! 🎉"],
      ["you're welcome (reply to thanks)", 'slack', "You're welcome!"],
      ['as usual, routine', 'slack', 'As usual, the kitchen gets deep cleaned on Friday.'],
      ['apparently (news)', 'slack', 'apparently the office reopens on Monday'],
      ['liked the parts (sincere)', 'slack', 'I really liked the parts you wrote about onboarding'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 5', () => {
    test.each<[string, Site, string]>([
      ['loved finding out', 'gmail', 'Hi Jo,\n\nLoved finding out about the reorg from a LinkedIn post.\n\nAl'],
      ['thrilled, in a row', 'slack', "I'm thrilled to be covering support for the third weekend in a row"],
      ["that's one way to", 'slack', "well, that's one way to handle a customer escalation"],
      ['my mistake for assuming', 'slack', 'oh, were we supposed to test it first? my mistake for assuming'],
      ['matters more than', 'slack', "good to know the vendor's opinion matters more than ours"],
      ['thanks for the empty room', 'slack', 'no one told me the workshop moved, but thanks for the empty room'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['thrilled to win again', 'slack', 'thrilled to win the award for the second year in a row, congrats team'],
      ['made my day (warm)', 'slack', 'your note really made my day, thank you!'],
      ['one way to (neutral)', 'slack', 'one way to speed this up is caching the results'],
      ['thanks for the room (sincere)', 'slack', 'thanks for the room booking, see you at 3'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  // LABELS.md, "Reading real text": frustration at a tool or a bug has no one to land on. Such
  // hits are kept for "strict" only (lib/analysis/pa-target.ts).
  test.each<[string, string]>([
    ['go figure, at the build', 'the build broke right after the freeze. go figure'],
    ['sigh at git', '*sigh* why is git pull not working...'],
  ])('untargeted, strict only: %s', (_name, text) => {
    expect(hits(text)).toHaveLength(0);
    const strict = analyze(text, { site: 'slack', sensitivity: 'strict' }).findings.filter((f) => f.ruleId === RULE);
    expect(strict.length).toBeGreaterThan(0);
    expect(strict[0].confidence).toBeLessThan(0.5);
  });
});

describe("sarcasm: an exasperated noise with nobody in sight is the writer's own", () => {
  test.each<[string, Site, string]>([
    ['a bare *sigh* under a quote', 'gmail', '> it flagged the date as spam.\n\n*sigh*\n\n--\nAnthony'],
    ['sigh, then an apology', 'gmail', 'Sigh. Shoot me, now...\n\nMy apologies.\n\nRAH'],
  ])('not at balanced: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });
  test('a sigh at someone still counts', () => {
    expect(hits('Ugh I spent 90 minutes redrawing their logo and then they email me the vector file').length).toBeGreaterThan(0);
  });
});

// Blind readers of seeded real chat, mail and notes samples (sessions 9–10) judged these shapes
// wrong: a sarcasm marker on a joke about oneself with nothing praised, the writer's own lateness, anticipation
// of news, and a jab inside someone else's quoted words.
describe('sarcasm: shapes that were sincere on real text', () => {
  test.each<[string, Site, string]>([
    ['a "(not)" with nothing praised', 'slack', 'I will definitely remember my umbrella tomorrow (not)'],
    ['my own late comment', 'gmail', 'This comment probably goes into the better late than never pile, but the patch looks fine.'],
    ["can't wait to see what the news brings", 'gmail', "Beautiful, let the information wars begin... I can't wait to see how this plays out."],
    ['inside a quotation', 'slack', 'He wrote, "great, another meeting about the reorg on a friday", in the retro thread.'],
  ])('not at balanced: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });
  test.each<[string, Site, string]>([
    ['"(not)" after praise', 'slack', 'thanks for the super clear handover (not)'],
    ['better late, about them', 'slack', 'the review finally came in. better late than never'],
    ['scare quotes on one word', 'slack', 'thanks for the "quick" review of my PR, only took two weeks'],
  ])('still flags: %s', (_name, site, text) => {
    expect(hits(text, site).length).toBeGreaterThan(0);
  });
});
