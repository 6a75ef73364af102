// notes-without-next-step: meeting notes that record the discussion but not its outcome.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'notes-without-next-step';
const hits = (text: string, site: Site) => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    [
      'sync notes with open questions and no outcome',
      'notion',
      '# Marketing sync — 14 May\n\n## Discussion\n- Paid social CPCs are up 30% since April\n- Webinar attendance is flat\n- Sara suggested shifting budget to partner co-marketing\n- Ben would rather double down on SEO\n\n## Open questions\n- Do we renew the G2 listing?\n- Who owns the newsletter now?',
    ],
    [
      'retro with ideas but no changes',
      'notion',
      '## Retro — sprint 22\n\n**Good**\n- Demo went well\n- Fewer bugs in QA\n\n**Bad**\n- Two people out sick mid-sprint\n- Estimates were way off for the search work\n\n**Ideas**\n- Shorter sprints?\n- Pair on estimates',
    ],
    [
      'next steps left as TBD',
      'notion',
      '# Customer advisory call — notes\n\n- Four customers joined\n- All of them asked for a Salesforce sync\n- Two want SSO on the Team plan\n\n## Next steps\n- TBD',
    ],
    [
      'action items nobody owns',
      'notion',
      '# Infra sync — 2 Oct\n\n## Notes\n- Disk usage on the log cluster at 85%\n- Backups took 9 hours last night\n\n## Action items\n[ ] look into log retention\n[ ] check the backup window\n[ ] follow up with the vendor',
    ],
    [
      'planning notes that trail off',
      'notion',
      '## Q3 planning session\n\n- Roadmap has 14 items, capacity for maybe 8\n- Mobile team wants the offline mode first\n- Sales keeps asking for the CRM integration\n- Revisit once we have the final headcount',
    ],
    [
      'a post-mortem with no follow-ups, closing on "lessons learned"',
      'gmail',
      "Hi all,\n\nPostmortem for Tuesday's checkout outage:\n- A feature flag was flipped in production instead of staging\n- The on-call engineer was paged 20 minutes late\n- Rollback needed manual database steps\n\nMany lessons learned.\n\nThanks,\nSara",
    ],
    [
      '1:1 notes that raise concerns and stop',
      'notion',
      '## 1:1 Ravi / Elif — 9 Oct\n\n- Elif would like to move closer to product work\n- Worried the reorg leaves her team without a designer\n- Not sure the promotion criteria are clear',
    ],
    [
      'committee notes ending in mixed feelings',
      'notion',
      '# Grants committee — round 4\n\n- Proposal 12: strong impact case, weak budget\n- Proposal 19: excellent team, outside our focus area\n- Proposal 23: two reviewers yes, one no\n\nMixed feelings overall.',
    ],
    [
      'panel notes in a chat, split and open',
      'slack',
      'Notes from the vendor panel:\n- Acme: best demo, weakest support\n- Globex: cheapest, worried about their roadmap\n- two of us prefer Acme, one prefers Globex',
    ],
  ])('flags: %s', (_name, site, text) => {
    const found = hits(text, site);
    expect(found).toHaveLength(1);
    expect(found[0].category).toBe('missing-decision');
    // Never two missing-decision cards for one set of notes.
    expect(analyze(text, { site }).findings.filter((f) => f.category === 'missing-decision')).toHaveLength(1);
  });

  test.each<[string, Site, string]>([
    [
      'notes with decisions and owned action items',
      'notion',
      '# Marketing sync — 14 May\n\n## Discussion\n- Paid social CPCs are up 30%\n- Sara suggested shifting budget to partner co-marketing\n\n## Decisions\n- Move $10k from paid social to co-marketing in June\n\n## Action items\n- [ ] @sara — draft the partner brief by May 21\n- [ ] @ben — pause the two worst ad sets today',
    ],
    [
      'notes with named next steps',
      'notion',
      '# Weekly sync — 3 Jun\n\n## Notes\n- Release 2.4 shipped Tuesday\n- Crash rate down to 0.2%\n\n## Next steps\n- Ana will write the release blog post by Friday\n- Tom to update the roadmap page',
    ],
    [
      'retro with what we will change',
      'notion',
      "## Retro — sprint 23\n\n**Went well**\n- Zero incidents\n\n**Didn't**\n- QA got the build late again\n\n**What we'll change**\n- Code freeze moves to Wednesday (Lena updates the calendar)",
    ],
    [
      'to-dos with owners in label form',
      'notion',
      '## 1:1 Kim / Raj — 12 Sep\n- Raj wants more on-call training\n- Conference budget approved\n\n[ ] Kim: book the SRE training by Sep 30\n[ ] Raj: share the conference agenda',
    ],
    [
      'a project brief (not notes)',
      'notion',
      '# Project: new billing page\n\n**Owner:** Lin Park\n\n## Goal\nCustomers can change plans without contacting support.\n\n## Timeline\n- May 2: designs\n- May 20: launch',
    ],
    [
      'a status list (not a meeting)',
      'notion',
      '## Support weekly — week 31\n- Tickets: 1,204\n- First response: 1h 50m\n- CSAT: 94%\n- Top topic: password resets',
    ],
    // Status rounds recorded as notes: nothing in them is open, so there is nothing to decide.
    [
      '1:1 notes that only report status',
      'notion',
      '## 1:1 Ravi / Elif — 9 Oct\n\n- Back from parental leave, settling in\n- Search project demo went well on Friday\n- Conference talk accepted\n- Vacation 12–16 Aug',
    ],
    [
      'a weekly sync that only reports',
      'notion',
      '# Weekly sync — Payments\n\n- Refund flow shipped to 100%\n- Chargeback rate down to 0.3%\n- On-call was quiet, 2 pages total\n- Mira joins the team on Monday',
    ],
    [
      'a sprint review of demos',
      'notion',
      '# Sprint review — 12\n\n- Demoed the new export\n- Stakeholders happy with the search speed\n- Two bugs found and fixed during the demo',
    ],
    ['a retro with only good news', 'slack', 'Retro notes — sprint 9:\n- deploys were smooth\n- fewer bugs than last sprint\n- team morale good'],
    [
      '1:1 notes whose one want has an owner',
      'slack',
      "1:1 notes w/ Priya:\n- onboarding going well\n- wants to shadow on-call next month → I'll set it up\n- feedback on the spec review: positive",
    ],
    [
      'a weekly update with an empty Concerns slot',
      'notion',
      '# Weekly update — Growth\n\n**Wins:** referral launch, 312 signups\n**Concerns:** none\n**Next week:** start the pricing test\n**Hiring:** two offers out',
    ],
    [
      'an incident recap with a fix and an owned follow-up',
      'slack',
      'Incident recap, search outage:\n• Start 14:02, end 14:31\n• Cause: index node ran out of disk\n• Fix: expanded the volume and cleared old snapshots\n• Follow-up: @lena adds a disk alert at 80% by Thursday',
    ],
    [
      'a post-mortem with owned action items',
      'notion',
      '# Post-mortem: checkout outage\n\n- Flag flipped in production instead of staging\n- Paging delay of 20 minutes\n\nLessons learned: flags need a review step.\n\n## Action items\n- [ ] @sara — require a second reviewer for production flags by Friday\n- [ ] @tom — fix the paging escalation today',
    ],
    [
      'a "meeting conclusion" section per topic (bitcoin-core minutes)',
      'notion',
      '# Meeting notes 2016-07-07\n\n## 0.13.0 rc1\n\n### background\n\nThe team is working towards RC1.\n\n### meeting comments\n\nSome wanted to ship now, others wanted to wait for the HD wallet fix; it was debated at length.\n\n### meeting conclusion\n\n- Review open issues for 0.13.0\n- Tag the open PRs with the milestone',
    ],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  test('points at the placeholder next step', () => {
    const text =
      '# Design crit — notes\n\n- Two layouts reviewed\n- Mixed feelings on the dark theme\n- Copy needs work\n\n## Next steps\n- Continue the discussion next week';
    const [f] = hits(text, 'notion');
    expect(text.slice(f.start, f.end)).toBe('- Continue the discussion next week');
    expect(f.suggestion).toMatch(/<who> will <what> by <when>/);
  });
  // "Next steps: ???" once backtracked quadratically on long runs of "?", "-" or ".".
  test.each(['?', '-', '.', '…', '? '])('long punctuation-only slots stay linear (%j)', (ch) => {
    const text = `# Design sync notes\n\n- Two layouts reviewed\n- Mixed feelings on the dark theme\n- Copy needs work\n\n## Next steps\n- ${ch.repeat(6000)}`;
    const t0 = performance.now();
    const found = hits(text, 'notion');
    expect(performance.now() - t0).toBeLessThan(400);
    expect(found.length).toBe(1);
  });
});

describe('notes-without-next-step: outcomes recorded in minutes conventions', () => {
  const nwns = (text: string) => analyze(text, { site: 'notion' }).findings.filter((f) => f.ruleId === 'notes-without-next-step');
  test('items under "Closed during meeting" were settled there', () => {
    expect(
      nwns(
        '## Meeting notes\n\n### Closed during meeting\n- Const generics overview: should we close it? Some want to keep it open, others not.\n- Impl trait overview: not sure it is needed\n- Design notes: unclear who wants them',
      ),
    ).toEqual([]);
  });
  test("someone else's commitment recorded in the notes is an owned next step", () => {
    expect(
      nwns(
        "## Meeting notes\n\n- Morcos is volunteering to champion the proposal, but there are two implementations and opinions differ.\n- He'll review both implementations and pick one by Friday.\n- Open question: is versionbits ready?",
      ),
    ).toEqual([]);
  });
});

describe('notes-without-next-step: template lines of a minutes page are not open items', () => {
  const nwns = (text: string) => analyze(text, { site: 'notion' }).findings.filter((f) => f.ruleId === 'notes-without-next-step');
  const spans = (text: string) => nwns(text).map((f) => text.slice(f.start, f.end));
  const HEAD = '# T-lang meeting agenda\n\n## Attendance\n\n* Team members: Josh, Felix\n\n';
  const DEBATE = '\n\n## Nominated issues\n\n- Should we stabilise now or wait? Some want to wait, others not.';

  test('a meeting-role line ("Action item scribe: Felix") is not an unowned action item', () => {
    const text = `${HEAD}## Meeting roles\n\n* Action item scribe: Felix\n* Note-taker: Felix${DEBATE}`;
    expect(spans(text).some((s) => s.includes('scribe'))).toBe(false);
  });

  test('a link to the action-items list is not an item', () => {
    const text = `${HEAD}## Action item review\n\n* [Action items list](https://hackmd.io/gstfhtXYTHa3Jv)${DEBATE}`;
    expect(spans(text).some((s) => s.includes('Action items list'))).toBe(false);
  });

  test('to-dos of a before-meeting checklist are the meeting’s prep, not open work', () => {
    const text = `${HEAD}## Before meeting checklist\n\n* [ ] Update the project board with new proposals${DEBATE}`;
    expect(spans(text).some((s) => s.includes('project board'))).toBe(false);
  });

  test.each([
    ['a lowercase nick after the label', '* Action item: nikomatsakis to fcp merge'],
    ['two owners joined by "and"', 'Next steps: Josh and Niko to build a template roadmap'],
  ])('an action label with its owner (%s) is owned', (_name, line) => {
    expect(nwns(`## Meeting notes\n\n- Should we merge now or wait? Opinions differ.\n- Ana thinks we wait.\n- More talk here.\n${line}`)).toEqual([]);
  });

  test('an action item with no owner still shows', () => {
    expect(
      nwns('## Meeting notes\n\n- Should we merge now or wait? Opinions differ.\n- Ana thinks we wait.\n- More talk here.\n* Action item: merge the RFC')
        .length,
    ).toBe(1);
  });
});

// The finding points at the first debated topic left open, not at the page's title: the reader
// (and the writer fixing it) can see what is missing where.
describe('notes-without-next-step: points at the open item', () => {
  const find = (text: string) => analyze(text, { site: 'notion' }).findings.filter((f) => f.ruleId === RULE);
  const page =
    '# Lang team meeting — 16 Nov\n\n## Agenda\n\n* Revisit lint policy (15 minutes)\n\n## Attribute for external statics\n\n* Niko walked through the RFC.\n* Ralf had a concern that some patterns used by C would no longer be expressible.\n\n## Lint policy\n\n* Split on whether lints should be opt-in or opt-out.\n';
  test('anchored on the first debated line, naming its topic', () => {
    const [f] = find(page);
    expect(page.slice(f.start, f.end)).toBe('* Ralf had a concern that some patterns used by C would no longer be expressible.');
    expect(f.message).toContain('"Attribute for external statics" was debated');
    expect(f.message).toContain('One more debated topic');
  });
  test('an agenda line is not a debate', () => {
    const agendaOnly = '# Lang team meeting — 16 Nov\n\n## Agenda\n\n* Revisit lint policy (15 minutes)\n\n## Updates\n\n* Niko walked through the RFC.\n';
    expect(find(agendaOnly).every((f) => !agendaOnly.slice(f.start, f.end).includes('Revisit'))).toBe(true);
  });
});

// LABELS.md, "Minutes": an explicit deferral is an outcome ("leave on the agenda", "back to the
// issue", "vote offline"; Bitcoin Core minutes: "continue the discussion in #9530").
describe('notes-without-next-step: an explicit deferral is an outcome', () => {
  const find = (text: string) => analyze(text, { site: 'notion' }).findings.filter((f) => f.ruleId === RULE);
  const page = (tail: string) =>
    `# Lang team meeting — 16 Nov\n\n## Attribute for external statics\n\n* Niko walked through the RFC.\n* Ralf had a concern that some patterns used by C would no longer be expressible.\n* Josh suggested an attribute instead.\n${tail}`;
  test('without one the topic is open', () => {
    expect(find(page('')).length).toBeGreaterThan(0);
  });
  test.each([
    ['continue in #NNNN', '* Continue the discussion in #9530.\n'],
    ['continue in a markdown link to #NNNN', '* Therefore Sdaftuar recommends to continue the discussion in [#9530][].\n'],
    ['leave on the agenda', '* Leave it on the agenda for next week.\n'],
    ['back to the issue', '* Goes back to the issue for now.\n'],
    ['vote offline', '* We will vote offline.\n'],
  ])('%s', (_name, tail) => {
    expect(find(page(tail))).toEqual([]);
  });
});
