// The deliberation model behind the missing-decision rules (lib/analysis/deliberation.ts):
// fresh messages written around each idea, in words the phrase tables were not written from,
// and near misses that must stay clean. Rule-level tables live in tests/analysis/rules/.

import { describe, expect, test } from 'vitest';
import { decisionState } from '../../lib/analysis/deliberation';
import { buildDoc } from '../../lib/analysis/document';
import { analyze } from '../../lib/analysis/index';
import type { Site } from '../../lib/analysis/types';

const missingDecision = (text: string, site: Site) => analyze(text, { site }).findings.filter((f) => f.category === 'missing-decision');
const state = (text: string, site: Site = 'slack') => decisionState(buildDoc(text, site));

describe('deliberation that ends open is flagged', () => {
  test.each<[string, Site]>([
    [
      "Hey all, we've been going around in circles on the onboarding flow for two weeks. Design wants a wizard, PM wants a checklist, eng says either is fine. Let's pick it up again next sprint.",
      'slack',
    ],
    [
      "Hi Lena,\n\nI've been thinking about the Q4 offsite. Lisbon would be great for the weather, but flights from Singapore are brutal. Amsterdam is easier to reach but pricier in October. Just some thoughts for now.\n\nBest,\nMarc",
      'gmail',
    ],
    [
      "So about the on-call rotation: weekly shifts burn people out, daily handoffs lose context. Splitting by timezone might work but we only have two people in APAC. Anyway, let's keep chatting about it.",
      'slack',
    ],
    [
      '# Hiring debrief — Backend Engineer\n\n- Alex: strong coding, rough on system design\n- Sam: great communicator, weaker on the take-home\n- Panel leaned slightly toward Alex but not unanimously',
      'notion',
    ],
    [
      're: the cloud bill. AWS savings plans would cut ~20% but lock us in for 3 years. Moving the batch jobs to spot is cheaper still but flaky. we could also just do nothing until the migration. thoughts welcome',
      'slack',
    ],
    [
      "Team, after this morning's discussion about the release date, there are still a few open questions around QA capacity and the translation vendor. We'll regroup when we know more.",
      'slack',
    ],
    [
      'Hi both,\n\nSumming up where we are on the rebrand: the agency delivered three directions, leadership is split between the bold one and the classic one, and the budget only covers one round of revisions. Let me know your thoughts.\n\nThanks,\nJen',
      'gmail',
    ],
    [
      'Meeting notes — infra planning\n- Kubernetes upgrade overdue\n- Logging costs doubled\n- Nobody owns the staging environment\n- Terraform state is a mess',
      'slack',
    ],
    ['the A/B test results are in: variant B converted 3% better but had higher refunds. variant A was steadier. hard to know what to make of it', 'slack'],
    [
      "Hi Tom,\n\nThe three office options we toured:\n1. Downtown loft — great location, $42/sqft\n2. Riverside — cheaper, longer commute for most\n3. Stay put and renegotiate\n\nLet's discuss at some point.\n\nBest,\nAisha",
      'gmail',
    ],
    [
      '## Vendor comparison: email providers\n\n| | SendGrid | Postmark |\n|---|---|---|\n| Price | $$ | $$$ |\n| Deliverability | good | excellent |\n\nBoth have trade-offs.',
      'notion',
    ],
    ['catching up on the pricing thread — sounds like some folks want usage-based, others want to keep seats. I can see it both ways honestly.', 'slack'],
    [
      'Hi all,\n\nFrom the customer advisory board: several asked for an on-prem option, two asked for better reporting, and one threatened to churn over SSO pricing. Worth keeping in mind as we plan H2.\n\nRegards,\nPat',
      'gmail',
    ],
    ["Standup parking lot: should we move the deploy window? some people prefer mornings, others prefer late afternoon. didn't get to it today.", 'slack'],
    [
      'we keep going back and forth on whether to rewrite the billing service or patch it. rewrite = 2 quarters, patch = tech debt forever. anyway, food for thought',
      'slack',
    ],
    [
      "Quick summary of the Slack debate on remote Fridays: about half the team loves it, the other half thinks it slows reviews. Let's see how next month goes.",
      'slack',
    ],
    [
      "Hi Priya,\n\nThe contractor's proposal came in at $85k, which is above what we budgeted. We could negotiate scope down, find a cheaper vendor, or move budget from Q4. Not sure what the best path is.\n\nBest,\nDerek",
      'gmail',
    ],
  ])('%s', (text, site) => {
    expect(missingDecision(text, site).length).toBeGreaterThan(0);
  });
});

describe('messages that do not deliberate, or settle it, stay clean', () => {
  test.each<[string, Site]>([
    ["Hi Lena,\n\nWe're going with Lisbon for the offsite — flights are booked for Oct 12–15. Marc is handling the hotel.\n\nBest,\nJo", 'gmail'],
    ['Reminder: the office is closed Monday for the holiday. See you Tuesday!', 'slack'],
    ['# Sprint 14 plan\n\n- Finish the export API (Ana)\n- Fix the login timeout (Ben)\n- Start the billing redesign (Cara)', 'notion'],
    [
      'Hi team,\n\nQuick update: the new CRM goes live on Monday. Training sessions are on the calendar, and the old system stays read-only until June.\n\nThanks,\nMo',
      'gmail',
    ],
    ["the A/B test results are in: variant B converted 3% better with no change in refunds, so we're rolling it out to everyone tomorrow.", 'slack'],
    ['FYI the design team is split across two offices now, so reviews will be on Zoom.', 'slack'],
    ["Thanks for the thoughtful feedback on the proposal. I've updated the doc with your comments; the new version is in the same folder.", 'gmail'],
    ["lunch options today: tacos or sushi? I'm good with either 🌮🍣", 'slack'],
    ['Hi Chris,\n\nCan you send me the Q3 numbers by Thursday? Finance needs them for the board deck.\n\nThanks,\nAmy', 'gmail'],
    ["I talked to the vendor and they'll ship the replacement parts on Friday. No action needed from anyone.", 'slack'],
    ['# Onboarding checklist\n\n- [ ] Laptop setup\n- [ ] Accounts: Slack, Gmail, Jira\n- [ ] Meet your buddy\n- [ ] Read the handbook', 'notion'],
    ['Congrats to the support team on hitting 95% CSAT this month! 🎉 Great work everyone.', 'slack'],
    ['Hi all,\n\nThe Q2 results: revenue up 12%, churn flat at 2.1%, NPS 48. Full deck attached.\n\nBest,\nRae', 'gmail'],
    ['heads up: prod deploys are frozen from Dec 20 to Jan 3. ping #release if you need an exception.', 'slack'],
    [
      '# 1:1 Maya / Leo — 12 Feb\n\n- Leo shipped the search filters\n- Discussed his talk for the conference; slides due March 1\n- PTO approved for April',
      'notion',
    ],
    [
      "Hi Ben,\n\nI've been thinking about your question on the roadmap. The short answer: we'll do SSO in Q2 and audit logs in Q3, because two enterprise deals depend on SSO.\n\nBest,\nKim",
      'gmail',
    ],
    ['1:1 with Ana\n- she wants to take on more frontend work\n- going to pair with Leo next sprint\n- PTO in July', 'slack'],
    [
      "## 1:1 — Mark / Zoe (Mar 3)\n- Zoe's project is on track for the April launch\n- She'd like feedback on her design doc, I'll review it this week\n- Team lunch next Friday",
      'notion',
    ],
    ['Sync agenda\n- should we move standup?\n- offsite ideas\n- Q3 hiring', 'slack'],
    [
      '# Team meeting — 5 May\n\n- Welcomed Priya to the team\n- Q2 numbers: revenue up 8%\n- Office closed on the 27th\n- Reminder: submit expenses by the 30th',
      'notion',
    ],
    [
      "Hi all,\n\nNotes from today's client call:\n- They're happy with the March release\n- Invoice for April sent\n- Next call in two weeks\n\nThanks,\nBo",
      'gmail',
    ],
    ["Let's each read the proposal and we'll regroup Thursday to make the call. I'll send the invite.", 'slack'],
    ['Sarah wanted the blue shirts and Tom wanted the red ones, so I ordered both for the event.', 'slack'],
    ['We added three new payment options this week: Apple Pay, Google Pay and SEPA. Docs are updated.', 'slack'],
    ['# Weekly sync — Platform\n\n- Postgres upgrade done, no issues\n- On-call: 3 pages, all resolved\n- Mei is out Friday', 'notion'],
    [
      'Retro — sprint 30\n\nWent well:\n- shipped on time\n- good pairing\n\nTo improve:\n- PR reviews slow → Jo will set up a review rota starting Monday',
      'notion',
    ],
    [
      'hey team, quick recap of the offsite planning so far: venue booked (the lake house), dates locked (Jun 12-14), Nina is sorting transport. more soon!',
      'slack',
    ],
    [
      "Hi Tom,\n\nThanks for the chat yesterday. As discussed, I'll send the revised quote by Friday and we'll start the pilot on the 1st.\n\nBest,\nAmy",
      'gmail',
    ],
    [
      'Notes from the all-hands:\n- CEO shared the H2 strategy\n- Two new hires in sales\n- Benefits enrolment opens Monday\n- Q&A: someone asked about remote work, policy unchanged',
      'slack',
    ],
    [
      'Interview feedback for Sam (backend): strong yes from me. Great system design, clear communicator, good questions about our stack. Happy to discuss further if useful.',
      'slack',
    ],
  ])('%s', (text, site) => {
    expect(missingDecision(text, site)).toEqual([]);
  });
});

// Pros and cons with no call, problems reported then "just flagging", a team torn between two
// tools, "each has its place", "we'll have to see what fits" — and the same situations settled.
describe('pros/cons, constraints and reported views', () => {
  test.each<[string, Site]>([
    [
      '# Should we sunset the legacy API?\n\n**Pros**\n- Less maintenance\n- Forces migration to v2\n\n**Cons**\n- 12 customers still on it\n- Two of them are top-10 accounts',
      'notion',
    ],
    [
      'Hi Joe,\n\nCouple of thoughts on the holiday schedule. Closing the office the whole week saves on heating and most people take leave anyway. On the other hand, support still needs coverage and a few folks prefer to work that week.\n\nCheers,\nMaria',
      'gmail',
    ],
    [
      'been thinking about the monorepo question. pro: one CI, atomic changes. con: builds get slow and ownership gets fuzzy. not convinced either way yet',
      'slack',
    ],
    [
      "Hi all,\n\nHere's what came out of the budget review. Marketing needs another $50k for the spring campaign, engineering wants to hire two more people, and the office lease goes up 8% in June. We can't do all three.\n\nRegards,\nKen",
      'gmail',
    ],
    [
      '## Kickoff notes — Atlas project\n\n- Scope still fuzzy: web only or web + mobile?\n- Deadline pressure from sales (they promised Q3)\n- Design capacity is the bottleneck',
      'notion',
    ],
    [
      'so the team is torn between Vercel and self-hosting on k8s. Vercel is dead simple but costs scale badly, k8s gives us control but somebody has to run it',
      'slack',
    ],
    [
      'Hi Sam,\n\nI looked into the three CRM options. HubSpot is easiest to adopt, Salesforce is the most powerful but needs an admin, and Pipedrive is cheapest. Each has its place, really.\n\nBest,\nNadia',
      'gmail',
    ],
    [
      'Thoughts after the customer interviews: people love the reporting but hate the setup. A few mentioned moving to a competitor if pricing goes up again. Lots to unpack here.',
      'slack',
    ],
    [
      "Hi team,\n\nWe've had several complaints about the 8am standup from the West Coast folks. Moving it to 10am would help them but clashes with the London team's lunch. Maybe async updates instead? Just flagging for now.\n\nThanks,\nLuca",
      'gmail',
    ],
    [
      "Re: the Q3 roadmap — we've got more asks than capacity again. Search improvements, the billing migration, and mobile offline mode all have strong cases. We'll have to see what fits.",
      'slack',
    ],
    [
      '# Design review — checkout v2\n\nFeedback:\n- Payment step feels cluttered\n- Mixed opinions on the progress bar\n- Legal wants the terms checkbox more visible',
      'notion',
    ],
    [
      'talked with Jin and Ola about the flaky tests. Jin thinks we should quarantine them, Ola thinks we should fix them now before they pile up. both fair',
      'slack',
    ],
  ])('flags: %s', (text, site) => {
    expect(missingDecision(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site]>([
    [
      '# Should we sunset the legacy API?\n\n**Pros**\n- Less maintenance\n\n**Cons**\n- 12 customers still on it\n\n**Decision:** sunset on Dec 31; CS will contact the 12 customers this month.',
      'notion',
    ],
    ['Hi Joe,\n\nThe office will be closed Dec 24 to Jan 1. Support will run a skeleton rota; Maria is organising it.\n\nCheers,\nMaria', 'gmail'],
    ['so the team picked Vercel over self-hosting, mainly because nobody wants to run k8s. migration starts next sprint (Ben)', 'slack'],
    [
      'Hi Sam,\n\nI looked into the three CRM options and recommend HubSpot: easiest to adopt and within budget. Can you approve by Friday so I can start the trial?\n\nBest,\nNadia',
      'gmail',
    ],
    ["Quick heads-up: the customer interviews are done, recordings are in the research folder, and I'll post the synthesis on Wednesday.", 'slack'],
    ['Hi team,\n\nStarting next week standup moves to 10am so the West Coast can join. Calendar invites are updated.\n\nThanks,\nLuca', 'gmail'],
    [
      '# Design review — checkout v2\n\nFeedback:\n- Payment step feels cluttered → Mia simplifies it by Tue\n- Progress bar stays\n- Terms checkbox moves above the button (Leo)',
      'notion',
    ],
    ["Jin and Ola both looked at the flaky tests: we'll quarantine the 6 worst today and Ola fixes them next sprint.", 'slack'],
    ['What a week! Thanks all for pushing the release over the line. Cake in the kitchen 🎂', 'slack'],
    ['Hi Priya,\n\nAttached is the signed SOW. Looking forward to working together.\n\nBest,\nTom', 'gmail'],
    ['# How we run on-call\n\n- Weekly shifts, Monday to Monday\n- Primary and secondary\n- Escalate after 15 minutes\n- Handoff notes in #oncall', 'notion'],
    ['pros of the new laptop: battery life is amazing, screen is great. cons: only two ports. overall very happy with it!', 'slack'],
  ])('does not flag: %s', (text, site) => {
    expect(missingDecision(text, site)).toEqual([]);
  });
});

// On the fence, "some want X, some want Y", "options range from", "will leave it here for now";
// and near misses: a chat mentioned with "we'll see if he can make it", a vendor's asks already
// answered ("I told them no"), "we'll see everyone at the offsite".
describe('fence-sitting, "some … some", leaving it there', () => {
  test.each<[string, Site]>([
    [
      "Hi Grace,\n\nFollowing up on the vendor demos. Vendor A has the better UI, Vendor B has the better API, and Vendor C is cheapest. I'm honestly on the fence.\n\nBest,\nHal",
      'gmail',
    ],
    [
      '# Q3 OKR brainstorm\n\n- Grow self-serve revenue 20%?\n- Cut support tickets in half?\n- Launch in Germany?\n\nToo many options, need to narrow down at some point.',
      'notion',
    ],
    ['long thread above, tl;dr: some want to keep Jira, some want Linear, nobody wants to do the migration. no resolution', 'slack'],
    [
      "Hi all,\n\nAfter reviewing the survey, it's clear people are unhappy with the meeting load. Options range from no-meeting Wednesdays to cutting all recurring meetings to 25 minutes. Will leave it here for now.\n\nThanks,\nIsa",
      'gmail',
    ],
    [
      'Summary of the security review:\n- Secrets are in env files on two servers\n- No MFA on the billing admin\n- Old VPN still open\n\nWe should probably address these at some point.',
      'slack',
    ],
    [
      'Notes, pricing call w/ Finance\n- current discounting is inconsistent across regions\n- finance would like a max 20% cap\n- sales would like flexibility for strategic deals\n- no agreement reached',
      'slack',
    ],
  ])('flags: %s', (text, site) => {
    expect(missingDecision(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site]>([
    ["Talked with Sam about the trip, we'll see if he can make it next month.", 'slack'],
    ['Hi Grace,\n\nThanks for the vendor demos. We picked Vendor B for the API; the contract goes out Monday.\n\nBest,\nHal', 'gmail'],
    ["spoke to IT about the laptop refresh — they'll ship the new machines on the 15th.", 'slack'],
    [
      "Hi all,\n\nThe survey results are in the attached deck. Headline: 78% satisfaction, up from 71%. I'll walk through it at Thursday's all-hands.\n\nThanks,\nIsa",
      'gmail',
    ],
    ["Chatted with Lee about the design review; he's happy with the new nav and signed off on it.", 'slack'],
    ["we'll see everyone at the offsite on Tuesday! bring a jacket, it gets cold by the lake", 'slack'],
    ['# Security review — done\n\n- Rotated all secrets\n- MFA enforced on billing admin\n- Old VPN closed\n\nNo open items.', 'notion'],
    [
      'Hi team, quick one: the vendor asked whether we want the extended warranty and raised the idea of a support plan. I told them no to both for now.',
      'slack',
    ],
    ["Thanks for the great chat about career growth yesterday, Ana. I've added the two courses we discussed to your learning budget.", 'slack'],
    ["FYI both options for the venue are still available, I've put a hold on the Marriott until Friday as we agreed.", 'slack'],
  ])('does not flag: %s', (text, site) => {
    expect(missingDecision(text, site)).toEqual([]);
  });
});

// Announcements and recaps that mention trade-offs or who wants what, but are already settled
// or only report: they must stay clean.
describe('settled or reporting messages that mention trade-offs', () => {
  test.each<[string, Site]>([
    [
      "Heads up: we're moving from Jira to Linear next month. Linear is faster but has fewer integrations, so the Zapier flows will be rebuilt by Ops.",
      'slack',
    ],
    [
      "Hi all,\n\nStarting in June, the team switches to a 4-day week. Upside: more focus time. Downside: Friday support is thinner, so we'll rotate cover.\n\nBest,\nRui",
      'gmail',
    ],
    [
      '# Why we chose Postgres over Mongo\n\n- Relational data fits our model\n- Team knows SQL\n- Mongo would be faster to start but harder to report on',
      'notion',
    ],
    [
      "Weekly recap: two deals closed, one slipped to next quarter, and the pipeline is up 12%. Sales wants more demos, marketing wants more webinars — both are in next month's plan.",
      'slack',
    ],
    ["1:1 recap with Dev: he's enjoying the new team, wants more code review from seniors (I'll pair him with Ana), and is out the week of the 20th.", 'slack'],
    [
      'Hi Jess,\n\nYou asked whether to use the blue or the green template. Either is fine with me — pick whichever you like and send it over when ready.\n\nThanks,\nOmar',
      'gmail',
    ],
    [
      "Quick summary of the incident: the cache node failed, traffic fell back to the DB, and latency spiked for 10 minutes. It's resolved and the RCA is in the doc.",
      'slack',
    ],
    ["the vendor gave us two options for the renewal and we went with the 2-year term. contract's signed.", 'slack'],
    [
      'Hi team,\n\nThanks for a productive planning session. Final plan: mobile ships offline mode in Q3, web ships the editor in Q4. Owners are in the roadmap doc.\n\nBest,\nLi',
      'gmail',
    ],
    [
      '# Weekly status — Mobile\n\n- iOS 4.2 in review\n- Android crash rate 0.3%\n- Risks: App Store review could slip the date\n- Next: release notes',
      'notion',
    ],
    ['Hey, how did the interview go? Curious whether you liked the candidate or not.', 'slack'],
    [
      "Hi Maria,\n\nI compared the two laptops you sent. The Dell is cheaper but heavier; the Lenovo is lighter and has better battery. I've ordered the Lenovo for the new hires.\n\nBest,\nAmy",
      'gmail',
    ],
    [
      "Notes from the customer call:\n- They want SSO by Q3\n- Unhappy with response times last month\n- Action: I'll send the SSO roadmap and an SLA summary by Friday",
      'slack',
    ],
    ['Reminder that the offsite survey closes Friday. Options for dates are in the form; pick all that work for you.', 'slack'],
  ])('does not flag: %s', (text, site) => {
    expect(missingDecision(text, site)).toEqual([]);
  });
});

// A soft lean with "happy to be convinced otherwise", a Recommendation slot left TBD, "still
// nowhere", feedback "all over the place"; and the same choices put to the reader or decided.
describe('soft leans, empty recommendations, going nowhere', () => {
  test.each<[string, Site]>([
    [
      "Hi all,\n\nTwo ways we could handle the price increase: absorb it this year, or pass 5% on to customers in January. Absorbing it protects renewals; passing it on protects margin. I'm leaning towards passing it on, but happy to be convinced otherwise.\n\nBest,\nKai",
      'gmail',
    ],
    [
      '## Option 1: Keep the monolith\nLess risk, slower teams.\n\n## Option 2: Split out billing\nFaster billing work, new ops burden.\n\n## Recommendation\nTBD',
      'notion',
    ],
    ["we've now discussed the hiring freeze in three meetings. still nowhere. 🙃", 'slack'],
    [
      "Hi team,\n\nThe feedback on the new onboarding is all over the place: some customers love the checklist, others find it patronising, and a couple didn't notice it at all. Hard to draw conclusions.\n\nThanks,\nBea",
      'gmail',
    ],
    ['Two candidates for the launch date: May 6 (before the conference) or May 20 (after QA has breathing room). Pros and cons either way.', 'slack'],
  ])('flags: %s', (text, site) => {
    expect(missingDecision(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site]>([
    ['Two candidates for the launch date: May 6 or May 20. Any preference? I need to tell the agency by Wednesday.', 'slack'],
    [
      'Hi all,\n\nWe could absorb the price increase or pass 5% on. I recommend passing it on in January; Kai will draft the customer email once you approve.\n\nBest,\nKai',
      'gmail',
    ],
    ['hiring freeze is lifted as of today, 🎉 recruiters can reopen the 4 roles', 'slack'],
  ])('does not flag: %s', (text, site) => {
    expect(missingDecision(text, site)).toEqual([]);
  });
});

describe('decisionState', () => {
  test('a choice question the writer then agonises over does not settle anything', () => {
    const s = state('should we do the all-hands in person or hybrid? in person is better for energy, hybrid lets remote folks join. idk, going back and forth');
    expect(s.deliberates).toBe(true);
    expect(s.resolved).toBe(false);
  });

  test('the same question left to the reader settles it', () => {
    const s = state('should we do the all-hands in person or hybrid? in person is better for energy, hybrid lets remote folks join. either works for me');
    expect(s.resolved).toBe(true);
  });

  test('status-only notes are not notes that need an outcome; the same notes with a worry are', () => {
    const status = '# Weekly sync — Payments\n\n- Refund flow shipped to 100%\n- Chargeback rate down to 0.3%\n- Mira joins on Monday';
    expect(state(status, 'notion').notes).toBe(false);
    const open = '# Weekly sync — Payments\n\n- Refund flow shipped to 100%\n- Chargeback rate down to 0.3%\n- Finance is worried about the Q3 forecast';
    expect(state(open, 'notion').notes).toBe(true);
  });

  test('"no issues" is not an open point', () => {
    expect(state('# Platform sync\n\n- Postgres upgrade done, no issues\n- On-call quiet\n- Mei is out Friday', 'notion').notes).toBe(false);
  });

  test('a labelled follow-up item with an owner settles incident notes', () => {
    const s = state('Incident recap:\n- Cause: expired cert\n- Fix: renewed it\n- Follow-up: @omar adds cert checks by Fri\n- No data affected');
    expect(s.resolved).toBe(true);
    expect(s.settledBy.map((x) => x.why)).toContain('owned action item');
  });

  test('a bare problem list gets the problems shape; owners on the items clear it', () => {
    const list = '## Known issues with the sync API\n\n- Tokens expire after 5 minutes\n- Retries do not back off\n- Rate limits are undocumented';
    const s = state(list, 'notion');
    expect(s.deliberates).toBe(true);
    expect(s.shape).toBe('problems');
    const owned =
      '## Known issues with the sync API\n\n- Tokens expire after 5 minutes (Ana)\n- Retries do not back off (Ana)\n- Rate limits are undocumented (Li)';
    expect(state(owned, 'notion').deliberates).toBe(false);
  });

  test('a recap the writer already acted on is settled; open alternatives are not', () => {
    expect(state('Recap of the call: they asked for the invoice and raised a question about SSO. I sent both answers today.').resolved).toBe(true);
    expect(state('Recap of the call: we could renew for a year or go month to month. I sent them the pricing sheet. thoughts?').resolved).toBe(false);
  });

  test('"we\'ll see" inside an owned plan does not undo the owner', () => {
    expect(state("Options were a or b; we're going with b. Ana will ship it Monday and we'll see how it goes.").resolved).toBe(true);
  });

  test('"my first choice" is a position, not an open comparison', () => {
    expect(state('Of the three venues we discussed, the lake lodge is my first choice.').resolved).toBe(true);
    expect(state('Of the three venues we discussed, the lake lodge was the first choice for some. Hard to say.').resolved).toBe(false);
  });

  test('a long status report with two trade-offs in passing is not a deliberation; the same asides in a short note are', () => {
    const report =
      "Weekend update from the Harbour St store: Saturday ran about 9% over plan thanks to the window display, which pulled in far more walk-ins than the old one, and Sunday was quieter because of the marathon closures but still close to target. The new card readers are faster but the receipt printer jammed twice, so I swapped the roll and it has been fine since. Two new hires covered the fitting rooms and did well, and Maya trained them on returns. We sold through the small sizes of the linen shirts by Sunday noon and customers kept asking for them, so the restock request is in. The new supplier is cheaper but delivers on Thursdays now, which suits the rota. The back office is tidier after the clear-out, and the cleaning crew moved to Tuesday mornings from this week. Footfall counter numbers are in the shared sheet as usual, and next week's rota is posted by the till.";
    expect(state(report).deliberates).toBe(false);
    expect(state(`${report} Not sure which supplier to keep, honestly — could go either way.`).deliberates).toBe(true);
  });

  test('stays linear on long preference and deferral lines', () => {
    const long = `${'design likes the blue one and '.repeat(3000)}marketing likes it`;
    const t0 = performance.now();
    state(long);
    state(`${'half the team, '.repeat(5000)}half`);
    state(`${'we could '.repeat(5000)}or`);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
