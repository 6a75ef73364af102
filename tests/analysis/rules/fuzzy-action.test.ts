// fuzzy-action: asks for attention ("take a look", "thoughts?", "any updates?") instead of an outcome.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'fuzzy-action';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  test.each<[string, Site, string, string]>([
    ['can u check this', 'slack', "@leo can u check this\n```if (user.role = 'admin') { grantAll(user) }```", 'check'],
    ['take a look', 'slack', '@priya can you take a look at the Q3 forecast?', 'take a look'],
    ['look into', 'slack', 'hey! whenever you have a sec can u look into the SSO thing for Initech', 'look into'],
    ['dig into', 'slack', 'hey @nina the numbers in the forecast look a bit off, can you dig into it?', 'dig into'],
    [
      'take another pass',
      'gmail',
      "Hi Marcus,\n\nThanks for the draft. Could you take another pass at it? It doesn't quite feel there yet.\n\nBest,\nLaura",
      'take another pass',
    ],
    ['help with', 'gmail', 'Hi Ines,\n\nCan you help with the deck for the Lufthansa pitch next week? Thanks!\n\nTim', 'help with'],
    [
      'thoughts?',
      'gmail',
      'Hi Leo,\n\nQ4 event options:\n\n1. SaaStr Europa, €28k\n2. Dinner series, ~€15k\n3. LinkedIn ads\n\nThoughts?\n\nMaria',
      'Thoughts',
    ],
    [
      'let me know what you think',
      'gmail',
      'Hi Sarah,\n\nJust wanted to touch base about the partnership. Let me know what you think.\n\nCheers,\nMike',
      'what you think',
    ],
    ['any updates?', 'slack', 'any updates on the Acme renewal?', 'any updates'],
    ['touch base', 'slack', "let's touch base on the Q1 hiring plan soon-ish 🙏", 'touch base'],
    ['sync', 'slack', 'can we sync on the pricing stuff', 'sync'],
    ['get on top of', 'slack', 'we really need to get on top of the support backlog, can we make that happen this sprint?', 'get on top of'],
    ['needs some love', 'slack', '@maria the Q3 deck needs some love before thursday', 'needs some love'],
    ['do the needful', 'gmail', 'Dear team,\n\nKindly look into the matter and do the needful at the earliest.\n\nRegards,\nPriya', 'look into'],
    ['revert', 'gmail', 'Dear Sir,\n\nPlease confirm receipt of the attached and revert.\n\nRegards,\nSuresh', 'revert'],
    ['to-do with a fuzzy verb', 'notion', '## To do\n[ ] look into the churn numbers\n[ ] sync w/ sales re: launch', 'look into'],
    ['eyes on', 'slack', '@platform-team can we get a second pair of eyes on the terraform change before merge', 'get a second pair of eyes on'],
    ['sanity check', 'slack', '@mo could you sanity check my migration before I run it on prod', 'sanity check'],
    ['circle up', 'slack', 'can we circle up on the Q3 roadmap tomorrow?', 'circle up'],
    ['follow up with', 'notion', '## Next steps\n- [ ] follow up with the auditors re: sampling', 'follow up with'],
    ['check in on', 'notion', '## Action items\n- [ ] check in on the SOC2 evidence collection', 'check in on'],
    ['feedback welcome', 'slack', 'first cut of the hiring rubric is in the drive, feedback very welcome 🙂', 'feedback very welcome'],
    ['could use some love', 'slack', 'the README could use some love before we open-source it', 'could use some love'],
    ['wish + got some love', 'slack', '@ines would be great if the style guide got some love this sprint', 'got some love'],
    ['placeholder object', 'slack', '@rui can you sort the vendor onboarding thing with procurement', 'the vendor onboarding thing'],
    ['have a think', 'slack', '@jon pls have a think about the pricing tiers and get back to me', 'have a think'],
    ['take care of it', 'slack', '@ana can you take care of it', 'take care of it'],
    ['brainstorm on', 'slack', 'can we brainstorm on the launch naming this week', 'brainstorm on'],
    ['pick your brain', 'gmail', 'Hi Kofi,\n\nWould it be ok to pick your brain on the hiring plan?\n\nLu', 'pick your brain'],
    ['put something together', 'slack', '@raj can you put something together for the board on churn', 'put something together'],
    ['how do you feel about', 'slack', 'how do you feel about the new pricing page draft?', 'how do you feel about'],
    ['open to ideas', 'slack', 'open to ideas on how we make the onboarding less painful', 'open to ideas'],
    ['could use a hand', 'slack', 'could use a hand with the quarterly close if anyone is free', 'use a hand'],
    ['nudge then the real ask', 'slack', 'bumping this 🙃 any news on the renewal?', 'any news'],
    ['thoughts, then no question', 'slack', 'Anyone any thoughts? I am not sure.', 'thoughts'],
    ['any word on a thing', 'slack', 'any word on the contract?', 'any word'],
    ['opinion, then another fuzzy call', 'slack', '@bob what do you think? any ideas for it at all?', 'what do you think'],
    [
      'group help, then a lower-case chat sentence (not a continuation)',
      'slack',
      'If someone could help with [these](https://github.com/acme/site/issues/2) challenges, that would be awesome. they are top of our priorities',
      'help with',
    ],
  ])('flags: %s', (_name, site, text, phrase) => {
    const found = hits(text, site);
    expect(found.length).toBeGreaterThan(0);
    expect(text.slice(found[0].start, found[0].end)).toBe(phrase);
    expect(found[0].message.length).toBeGreaterThan(20);
    expect(found[0].suggestion).toMatch(/e\.g\.|"/);
    expect(found[0].replacement).toBe(false);
  });

  test.each<[string, Site, string]>([
    ['concrete action', 'slack', '@sam can you merge PR #881 before 4pm? it unblocks the release'],
    [
      'look + stated outcome',
      'slack',
      "@kat can you take a look at the pricing table on slide 7 and tell me whether enterprise should say 'per seat' or 'per workspace'? need it before the 3pm call",
    ],
    ['check whether', 'slack', '@dev can you check whether the cron job ran at 02:00 UTC? the report is empty'],
    ['verify with specifics', 'slack', '@tomas can you verify on staging with the Müller GmbH account before you close ZD-8812?'],
    ['review with a date', 'slack', 'JD drafts are in Notion — @maya please review by Wednesday so we can post them Thursday'],
    ["writer's own plan", 'slack', "I'll take a look at the logs after lunch and report back by 3"],
    ['past: I looked into it', 'slack', 'I looked into the flaky test: it was a race in the fixture. Fix is in #1204.'],
    ['thanks for taking a look', 'slack', 'thanks for taking a look at this so fast!'],
    ['question about the past', 'slack', 'did you check the logs already? just want to know before I dig in'],
    [
      'someone else can help',
      'notion',
      '## Your first week\nWelcome! Work through this list by Friday — your buddy Sven can help with any of it.\n\n[ ] Pick up your laptop at the front desk',
    ],
    ['noun "check"', 'notion', '## Action items\n[ ] @Luis — add a missing-privacy-strings check to CI by Mar 14'],
    ['reported speech', 'notion', '# Design requests\n\nWithout a brief we get three rounds of "can you make it pop more" that nobody has time for.'],
    ['offer of help', 'gmail', 'Hi Max,\n\nThanks for the update. Let me know if you need any help with the rollout.\n\nBest,\nSue'],
    ['git revert', 'slack', 'can you revert the last commit on main? it broke the build'],
    ['bare bump points at an earlier ask', 'slack', 'Bumping this in case it got lost under everything else 🙂'],
    ['bump + concrete ask', 'slack', 'bumping this: can you approve PR #1192 by 2pm?'],
    ['monitoring is a clear action', 'notion', '# Retro\n\n## What to do\nKeep an eye on agency deadlines going into Q3.'],
    ['eyes on, past', 'slack', 'I had a second pair of eyes on the terraform change, Kai approved it'],
    ['the whole thing, writer owns it', 'slack', "the whole thing crashed again, I'm on it and will post an RCA by 4pm"],
    ['placeholder words in a side clause', 'slack', 'can you approve PR #88 by noon? it got buried under all the other stuff'],
    ['opinion with a yes/no', 'gmail', 'Hi Rosa,\n\nWould love to hear your thoughts on the proposal by Friday: yes or no on the extra budget?\n\nIan'],
    ['thought already given', 'gmail', 'Hi Sam,\n\nI gave it some thought and I think option B is better.\n\nLi'],
    ['circling back, then a concrete ask', 'gmail', 'Hi Noor,\n\nCircling back on the case study. Could you send the signed quote by Wednesday?\n\nEli'],
    ['bare circling back', 'gmail', 'Hi Ola,\n\nJust circling back on this for the third time. The renewal is Friday.\n\nDan'],
    ['take care of a named thing with a date', 'slack', 'can you take care of the invoice for Globex by Friday noon? amount is in the sheet'],
    ['how do you feel, social', 'slack', 'how do you feel today? heard you were sick'],
    ['put something together, done', 'slack', 'I put something together for the board, it is in the drive'],
    ['comments as thanks', 'slack', 'thanks everyone for the comments, all very welcome and mostly addressed now'],
    ['attention as a statement', 'slack', 'my talk got a lot of attention at the conference, super happy'],
    [
      'noun + past-tense verb is not a command',
      'slack',
      'Saturday went fine, checkout backed up a bit around 2pm so facilities is coming Tuesday to look at the scanners.',
    ],
    // Real-chat families (LABELS.md, "Reading real text"): the question is stated after the call
    // for opinions, the verb takes a clause, the status word sits in a statement, the check names
    // what to look for, and help to a group comes with its problem in the same breath.
    ['what do you think + clause', 'slack', 'Regarding issue 24 what do you think we should cover in addition to testing?'],
    ['what do you think + its own clause', 'slack', "what do you think WebStorm offers that vim or sublime don't?"],
    ['thoughts on the questions already asked', 'slack', '@quincy Could you give your thoughts on my questions above?'],
    ['what do you think about my idea', 'slack', 'likewise @abhisek what do you think about my idea?'],
    ['check it, with what done looks like', 'slack', '@ana could you check it to ensure that there are no factual errors in the article?'],
    ['a how-question about the verb', 'slack', 'the charge went through twice, how can we check that from the dashboard?'],
    ['a generic "one"', 'slack', 'should one go poking around github to find an issue to work on?'],
    ['check, with how', 'slack', '@mcq check it by running iptables --list'],
    [
      'thoughts, then the question',
      'slack',
      'Anyone have any thoughts on https://github.com/acme/site/issues/2506\nshould we try explaining that detail about checkboxes in forms so early on?',
    ],
    [
      'opinion, a link, then a proposal',
      'slack',
      "@raisedadead what do you think about Google's style guide? https://material.io/style/writing.html\n\nI like their goal and we should strive to adhere to it.",
    ],
    ['status word in a statement', 'slack', '@pete so if there are not supposed to be any word, then no story. Simple'],
    ['check for named bugs', 'slack', '[ACTION] ALL: please check the SRU tracker for verification-needed bugs and help out with verification'],
    ['go through, to catch up', 'slack', 'In the meantime please go through the issue comments to be on the same page about the progress so far'],
    [
      'group help with the problem in the same breath',
      'slack',
      'Hi, Can anyone help me with a graphic problem, i am using a Nvidia Gforce 7 Card, DVI Cable, when Ubuntu starts up i see the logo but at the log in screen i see a mess of graphics',
    ],
    ['opinion on a proposal (X as Y)', 'slack', 'what do you think of this morse code translator as a zipline challenge? https://codepen.io/x/pen/1'],
    ['a reply verb in a statement', 'slack', 'your confusion should revert once you read the docs'],
    ['ticking a box is concrete', 'notion', '## FCP\n\n- Everyone in favor of `Ok` wrapping? If so, please check your box.'],
    ['no input required', 'notion', '## Updates\n\nTriage started: see the issue. No input required, happy for any feedback.'],
    ['a status word after "isn\'t"', 'notion', "## Notes\n\nGmaxwell also notes there isn't any feedback nor requests for it."],
    ['a status noun with its participle', 'notion', '## Testnets\n\nAssuming two weeks between upgrades, any updates made to client software ship together.'],
    ["the writer's own next step, asked about", 'slack', 'can you tell me what i should look into first?'],
    ['the writer asking whether to check', 'slack', 'should i check the logs or just reinstall?'],
    ['a status word inside a clause', 'slack', "kees: no, i don't think the proposal is to roll a new set every time there is any update at all"],
    ['a reply verb in a statement after an imperative', 'slack', 'misty_wrk: strike my confusion and your confusion should revert'],
    [
      'a check that says what to make sure of',
      'slack',
      'surfnturf_: can you check here: https://dashboard.stripe.com/account/applications/settings under "Integration" and make sure you have that localhost redirect uri set?',
    ],
    ['check where to look', 'slack', '@al @bo please check your email'],
    ['how-to question run into the call for help', 'slack', 'how to configure sane with my scanner can anyone help me out please'],
    [
      'the purpose on the next wrapped line, after an ellipsis',
      'gmail',
      'Can you check the "./configure ..." line run at the beginning of the\nrebuild process to see if it does include the "--without-avifile6" option?',
    ],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  test('opinion asks after a list of options suggest picking one of them', () => {
    const [f] = hits('options:\n1. polyfill\n2. drop Safari 16\n3. rewrite the picker\nthoughts?', 'slack');
    expect(f.suggestion).toContain('1, 2 or 3');
  });

  test('the suggestion reuses what the ask is about', () => {
    const [f] = hits('can you look into the SSO thing for Initech', 'slack');
    expect(f.suggestion).toContain('the SSO thing for Initech');
  });
});
