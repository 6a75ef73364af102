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
    ['a status list (not a meeting)', 'notion', '## Support weekly — week 31\n- Tickets: 1,204\n- First response: 1h 50m\n- CSAT: 94%\n- Top topic: password resets'],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  test('points at the placeholder next step', () => {
    const text = '# Design crit — notes\n\n- Two layouts reviewed\n- Mixed feelings on the dark theme\n- Copy needs work\n\n## Next steps\n- Continue the discussion next week';
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
