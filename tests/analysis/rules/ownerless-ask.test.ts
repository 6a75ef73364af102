// ownerless-ask: asks to "someone", "anyone", or to nobody ("it would be great if…").

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'ownerless-ask';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);
const apply = (text: string, f: { start: number; end: number; suggestion: string }) =>
  text.slice(0, f.start) + f.suggestion + text.slice(f.end);

describe(RULE, () => {
  test.each<[string, Site, string, string]>([
    ['can someone', 'slack', 'can someone look at teh flaky checkout test', 'can @<name> look at teh flaky checkout test'],
    ['someone should', 'slack', 'someone should probably update the on-call runbook, it still points to the old schedule', '@<name> should probably update the on-call runbook, it still points to the old schedule'],
    ['is anyone going to', 'slack', 'not to be that person but is anyone ever going to look at staging or', 'not to be that person but is @<name> ever going to look at staging or'],
    ['any chance someone could', 'slack', 'any chance someone could help Pedro get set up? he starts monday', 'any chance @<name> could help Pedro get set up? he starts monday'],
    ['someone in a to-do', 'notion', '## Action items\n[ ] someone to check with HR about night shift', '## Action items\n[ ] @<name> to check with HR about night shift'],
    ['somebody in an email', 'gmail', 'Hi team,\n\nSomebody needs to own the Q4 offsite planning.\n\nBest,\nRaj', 'Hi team,\n\n<name> needs to own the Q4 offsite planning.\n\nBest,\nRaj'],
    ['wish to a group', 'gmail', 'Hi all,\n\nIt would be great if we could get the vendor onboarding docs updated before the audit. Let me know!\n\nBest,\nKatrin', 'Hi all,\n\n<name>, can you get the vendor onboarding docs updated before the audit? Let me know!\n\nBest,\nKatrin'],
    ['we should, to a channel', 'slack', 'we should probably clean up the old feature flags', '@<name>, can you clean up the old feature flags by <day>?'],
  ])('flags and rewrites: %s', (_name, site, text, fixed) => {
    const found = hits(text, site);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].replacement).toBe(true);
    expect(apply(text, found[0])).toBe(fixed);
  });

  test.each<[string, Site, string]>([
    ['passive need in a channel', 'slack', 'the pricing page needs to be updated before launch'],
    ['wish that cannot be rewritten', 'slack', "I'm sure everyone's super busy but it'd be nice if the release notes got written 🙂"],
  ])('flags with advice: %s', (_name, site, text) => {
    const found = hits(text, site);
    expect(found.length).toBe(1);
    expect(found[0].suggestion).toContain('<name>');
  });

  test.each<[string, Site, string]>([
    ['named owner', 'slack', '@priya can you approve PR #2281 before 3pm?'],
    ['you, by email to one person', 'gmail', 'Hi Lisa,\n\nThe Q2 accruals need to be in the system before the 5th.\n\nHenrik'],
    ['someone as object', 'slack', 'can you ask someone in finance for the Q3 numbers?'],
    ['someone in a statement', 'slack', 'someone left their charger in room 4, it is at the front desk now'],
    ['team norm', 'notion', '# Team norms\n- We review PRs within one working day\n- Anyone can merge after one approval'],
    ['condition, not the owner', 'slack', 'if anyone asks, the release is Tuesday'],
    ['reported question', 'gmail', 'Dear Mr. Patel,\n\nI look forward to hearing whether anyone will be visiting this month.\n\nRegards,\nCatherine'],
    ['decision with we', 'slack', 'we should go with Stripe Billing, Lena owns the migration plan'],
    ['we with a firm date', 'slack', 'we need to ship the hotfix by 5pm today'],
    ['we in a one-to-one email', 'gmail', 'Hi Beatriz,\n\nWe have to give notice on our apartment by the 30th.\n\nBest,\nJoão'],
    ['wish to a named person', 'slack', '@omar would be great if you could send the numbers by Friday'],
    ["let's", 'slack', "+1 to what Nadia said, let's ship it Tuesday."],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });
});
