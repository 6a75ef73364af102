// Long hand-written messages shared by the wall-of-text rule tests (dense-paragraph,
// unstructured-message, buried-ask). Each says what shape it has and why. The ones the options
// page shows as a rule's examples live in lib/analysis/catalog-examples.ts and are re-exported here.

export {
  EMAIL_ASK_FIRST,
  EMAIL_ASK_LAST,
  EMAIL_FIVE_PARAGRAPHS,
  EMAIL_UNSTRUCTURED,
  SLACK_LONGISH,
  SLACK_RAMBLE,
} from '../../../lib/analysis/catalog-examples';

/** Gmail, one ~170-word paragraph between greeting and sign-off. */
export const EMAIL_SLAB =
  "Hi Marta,\n\nI wanted to give you the full picture on the warehouse move before Thursday, since a few things shifted this week. The landlord at the new site agreed to let us in two weeks early, which means the racking crew can start on the 3rd instead of the 17th, but the electrician they recommended is booked until the 12th, so we would have racking without power for about ten days, which is fine for the storage zones but not for the packing stations. Our current lease ends on the 30th and the early access does not change that, so we are paying for both sites for most of the month either way. The forklift lease transfers automatically, the internet line needs three weeks' notice and I have already put that request in, and the insurance broker wants an updated floor plan before he can quote, which Dan is drawing up. Overall the timeline still works as long as the electrician holds his date.\n\nBest,\nSam";

/** Notion, a long doc with headings and bullets: readable however long it is. */
export const NOTION_STRUCTURED =
  '# Onboarding revamp\n\n**TL;DR:** New hires get a buddy, a first task in week one, and a 30-day check-in. Starts with the October cohort.\n\n## Why\n- New hires told us week one felt like a tour of tools, not of the work\n- Time to first merged PR is 19 days on average\n- Two of the last ten hires left within 90 days\n\n## What changes\n- Every hire gets a buddy from their own team, with two hours a week blocked for it\n- Each hire ships one small task in week one: a good-first-issue ticket for engineers, five low-risk tickets for support\n- The full-day HR presentation becomes three 30-minute sessions\n- A written 30-day reflection, shared with the manager\n\n## Timeline\n- Sep 15: buddy list final (Amira)\n- Sep 22: first-task backlog tagged in every team (team leads)\n- Oct 1: first cohort starts\n\n## Risks\n- Buddies get overloaded: capped at one new hire each per quarter\n- Teams without easy tickets: the platform team keeps a shared pool';
