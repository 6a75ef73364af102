// implied-blame: sentences built so the reader can only hear "you got this wrong".

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'implied-blame';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ['as everyone knows', 'slack', 'as everyone knows, the deploy window closes at 4'],
    ['as you should know', 'gmail', 'Hi Ben,\n\nAs you should know by now, the client signs off on copy, not us.\n\nAnna'],
    ["I shouldn't have to remind", 'slack', "I shouldn't have to remind people to lock their laptops"],
    ['how hard is it', 'slack', 'how hard is it to put the ticket number in the commit message'],
    ["it's not rocket science", 'slack', "it's not rocket science, the form has four fields"],
    ['you know who you are', 'slack', 'whoever keeps leaving dishes in the sink, you know who you are'],
    ['some people apparently', 'slack', "some people apparently don't read the release notes"],
    ['for some of us', 'slack', 'the holiday rota seems optional for some of us.'],
    ['exists for a reason', 'slack', 'the on-call channel is there for a reason'],
    ['did you even read', 'slack', 'did you even read the PR description?'],
    ['sent to everyone', 'gmail', 'Hi Tom,\n\nThe new travel policy is in the handbook, which was sent to everyone in March.\n\nSue'],
    ['one-word Again.', 'slack', 'the staging data got wiped. Again.'],
    ['would have been nice to know', 'slack', 'would have been nice to know about the price change before I sent the quote'],
    ['for once', 'gmail', 'Hi team,\n\nIt would be great, for once, to get the numbers before the meeting.\n\nLi'],
    ['insinuating timing', 'slack', 'funny how the bug only showed up right after the contractor left'],
    ['is anyone ever going to', 'slack', 'is anyone ever going to fix the broken link in the footer'],
    ['for the record', 'slack', 'for the record, I flagged this risk in January'],
    ['you do realise', 'slack', 'you do realise the client can see this channel'],
    ['Is that clear?', 'gmail', 'Hi Max,\n\nNo more direct pushes to main. Is that clear?\n\nDana'],
    ['"Again?" at a named reader', 'slack', '@gts00k Seriously? Again?'],
  ])('flags: %s', (_name, site, text) => {
    expect(hits(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site, string]>([
    ['as you know (framing)', 'gmail', 'Hi Beatriz,\n\nAs you know, my partner got the job in Lisbon, so I would like to move in August.\n\nBest,\nRui'],
    ['reassurance', 'slack', "don't worry, it's not that hard to set up, I'll pair with you"],
    ['some people prefer', 'slack', 'some people prefer the dark theme, so we kept both'],
    ['a helpful pointer', 'slack', 'the rota is in the on-call doc, section 3, in case it helps'],
    ['carried over again (retro fact)', 'notion', '## Retro\n- Three tickets carried over again because estimates were off\n- QA got the build late'],
    ['I actually read it (sincere)', 'slack', 'I actually read the whole RFC last night, really good work'],
    ['neutral record', 'gmail', 'Hi Jo,\n\nFor the record of the meeting, the decision was to ship on Tuesday.\n\nAl'],
    ['heard from the client (good news)', 'slack', 'heard from the client this morning, they loved the demo'],
    ['interesting finding', 'slack', 'interesting that Safari 16 is the only browser with the bug, looking into it'],
    ['make sense?', 'slack', 'we ship Tuesday and QA signs off Monday. make sense?'],
    ['thanks (again!)', 'slack', '@karllekko Thanks (again!).'],
    // Real chat (session 14): a message that is only the fragment names no one to land on.
    ['a bare "Again?" as the whole message', 'slack', 'Again?'],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  // Fresh messages for the generalised families (written for these tests, not taken from any corpus).
  describe('generalised families', () => {
    test.each<[string, Site, string]>([
      ['future "assume an oversight"', 'gmail', "Hi Priya,\n\nThe invoice still lists the old rate. I'll assume that was an honest mistake.\n\nTom"],
      ['oversight on your end', 'gmail', 'Dear Mr Hale,\n\nThe signed copy never arrived, presumably an oversight on your end.\n\nKind regards,\nIrene'],
      ['only after the boss asked', 'slack', 'curious that the budget only got approved after the CFO asked about it'],
      ['anybody even checks … anymore', 'slack', 'does anybody even check the support inbox anymore? 40 unread'],
      ['somebody, anybody', 'slack', 'could somebody, anybody, restock the printer paper on 2'],
      [
        'veiled qualifier in an action item',
        'notion',
        '## Next steps\n- Marketing: review the brief before Tuesday, preferably beyond the first page this time\n- Omar: book the room',
      ],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['present-tense assumption about a typo', 'slack', 'I assume this was a typo in the config, fixed it in #212'],
      ['real question about usage', 'slack', "does anyone use the old staging server? I'd like to shut it down friday"],
      ['data observation with "only … after"', 'notion', 'Interesting that signups only spike after we send the newsletter, worth testing a second send.'],
      ['page count as an instruction', 'gmail', 'Hi Dee,\n\nThe contract runs to 30 pages; the key terms start past page 4, in section 2.\n\nSam'],
      ['someone reads the doc', 'slack', 'can someone read through the onboarding doc before Lea starts on Monday?'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  // Fresh messages: wishing for the normal thing, news heard elsewhere first, silence read as consent.
  describe('expectations and silence', () => {
    test.each<[string, Site, string]>([
      ['for a change (timing)', 'slack', 'would be lovely to get the agenda before the meeting starts, for a change'],
      ['for once (reply)', 'gmail', 'Hi Dan,\n\nIt would be helpful if someone replied to the vendor on time for once.\n\nKay'],
      ['heard it from the customer first', 'slack', 'great to learn about the price change from a customer before anyone told support'],
      ['no replies taken as agreement', 'slack', 'no replies since Monday, so I am taking that as approval'],
      ['nobody objected', 'gmail', 'Hi all,\n\nNobody has objected, so I will treat the silence as a yes.\n\nBen'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['sincere change of scenery', 'slack', 'nice to have the offsite by the lake for a change, photos in the album'],
      ['good news from a client', 'slack', 'great to hear from the client that the pilot went well'],
      ['a stated deadline', 'gmail', 'Hi all,\n\nIf there are no objections by Friday noon, I will take that as a yes and book the venue.\n\nBen'],
      ['a reply taken as a yes', 'slack', 'sounds good? great, I will take that as a yes and send the invite'],
      ['taking a compliment', 'slack', "I'll take that as a compliment, thanks!"],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  // Fresh messages for the recall pass: accusing questions, culprit notes, "the doc clearly says",
  // feigned confusion, counterfactual blame, rhetorical rebukes, non-apologies, kitchen notes.
  describe('recall families', () => {
    test.each<[string, Site, string]>([
      ['is there a reason (not done)', 'slack', "is there a reason the release notes still haven't gone out?"],
      ['was there a reason (skipped)', 'gmail', 'Hi Tom,\n\nWas there a reason the security review was skipped on this one?\n\nAna'],
      ['trailing just curious', 'slack', 'why has nobody updated the status page since the outage? just curious'],
      ['just wondering opener', 'slack', "just wondering, why haven't the invoices been sent yet?"],
      ['whoever keeps', 'notion', 'To whoever keeps taking the HDMI adapter from room 3: please bring it back.'],
      ['the person who thinks it is fine', 'slack', 'the person who thought it was fine to push secrets to the repo, please talk to me'],
      ['the doc clearly says', 'slack', 'the runbook clearly says to page the on-call first'],
      ['the email explicitly stated', 'gmail', 'Hi Lars,\n\nThe invite explicitly stated that cameras are on.\n\nNina'],
      ['where the confusion is', 'gmail', "Hi Ed,\n\nI'm not sure where the confusion came from; the brief lists three markets.\n\nZoe"],
      ['how much clearer', 'slack', "I don't know how much clearer I can make this: no deploys on Friday"],
      ['if you had read', 'slack', "if you had read the handover doc you'd know the key is in the vault"],
      ['had you checked', 'gmail', 'Hi Omar,\n\nHad you checked the shared calendar, you would have seen the room was booked.\n\nFay'],
      ['what part of', 'slack', "what part of 'code freeze' don't you understand?"],
      ['need I remind', 'gmail', 'Hi all,\n\nNeed I remind everyone that expenses are due on the 5th?\n\nRob'],
      ['was that not clear', 'slack', 'I said staging only. was that not clear?'],
      ['did I not say', 'slack', 'did I not say the client gets the deck first?'],
      ['non-apology', 'gmail', "Hi Jess,\n\nI'm sorry you feel that way, but the decision stands.\n\nMark"],
      ['sorry if it upset you', 'slack', 'sorry if that upset you, I was just being honest'],
      ['would it kill', 'slack', 'would it kill anyone to restock the printer paper'],
      ['not your mom', 'notion', "# Kitchen\n\nYour mother doesn't work here. Please wash your mugs."],
      ['not your assistant', 'slack', "I'm not your personal assistant, book your own travel"],
      ['the rest of us have', 'notion', 'Whatever is in the blue container: the rest of us have noses.'],
      ['some of us have jobs', 'slack', 'some of us have actual jobs to get back to'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['is there a reason (design question)', 'slack', 'is there a reason we use Postgres here instead of SQLite?'],
      ['any reason (proposal)', 'slack', "any reason we can't move standup to 9:45?"],
      ['just curious (genuine)', 'slack', 'just curious, why did we pick Postgres for this one?'],
      ['thanks to whoever', 'slack', 'thanks to whoever fixed the coffee machine, you are a hero'],
      ['whoever one-off', 'slack', 'whoever is free at 3, can you cover the demo?'],
      ['data clearly shows', 'slack', 'the dashboard clearly shows signups doubled after the launch'],
      ['what is unclear (offer)', 'gmail', 'Hi Ed,\n\nLet me know which part of the brief is unclear and I will rewrite it.\n\nZoe'],
      ["if you've read", 'notion', "If you've read the handbook already, skip to section 3."],
      ['part of the plan', 'slack', 'what part of the plan do you want me to own?'],
      ['real apology', 'slack', 'sorry, that was unclear of me. the deadline is Friday, not Thursday'],
      ['rest of us logistics', 'slack', 'Ana is driving, the rest of us will take the train'],
      ['not your problem', 'slack', "I'm not your manager, but happy to give feedback on the draft"],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 2', () => {
    test.each<[string, Site, string]>([
      ['who thought it was a good idea', 'slack', 'who thought a Friday release was a good idea?'],
      ['since when do we', 'slack', 'since when do we merge without review?'],
      ['in case anyone forgot', 'gmail', 'Hi all,\n\nIn case anyone forgot, expenses are due on the 5th.\n\nRob'],
      ['those who actually read', 'slack', 'thanks to everyone who actually read the doc before the meeting'],
      ['to the three people who replied', 'gmail', 'Hi all,\n\nTo the three people who replied to the survey: thank you.\n\nHR'],
      ["let's not make a habit", 'slack', "let's not make this a habit"],
      ["I trust this won't happen again", 'gmail', "Hi Leo,\n\nI trust this won't happen again.\n\nMara"],
      ['should go without saying', 'notion', 'This should go without saying, but lock your screen when you leave your desk.'],
      ['for the love of god', 'slack', 'for the love of god, stop force-pushing to main'],
      ['a heads-up would have been nice', 'slack', 'a heads-up would have been nice before the schema changed'],
      ['it would appear someone', 'gmail', 'Hi team,\n\nIt would appear someone has been using the demo account for testing.\n\nIT'],
      ['certain individuals', 'notion', 'Certain individuals are still booking rooms they never use.'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['who thought of it (credit)', 'slack', 'who came up with the new logo? love it'],
      ['since when (bug)', 'slack', 'since when does the API return 404 for missing users?'],
      ['ICYMI', 'slack', 'in case you missed it, here is the all-hands recording'],
      ['thanks to everyone who came', 'slack', 'thanks to everyone who came to the offsite!'],
      ['hope it does not happen (self)', 'slack', "sorry about the outage, I broke the config. I hope it won't happen again"],
      ['a heads-up would be great (future)', 'slack', 'if the date moves, a heads-up would be great'],
      ['it would appear (neutral)', 'gmail', 'Hi Lea,\n\nIt would appear the invoice is still pending with finance.\n\nBo'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 3', () => {
    test.each<[string, Site, string]>([
      ['would have been nice to be invited', 'slack', 'would have been nice to be invited to the review of my own design'],
      ['without anyone telling me', 'slack', 'the pricing page changed without anyone telling us'],
      ["what's so hard about", 'slack', "not sure what's so hard about filling in the PR template"],
      ['remember to actually test', 'slack', 'please remember to actually run the tests before merging'],
      ['optional now', 'notion', 'Looks like code review is optional now.'],
      ['where they always are', 'slack', 'the slides are in the team drive. Where they always are.'],
      ['did everyone’s part', 'gmail', "Hi all,\n\nThe report is done. I did everyone's part of it.\n\nNia"],
      ['do your job', 'slack', 'do you want me to do your job too?'],
      ['so now we are', 'slack', "oh, so now we're skipping retros?"],
      ['invite for you to reply', 'slack', 'do I need to book a meeting for you to answer a yes/no question?'],
      ['remind me why', 'slack', 'remind me again why we have a change freeze if nobody follows it?'],
      ["I'll assume nobody", 'slack', "I'll assume nobody has opinions on the offsite then"],
      ['everyone except whoever', 'notion', 'Happy Friday to everyone except whoever took my charger.'],
      ["whoever did X and didn't", 'slack', "whoever used the last of the milk and didn't replace it, please do"],
      ['aside: you may not have read', 'gmail', 'Hi Jo,\n\nThe venue is booked (see my email, which you may not have read).\n\nAl'],
      ['for once (statement)', 'slack', 'the status report came in on time for once'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['would have been great to see you', 'slack', 'would have been great to see you at the offsite, next time!'],
      ['hard about (advice)', 'slack', 'the hard part about the migration is the data backfill'],
      ['optional (neutral)', 'notion', 'The Friday session is optional; slides will be shared after.'],
      ['where it lives', 'slack', 'where is the deck? I can never find it'],
      ['remind me what time', 'slack', 'remind me what time the demo starts?'],
      ["I'll assume everyone is fine", 'slack', "I'll assume everyone's fine with Tuesday unless I hear otherwise"],
      ['thanks to whoever', 'slack', 'thanks to whoever brought the cake and left the recipe, amazing'],
      ['for once (self)', 'slack', 'I left on time for once, see you tomorrow'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 4', () => {
    test.each<[string, Site, string]>([
      ['planning on telling me', 'slack', 'was anyone planning on telling me the launch moved?'],
      ["don't wash themselves", 'notion', 'Friendly note: the mugs in the sink do not wash themselves.'],
      ['this means you', 'notion', 'The fridge is cleared every Friday. This means you, owner of the mystery soup.'],
      ["not saying it's your fault", 'slack', "I'm not saying it's your fault, I'm just saying it broke on your shift"],
      ["I see you've decided", 'gmail', "Hi Greg,\n\nI see you've decided to rename every column in the sheet.\n\nPia"],
      ['supposed to be fixed last sprint', 'slack', "I'll be on the export bug that was supposed to be fixed last sprint"],
      ['left out since March', 'gmail', "Hi Ana,\n\nGlad it's going well, though I haven't been invited to a review since March.\n\nLu"],
      ["we're all busy", 'slack', "I get that you're busy, we're all busy"],
      ['how many ways', 'slack', 'not sure how many more ways I can say this: no deploys on Friday'],
      ['since there seems to be confusion', 'gmail', 'Hi all,\n\nSince there seems to be some confusion, the office is closed on Monday.\n\nHR'],
      ['even better before', 'slack', 'thanks for the heads-up. would have been even better before the call started'],
      ['would love it before, next time', 'slack', 'would love to get the numbers before the review next time'],
      ['my job and yours', 'slack', "I'd love to help, but I'm busy doing my job and yours"],
      ['well, the two of you who', 'slack', 'thanks everyone for the retro notes. Well, the two of you who wrote any.'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['planning to tell (self)', 'slack', 'I was planning to tell you at standup, sorry'],
      ['I see you (neutral)', 'slack', 'I see you added the tests, thanks!'],
      ['supposed to (plan)', 'slack', 'the release was supposed to be Friday, but legal needs a day'],
      ["we're all busy (sympathy)", 'slack', "we're all busy this week, so let's keep standup short"],
      ['the two of you (logistics)', 'slack', 'the two of you who are presenting, please arrive at 9'],
      ['next time (future plan)', 'slack', 'next time we could book the bigger room'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });

  describe('recall families 5', () => {
    test.each<[string, Site, string]>([
      ['the rest of the team managed', 'slack', 'just so you know, the rest of the team managed to submit on time'],
      ["people who haven't read", 'gmail', "Hi all,\n\nMost questions come from people who haven't read the FAQ.\n\nOps"],
      ["couldn't find five minutes", 'slack', "must have been a busy week if you couldn't find five minutes to reply"],
      ['taken seriously around here', 'slack', 'interesting to see which deadlines are taken seriously around here'],
      ['straight to your spam', 'slack', "I'm starting to think my messages go straight to your spam folder"],
      ['as someone who actually', 'gmail', 'Hi Ken,\n\nAs someone who actually built the first version, I would not do that.\n\nMia'],
      ['read the whole email', 'slack', 'please read the whole email this time before replying'],
      ["apparently don't get read", 'gmail', "Hi all,\n\nSorry for the long email, but apparently short ones don't get read.\n\nBo"],
      ['some of us are trying to work', 'slack', 'can everyone stop replying-all? some of us are trying to work'],
      ['the three who bothered', 'slack', 'kudos to the three people who bothered to fill in the survey'],
    ])('flags: %s', (_name, site, text) => {
      expect(hits(text, site).length).toBeGreaterThan(0);
    });

    test.each<[string, Site, string]>([
      ['spam question', 'slack', 'I think my messages might be going to your spam folder, can you check?'],
      ['everyone else (neutral)', 'slack', 'everyone else will join from the Berlin office'],
      ['people who have not read (helpful)', 'notion', 'New here? Start with the FAQ.'],
      ['read the whole thread (helpful)', 'slack', 'worth reading the whole thread, lots of good context'],
    ])('does not flag: %s', (_name, site, text) => {
      expect(hits(text, site)).toEqual([]);
    });
  });
});

describe('implied-blame: the writer apologising or describing', () => {
  test.each<[string, Site, string]>([
    ['once again sorry', 'gmail', 'Please reply off-list.\n\nOnce again sorry for the off-topic post.\n\nKiall'],
    [
      'some of you seem to have (a heads-up)',
      'gmail',
      'Folks,\n\nSome of you seem to have hardcoded honor as the default server. Please take it out of your config.\n\nVipul',
    ],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });
  test('"some people seem to think" still does', () => {
    expect(hits('some people seem to think the deadline is optional').length).toBeGreaterThan(0);
  });
});

// Blind readers of seeded real chat, mail and notes samples (sessions 9–10) judged these shapes
// wrong: a genuine question about difficulty, a side named openly in minutes, and a jab inside
// someone else's quoted words.
describe('implied-blame: shapes that were sincere on real text', () => {
  const blame = (text: string, site: Site) => analyze(text, { site }).findings.filter((f) => f.ruleId === 'implied-blame');
  test.each<[string, Site, string]>([
    ['how hard, asked', 'slack', 'how hard is it to recover files from a formatted drive?'],
    ['musing, asked', 'gmail', 'How hard can it be to move to 40-digit numbers?'],
    ['a side named openly', 'notion', '- It is unfortunate that certain parties felt left out; we will invite them next time.'],
    ['quoted speech', 'notion', 'Pieter replied, "if you do not rely on the mempool, it\'s not that hard to avoid".'],
  ])('not at balanced: %s', (_name, site, text) => {
    expect(blame(text, site)).toEqual([]);
  });
  test('the statement form still flags', () => {
    expect(blame('how hard is it to put the ticket number in the commit message', 'slack').length).toBeGreaterThan(0);
  });
});

describe('implied-blame: questions about experience and the writer’s own effort', () => {
  const blame = (text: string) => analyze(text, { site: 'gmail' }).findings.filter((f) => f.ruleId === 'implied-blame');
  test.each([
    ['did anyone ever', 'Not very pretty, not very fast, but it works. Did anyone ever play with this tool?'],
    ['I never even bothered', "I'm sure some wee genius knows a quickie solution. Mind you I never even bothered trying."],
  ])('not flagged: %s', (_name, text) => {
    expect(blame(text)).toEqual([]);
  });
  test('"is anyone ever going to" still flags', () => {
    expect(blame('Is anyone ever going to look at staging?').length).toBeGreaterThan(0);
  });
});
