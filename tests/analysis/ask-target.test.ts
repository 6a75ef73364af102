// What a vague-ask finding needs beyond its cue word (lib/analysis/ask-target.ts and the
// confidence of ownerless-ask, fuzzy-action and open-ended-deadline): shapes read on real chat and
// email (LABELS.md, "Reading real text"). Balanced keeps the vague ones and drops the clear ones.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/index';
import type { Site } from '../../lib/analysis/types';

const vague = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.category === 'vague-ask');

describe('vague asks need a target and a gap', () => {
  test.each<[string, string]>([
    ['bare call for help', 'Hey so can anyone help us boot?'],
    ['pre-question a yes does not resolve', 'does anybody here use fluxbox?'],
    ['a chore proposed to no one', 'someone should probably update the on-call runbook, it still points to the old schedule'],
    ['a chore wished on no one', 'Would be great if someone could actually update the vendor tracker this quarter.'],
    ['a ping with nothing asked', 'Hello, anyone here?'],
    ['opinion on nothing stated', 'Hi Guys. Any thoughts on this?'],
    ['work asked for with no outcome', '@dev-team pls check the logs'],
    ['look at, asked, no outcome', "@sofia mind looking at the Q2 commission calc? something's weird with Dan's number"],
    ['soft timing in a request to the reader', '@maya can you review the rubric when you get a chance?'],
    ['we should, soft timing', 'There were some responses but I have not read them closely. We should read them at some point.'],
  ])('flags: %s', (_name, text) => {
    expect(vague(text).length).toBeGreaterThan(0);
  });

  test.each<[string, Site, string]>([
    ['a question whoever knows can answer', 'slack', 'can anyone explain why npm ci fails with EINTEGRITY on node 20?'],
    ['knowledge asked of a group', 'slack', "does anyone have Stripe's support number?"],
    ['a hope, not an ask', 'slack', "I'm hopeful that someone will create a free screen sharing tool"],
    ['someone inside an open question', 'gmail', 'What I want to know is why would someone use Web forms best practices from 5 years ago?'],
    ['someone as an object', 'slack', 'I want big friendly buttons that I can direct someone to.'],
    ['pointing the reader somewhere', 'slack', 'check your PM'],
    ['look at, with its purpose', 'gmail', 'Take a look at the Makefile you have at that point to see how the install target is defined.'],
    ['opinion on a stated proposal', 'gmail', 'Before we get too far down this road, what do people think of creating a spambayes package?'],
    ['sharing a link', 'slack', 'nbro: Check this: https://example.org/blog/2018/11/01/after-nll'],
    ['whenever, describing', 'gmail', 'Marc, the rating will decrease over time as these mails are revoked whenever they get filtered out.'],
    ['eventually, predicting', 'slack', "my point is that you'll have to solve this eventually for prod"],
    ['we should, an opinion', 'slack', 'We should obviously discourage the use of the hints unless they are absolutely needed'],
    ['a passive explanation', 'slack', 'The clone needs to be assigned to another variable so only that will be moved into the closure.'],
    ['an offer of help', 'slack', 'AdrianR87: ok what can we help with?'],
    ['soon, a prediction', 'slack', '@bianca We just found the issue where work was not saved. We should have a fix live soon.'],
    ['soon, a hope', 'slack', 'I hope somebody will answer my question soon. :)'],
    // LABELS.md, "Group questions": a concrete question or task to a channel is clear.
    ['a concrete task asked of the group', 'slack', 'can someone with the appropriate rights assign it to the Jan2016 milestone please?'],
    ['a task asked in statement order', 'slack', 'the second sentence of #4 contradicts the rest of the exercise. Someone can reword it?'],
    ['a review question to the group', 'slack', 'Does anyone see any mistakes here?'],
    ['a pre-question followed by the problem', 'slack', 'anyone set up mongodb on Windows10? having an issue with setting the systemLog.path in powershell'],
    [
      'a ping after the question',
      'gmail',
      'I was wondering if anyone knows of an alternative that allows all the bells and whistles that yahoo has, such as reminders and file storage. Anyone?',
    ],
    ['what happened, asked', 'slack', 'ok someone kicked the plug out?'],
    ['a condition, not an ask', 'gmail', 'If someone can steal $20 000 because a software bug lets them, the software vendor is never held liable.'],
    [
      'what may have happened',
      'gmail',
      'Various places say they ship with 115200 8n1 serial ports, but someone could\nhave changed it on this particular box.',
    ],
    ['a wish about how things are', 'slack', 'It would be nice if these challenge definitions were a bit more atomic.'],
    ['a passive question about what will happen', 'slack', 'Would these be included with the same certificate later?'],
    [
      'a need addressed by name',
      'slack',
      'Reedy: do you have a sec? I could use a review on https://gerrit.example.org/r/493087 , there are some broken renames in the queue',
    ],
    ['someone else’s want', 'gmail', 'I think everybody wants someone to love them, he said.'],
    // fuzzy-action: the verb inside a statement, a proposal or an opinion on a stated proposal.
    ['look at, inside a relative clause', 'slack', 'Or does anyone know any resources I can look at?'],
    ['help with, in a prediction', 'slack', 'Rust 2018 is not going to help with your issue, you will have to adapt your code.'],
    ['deal with, inside "how to"', 'gmail', 'I was wondering if anybody could give me pointers on how to deal with it.'],
    ['sync, in a proposal', 'slack', '@QuincyLarson would it help to record separately and then sync after?'],
    ['opinion on an alternative named', 'slack', '@Rybar What do you think about monofont instead of monospace?'],
    ['opinion before a vote', 'slack', 'CoC - any thoughts before we move to a vote?'],
    ['advice with "might want to"', 'gmail', 'You might want to look at the contents of this file as it has more information.'],
    ['a checklist of ticks across wrapped lines', 'gmail', 'High speed\nfiber optic networks, check.  Massive storage and routers,\ncheck.'],
    ['sharing a repo link', 'slack', 'Then please check this repo out https://github.com/example/databox it saves a lot of code'],
    [
      'help with the problem laid out',
      'slack',
      'Hi guys, just need some help with creating Standard Connect Accounts: during testing we created accounts via the dashboard and now they fail.',
    ],
    [
      'help with a pasted error',
      'slack',
      'can anyone help me out with this error?\n```\nError: Cannot find module babel-runtime/core-js/json/stringify\n    at Function.Module._resolveFilename (module.js:325:15)\n```',
    ],
    ['some time, the writer asking for it', 'slack', 'give me some time, i have some digging to do'],
  ])('stays quiet: %s', (_name, site, text) => {
    expect(vague(text, site).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });

  test('the clear shapes are still shown on strict, below the default confidence', () => {
    const found = analyze("I'm hopeful that someone will create a free screen sharing tool", { site: 'slack', sensitivity: 'strict' }).findings;
    expect(found.some((f) => f.ruleId === 'ownerless-ask' && f.confidence < 0.5)).toBe(true);
  });
});

describe('vague asks must be aimed at the reader (aimedAtReader, recordedTurn, existenceWish)', () => {
  const CALL = (turn: string) =>
    `## Devnets\n\n**Danny** [9:35](https://www.youtube.com/watch?v=x&t=575s): Quick update on devnet 8, it is running.\n\n**Terence**: ${turn}\n\n**Danny**: Sounds good.`;

  test.each<[string, Site, string]>([
    ['the writer’s own plan', 'slack', 'karllekko I will check it, but is it possible that the test keys behave differently?'],
    ['we can, a statement', 'slack', 'That is true. We can look into that later.'],
    ['an infinitive describing a noun', 'gmail', 'I never tested it since I do not use that part. Consider it on my list of things to check.'],
    ['the reader asked for a thing, not to look', 'slack', 'Can you give me an example invoice for me to look at?'],
    ['a wish that something existed', 'slack', 'It would be great to have a PPC live cd'],
    ['a fuzzy ask spoken on a recorded call', 'notion', CALL('Yeah that makes sense. So please take a look, I will do the same.')],
    ['a chat line addressed to a nick', 'slack', 'soren: can it be closed, or is there still an issue here?'],
    [
      'a passive need with its agent named',
      'slack',
      'As PRs that change the UI have to be reviewed by Berkely and Quincy, they lose a lot of time to PRs like this.',
    ],
    ['a call for objections to a stated proposal', 'gmail', 'Therefore I propose to nuke GBayes.py, after adding a -u feature.\n\nAnyone against?'],
    ['a modal perfect describes the past', 'gmail', 'Various places on the web say the ports are 115200 8n1, but someone could have changed it on this box.'],
    ['a question about what happened', 'slack', '@terakilobyte which site did you use to check them?'],
    // LABELS.md: asks reported in minutes are not asks to the page's reader.
    ['soft timing spoken on a recorded call', 'notion', CALL('Please take another look when you have some time.')],
    ['an ownerless wish spoken on a recorded call', 'notion', CALL('I have created a few tests and it would be great if the clients could run these tests.')],
  ])('stays quiet (strict only): %s', (_name, site, text) => {
    expect(vague(text, site).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
    expect(analyze(text, { site, sensitivity: 'strict' }).findings.some((f) => f.category === 'vague-ask')).toBe(true);
  });

  test.each<[string, Site, string]>([
    ['a proposal put as a question', 'gmail', 'Hi Carlos,\n\nThanks, I will need to think about this. Maybe we can discuss sometime?\n\nAndrea'],
    [
      'a wish with soft timing is a nudge',
      'gmail',
      'Hi team,\n\nJust checking on the release notes. Would be nice to see a draft at some point.\n\nThanks,\nMo',
    ],
    ['the group’s own open item in a recorded turn', 'notion', CALL('There were some responses. We should read them at some point.')],
    ['the same fuzzy ask written by the notes author', 'notion', '## Devnets\n\nDevnet 8 is running. Can someone take a look?'],
  ])('still flags: %s', (_name, site, text) => {
    expect(vague(text, site).length).toBeGreaterThan(0);
  });
});

describe('missing decision needs a decision the writer’s group owns', () => {
  const md = (text: string, site: Site = 'gmail') => analyze(text, { site }).findings.filter((f) => f.category === 'missing-decision');
  test('weighing about third parties is strict-only', () => {
    const text =
      'If 57% of CEOs have the time to be as up on technology as their CIO, either one or maybe even both of them are maybe not doing their job. Then again, maybe it goes either way depending on which survey they read.';
    expect(md(text)).toEqual([]);
  });
  test('the writer’s own options, left open, still count', () => {
    const text =
      'Options for the Berlin offsite: hotel near Alexanderplatz (€180/night, walkable to everything), the place in Potsdam (cheaper but 45 min out), or a coworking space + Airbnbs. everyone seems to have a favourite 😅';
    expect(md(text, 'slack').length).toBeGreaterThan(0);
  });
});

// Meeting notes record the discussion's positions under each topic; the notes' own open work is in
// to-dos and task sections (ask-target.ts minutesRecord, transcript.ts inMinutesRecord).
describe('vague asks in the minutes’ record of a discussion (minutesRecord)', () => {
  const va = (text: string) => analyze(text, { site: 'notion' }).findings.filter((f) => f.category === 'vague-ask');
  const page = (topic: string) =>
    `# Infra team meeting — 3 March\n\nAttendees: Ana, Bo, Chen\n\n## Topics\n\n### Repo tooling\n\n${topic}\n\n## Action items\n\n- [ ] Bo: draft the proposal by Friday\n`;
  test.each([
    ['a wish in a topic', '- Would be nice if the team repo could create repositories for us'],
    ['a question put to the meeting', '- Would someone care to take a stab at summarizing the thread?'],
    ['a position on who should act', '- Somebody should follow up with the docs team'],
    ['an opinion', '- It may be worth investing in for Phase 1 or Phase 2 if someone can look into it'],
  ])('not flagged: %s', (_name, topic) => {
    expect(va(page(topic))).toEqual([]);
  });
  test('an unowned item in the task section still flags', () => {
    const text = page('- Discussed the tooling.').replace(
      '- [ ] Bo: draft the proposal by Friday',
      '- [ ] Someone should look into the CSV export at some point',
    );
    expect(va(text).length).toBeGreaterThan(0);
  });
  test('notes with no task section keep their open work in the discussion', () => {
    const text = '# Retro — sprint 14\n\n- Deploys were slow again\n- Someone should look into the flaky checkout test at some point';
    expect(va(text).length).toBeGreaterThan(0);
  });
  test('a triage page’s "## Asks" section holds open work', () => {
    const text =
      '# Bug triage — Oct\n\n## Fixed\n- Date picker off-by-one\n\n## Asks\n- Would be good if eng could take a look at the CSV export bug at some point';
    expect(va(text).length).toBeGreaterThan(0);
  });
  test('a runbook is not minutes', () => {
    expect(va('# Deploy runbook\n\n- [ ] Ana: rotate keys by May 1\n\n## Notes\n- Someone should update this runbook at some point').length).toBeGreaterThan(0);
  });
});

// Session 11's blind sample: cue words in statements that ask nothing of the reader.
describe('vague asks: negated, conditional, someone else’s purpose, a noun in a statement', () => {
  const va = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.category === 'vague-ask');
  test.each<[string, Site, string]>([
    ['a condition with "*if* we"', 'slack', '*if* we handle it we have to, yes'],
    ['someone else’s purpose', 'slack', 'Rikard: Can you write into Support with that one so they can look into it for you?'],
    ['negated', 'slack', "That's not something we need to take care of right now."],
    ['an opinion noun in a statement', 'slack', "your assert wouldn't be successful because you aren't supplying test() with any input in the test"],
    ['the state of a thing', 'notion', '# Call 12\n\n**Dragen**: merged a year ago, would assume it needs a little work'],
    [
      'an FCP checkbox as a to-do',
      'notion',
      '# Lang team triage\n\n* [ ] Stabilize nested self receivers\n    * [ ] [check your boxes](https://github.com/rust-lang/rust/pull/64325)',
    ],
  ])('not at balanced: %s', (_name, site, text) => {
    expect(va(text, site).filter((f) => f.ruleId !== 'ownerless-ask' || site !== 'notion')).toEqual([]);
  });
  test.each<[string, Site, string]>([
    ['a plain "can someone look into it?"', 'slack', 'can someone look into it?'],
    ['feedback asked for', 'slack', 'any input?'],
    ['a vague check asked of the reader', 'slack', 'can you check this?'],
  ])('still flags: %s', (_name, site, text) => {
    expect(va(text, site).length).toBeGreaterThan(0);
  });
});
