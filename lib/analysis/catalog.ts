// The rule catalog: what each check is called, what it looks for, and one message it flags and
// one it leaves alone. One source for the rule files' meta (lib/analysis/rules/*), the options
// page, docs/rules.md and the meta-tests. Pure data with no engine imports, so the options page
// can list every check without loading compromise or the phrase tables (issue 10).
//
// The examples are checked, not decorative: tests/analysis/catalog.test.ts runs each `flags`
// example through analyze() at the default sensitivity and expects this rule to fire, and each
// `passes` example and expects it not to.
//
// Keep each category's entries together, in the same order as RULES (rules/index.ts).

import { EMAIL_ASK_FIRST, EMAIL_ASK_LAST, EMAIL_UNSTRUCTURED, SLACK_LONGISH, SLACK_RAMBLE } from './catalog-examples';
import type { Category, Site } from './types';

export interface RuleExample {
  text: string;
  /** The app it is written in: limits and conventions differ (a chat wall is shorter than an email's). */
  site: Site;
  /** Phrases in the user's "Always flag" list (only user-phrase reads them). */
  extraPhrases?: readonly string[];
}

export interface RuleInfo {
  /** Permanent kebab-case id: the same string in settings, stats, the hint card and logs. */
  id: string;
  category: Category;
  /** A short name for people: the options page's label and the docs' heading. */
  name: string;
  /** One line for settings and docs: what the check catches. */
  description: string;
  /** A message this check flags at the default sensitivity. */
  flags: RuleExample;
  /** A close message it leaves alone. */
  passes: RuleExample;
}

export const RULE_CATALOG = [
  // --- vague-ask ---
  {
    id: 'ownerless-ask',
    category: 'vague-ask',
    name: 'Ask with no owner',
    description: 'An ask addressed to "someone", "anyone" or nobody ("it would be great if…").',
    flags: { text: 'can someone look at the flaky checkout test', site: 'slack' },
    passes: { text: '@maria can you fix the flaky checkout test by 3pm?', site: 'slack' },
  },
  {
    id: 'fuzzy-action',
    category: 'vague-ask',
    name: 'Fuzzy action',
    description: 'An ask with a fuzzy action ("take a look", "thoughts?", "any updates?") instead of the outcome you need.',
    flags: { text: '@priya can you take a look at the Q3 forecast?', site: 'slack' },
    passes: { text: '@priya can you confirm the Q3 forecast total by Friday?', site: 'slack' },
  },
  {
    id: 'open-ended-deadline',
    category: 'vague-ask',
    name: 'Soft deadline',
    description: 'An ask with soft timing ("when you get a chance", "at some point", "no rush").',
    flags: { text: 'can you send me the Q3 export when you get a chance', site: 'slack' },
    passes: { text: 'can you send me the Q3 export by Thursday noon?', site: 'slack' },
  },
  // --- wall-of-text ---
  {
    id: 'dense-paragraph',
    category: 'wall-of-text',
    name: 'Dense paragraph',
    description: 'A paragraph long enough that readers skim or skip it.',
    flags: { text: SLACK_RAMBLE, site: 'slack' },
    passes: { text: SLACK_LONGISH, site: 'slack' },
  },
  {
    id: 'unstructured-message',
    category: 'wall-of-text',
    name: 'Unstructured message',
    description: 'A long message with no headings, bullets or short paragraphs to scan.',
    flags: { text: EMAIL_UNSTRUCTURED, site: 'gmail' },
    passes: { text: EMAIL_ASK_FIRST, site: 'gmail' },
  },
  {
    id: 'buried-ask',
    category: 'wall-of-text',
    name: 'Buried ask',
    description: 'The request comes only at the end of a long message.',
    flags: { text: EMAIL_ASK_LAST, site: 'gmail' },
    passes: { text: EMAIL_ASK_FIRST, site: 'gmail' },
  },
  // --- missing-decision ---
  {
    id: 'notes-without-next-step',
    category: 'missing-decision',
    name: 'Notes without a next step',
    description: 'Meeting notes with no decision and no owner for the next step: points at the first debated topic left open.',
    flags: {
      text: '# Customer advisory call — notes\n\n- Four customers joined\n- All of them asked for a Salesforce sync\n- Two want SSO on the Team plan\n\n## Next steps\n- TBD',
      site: 'notion',
    },
    passes: {
      text: '# Customer advisory call — notes\n\n- Four customers joined\n- All of them asked for a Salesforce sync\n- Two want SSO on the Team plan\n\n## Next steps\n- Dana will draft the Salesforce sync spec by Friday',
      site: 'notion',
    },
  },
  {
    id: 'undecided-deliberation',
    category: 'missing-decision',
    name: 'Deliberation with no decision',
    description: 'Weighs options or recaps a discussion but ends without a decision, an owner or a request to decide.',
    flags: {
      text: "Looked at the two CI providers this morning. Buildkite is faster for our monorepo but we'd have to run our own agents; CircleCI is hands-off but costs about 2x at our volume. Honestly I could argue it either way.",
      site: 'slack',
    },
    passes: {
      text: "Looked at the two CI providers this morning. Buildkite is faster for our monorepo but we'd have to run our own agents; CircleCI is hands-off but costs about 2x at our volume. Decision: we go with Buildkite, and I'll set up the agents this week.",
      site: 'slack',
    },
  },
  // --- passive-aggressive ---
  {
    id: 'user-phrase',
    category: 'passive-aggressive',
    name: 'Your phrases',
    description: 'Phrases you asked Candor to flag.',
    flags: { text: 'Just circling back on the invoice.', site: 'slack', extraPhrases: ['circling back'] },
    passes: { text: 'The invoice is attached.', site: 'slack', extraPhrases: ['circling back'] },
  },
  {
    id: 'repeated-nudge',
    category: 'passive-aggressive',
    name: 'Pointed reminder',
    description: 'Reminders that point at the earlier ask ("per my last email", "for the third time") instead of restating the need.',
    flags: { text: 'Hi Tom,\n\nAs per my previous email, the invoice needs a PO number before we can process it.\n\nRegards,\nAnn', site: 'gmail' },
    passes: { text: 'Hi Tom,\n\nThe invoice needs a PO number before we can process it. Could you add it by Friday?\n\nRegards,\nAnn', site: 'gmail' },
  },
  {
    id: 'going-forward-scold',
    category: 'passive-aggressive',
    name: 'Scolding "going forward"',
    description: 'Requests framed as a correction of past behaviour ("going forward, please…").',
    flags: { text: 'Hi Ryan,\n\nGoing forward, please send invoices to ap@example.com.\n\nPriya', site: 'gmail' },
    passes: { text: 'Hi all,\n\nGoing forward, we will publish the roadmap every quarter.\n\nBest,\nMia', site: 'gmail' },
  },
  {
    id: 'backhanded-politeness',
    category: 'passive-aggressive',
    name: 'Backhanded politeness',
    description: `Courtesy used to deliver a jab ("with all due respect", "I'm sure you're very busy, but", "thanks for finally").`,
    flags: { text: 'with all due respect, that number came from your team, not ours', site: 'slack' },
    passes: { text: "that number came from the finance export; I'll post the query here so we can compare", site: 'slack' },
  },
  {
    id: 'tone-policing',
    category: 'passive-aggressive',
    name: 'Tone policing',
    description: `Commenting on how someone wrote instead of what they said ("let's keep this professional", "calm down").`,
    flags: { text: 'calm down, it was just a typo in the changelog', site: 'slack' },
    passes: { text: 'relax and enjoy the long weekend everyone!', site: 'slack' },
  },
  {
    id: 'open-hostility',
    category: 'passive-aggressive',
    name: 'Open hostility',
    description: `Put-downs aimed at a person ("you of all people should know this", "nobody asked you", "someone should tell him…").`,
    flags: { text: 'you of all people should know this by now', site: 'slack' },
    passes: { text: 'you know the billing code best, could you review the retry change by Friday?', site: 'slack' },
  },
  {
    id: 'implied-blame',
    category: 'passive-aggressive',
    name: 'Implied blame',
    description: `Blame by insinuation ("as everyone knows", "I shouldn't have to say this", "some people apparently…").`,
    flags: { text: 'did you even read the PR description?', site: 'slack' },
    passes: { text: 'did you get a chance to read the PR description?', site: 'slack' },
  },
  {
    id: 'sarcasm',
    category: 'passive-aggressive',
    name: 'Sarcasm',
    description: `Praise or enthusiasm that means its opposite ("great, another meeting", "love that for us").`,
    flags: { text: 'must be nice to have a four day week while the rest of us cover support', site: 'slack' },
    passes: { text: 'nice work on the four day week pilot, the survey results look great', site: 'slack' },
  },
  {
    id: 'martyr-offer',
    category: 'passive-aggressive',
    name: 'Martyr offer',
    description: `Taking work on with a sigh so the reader feels guilty ("no no it's fine, I'll do it myself").`,
    flags: { text: "don't worry, I'll just rewrite the tests myself", site: 'slack' },
    passes: { text: "I'll fix the flaky test this afternoon and post in #eng", site: 'slack' },
  },
  {
    id: 'terse-reply',
    category: 'passive-aggressive',
    name: 'Terse reply',
    description: 'A whole reply that is one curt word ("k.", "Fine.", "Noted.", "sure 🙂").',
    flags: { text: 'Noted.', site: 'gmail' },
    passes: { text: "Noted, I'll move the review to Monday.", site: 'gmail' },
  },
  {
    id: 'pointed-emoji',
    category: 'passive-aggressive',
    name: 'Pointed emoji',
    description: 'Emoji used as a jab: an eye-roll, an upside-down smile, or a smiley after a complaint.',
    flags: { text: 'the client wants the logo bigger 🙄', site: 'slack' },
    passes: { text: 'thanks again for covering for me 🙂', site: 'slack' },
  },
  // --- end ---
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULE_CATALOG)[number]['id'];

const BY_ID = new Map<string, RuleInfo>(RULE_CATALOG.map((r) => [r.id, r]));

/** The catalog entry for a rule id, or undefined (an id from old settings, a removed rule). */
export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}

/** What a rule file's meta takes from the catalog: id, category and description, from one place. */
export function catalogMeta(id: RuleId): Pick<RuleInfo, 'id' | 'category' | 'description'> {
  const { category, description } = BY_ID.get(id)!;
  return { id, category, description };
}
