// What closes a deliberation: a decision, an owner with a next step, or an explicit request for
// someone to decide. Read by lib/analysis/deliberation.ts. A deliberating message with none of
// these is what the missing-decision rules flag.
//
// Phrase families, case-insensitive, linear (bounded gaps only, no nested quantifiers).

import type { SignalPhrase } from './deliberation-signals';

/** The writer (or the group) decided. */
export const DECISION: readonly SignalPhrase[] = [
  {
    cues: ['decided', 'agreed'],
    pattern: /\b(?:we|i|they|the team|everyone|everybody|the group|leadership)(?:'ve| have| had)? (?:decided|agreed) (?:to|on|that (?:we|you|they|it)|:)/,
    note: '"we\'ve decided to go with", "we agreed to commit" (not "agreed the week was chaotic")',
  },
  { cues: ['decided', 'agreed'], pattern: /\b(?:decided|agreed) (?:to|on)\b/, note: '"… and agreed on the approach below", "decided to keep it"' },
  {
    cues: ['going', 'sticking', 'moving'],
    pattern: /\b(?:we'?re|we are|i'?m|i am) (?:going with|going ahead with|sticking with|moving forward with|moving ahead with)\b/,
    note: '"we\'re going with Stripe Billing"',
  },
  {
    cues: ['went', 'gone', 'agreed', 'decided'],
    pattern: /\b(?:we|i)(?:'ve| have)? (?:went|gone) (?:with|ahead)\b|\bas (?:agreed|decided|discussed and agreed)\b/,
    note: '"I went with option B as agreed"',
  },
  {
    cues: ['going', 'sticking', 'shipping', 'merging', 'launching', 'rolling', 'moving', 'proceeding', 'booking', 'cancelling', 'canceling'],
    pattern:
      /(?:^|[.!:;—–]\s*|\s-\s+|\bso )(?:going with|sticking with|shipping|merging|launching|rolling out|moving ahead with|proceeding with|booking|cancelling|canceling)\b/,
    note: 'a decision as a bare present participle opening a sentence: "Shipping A since signups are the goal."',
  },
  {
    cues: ['go', 'stick', 'proceed', 'move', 'run'],
    pattern: /\b(?:we'?ll|we will|i'?ll|i will) (?:go|stick|proceed|move forward|move ahead|run) with\b/,
    note: '"we\'ll go with option B"',
  },
  {
    cues: ["let's", 'lets'],
    pattern:
      /\blet'?s (?:go with|go ahead|do|ship|use|stick with|keep|move|pick|choose|run with|try|proceed|bring|start|plan|lock|book|cancel|drop|hire|launch|switch|freeze|split|postpone|schedule|decide (?:by|on|at|in|before|today|tomorrow|now))\b/,
    note: '"let\'s ship it Tuesday", "let\'s go with A", "let\'s decide on Friday"',
  },
  {
    // LABELS.md, "Minutes": an explicit deferral is an outcome. Bitcoin Core and rust-lang minutes:
    // "continue the discussion in #9530", "to be decided on or by Dec 15".
    cues: ['continue', 'continuing', 'move', 'moving', 'take', 'taking', 'agenda', 'offline', 'async', 'asynchronously', 'back', 'vote', 'decided'],
    pattern:
      /\b(?:continue|continuing|move|moving|take|taking) (?:the |this |that )?(?:discussion|conversation|it|this|that)? ?(?:in|on|to) (?:\[?#\d+|the (?:issue|thread|pr|rfc|mailing ?list|forum)|github|zulip|the next (?:meeting|call))\b|\b(?:leave|keep|left|kept) (?:it |this |that )?on the agenda\b|\b(?:back|goes back|went back|sent back) to the (?:issue|thread|pr|rfc)\b|\bvote (?:offline|async(?:hronously)?|on github|on the issue)\b|\bto be decided (?:on |by |at )?(?:or by |or before )?(?:the |next )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|next)/,
    note: '"continue the discussion in #9530" (or a markdown link, "in [#9530][]"), "leave it on the agenda", "back to the issue", "vote offline", "to be decided on or by Dec 15"',
  },
  {
    cues: ['approved', 'agreed', 'decided', 'confirmed', 'done', 'final'],
    pattern: /(?:^|[.!:;—–]\s*|\s-\s+|^-\s*)(?:\*\*)?(?:approved|agreed|decided|confirmed|done deal|final answer)\b/,
    note: 'a verdict opening a sentence or line: "Approved — let\'s bring Kessler in"',
  },
  {
    cues: ['approved', 'signed', 'greenlit', 'green', 'chosen', 'picked', 'selected', 'settled', 'opted', 'landed'],
    pattern: /\b(?:i|we)(?:'ve| have)? (?:approved|signed off|green-?lit|chosen|picked|selected|settled on|opted for|landed on)\b/,
    note: '"I\'ve approved the budget", "we settled on weekly shifts"',
  },
  {
    cues: ['decision', 'call', 'verdict', 'recommendation', 'vote', 'pick', 'made', 'choice', 'preference'],
    pattern:
      /\b(?:the|my|our|final) (?:decision|call|verdict|recommendation|vote|pick) (?:is|was|would be|:)|\bwe'?ve made (?:a|the) (?:decision|call)\b|\b(?:my|our) (?:first|top|clear) (?:choice|pick|preference)\b/,
    note: '"my recommendation would be to split", "the decision is B", "the Bonnard is my first choice"',
  },
  {
    cues: ['recommend', 'propose', 'suggest', 'vote', 'go', 'proposing', 'recommending', 'suggesting', 'recommendation', 'proposal', 'suggestion'],
    pattern:
      /\bi(?:'d| would)? (?:recommend|propose|suggest|vote for|go with)\b|\bi'?m (?:proposing|recommending|suggesting)\b|\bmy (?:recommendation|proposal|suggestion)\b/,
    note: 'the writer takes a position the reader can approve',
  },
  {
    cues: ['think', 'feel', 'believe', 'prefer'],
    pattern:
      /\bi (?:think|feel|believe) (?:we|you|it|this|the \w+) should (?!probably|maybe|perhaps|consider|think|discuss|talk|figure|look into|revisit|get on top)[a-z]+|\bi(?:'d| would) (?:still )?prefer\b/,
    note: 'the writer\'s position, which the reader can approve: "I think we should ship A", "I\'d prefer the Marriott"',
  },
  {
    cues: ['told', 'said', 'declined', 'turned', 'passed'],
    pattern:
      /\b(?:i|we)(?:'ve| have)? (?:told (?:them|him|her|the \w+) (?:no|yes)|said (?:no|yes)|declined|turned (?:it|them|this|that|both) down|passed on (?:it|this|that|both|them))\b/,
    note: 'the writer already answered: "I told them no to both for now"',
  },
  {
    cues: ['plan', 'roadmap', 'schedule', 'planned', 'scheduled', 'approved', 'booked'],
    pattern:
      /\b(?:both|all three|all of them|they|it|this|that) (?:are|is|were|was) (?:already |now )?(?:in|on) (?:the|our|next \w+'s|this \w+'s) (?:plan|roadmap|schedule)\b|\b(?:both|all three|all of them) (?:are |were )?(?:already |now )?(?:planned|scheduled|approved|booked)\b/,
    note: 'the asks were already planned: "Sales wants demos, marketing wants webinars — both are in next month\'s plan"',
  },
  {
    cues: ['overall'],
    pattern:
      /\boverall,? (?:i'?m |we'?re |it'?s |very |really |pretty |quite ){0,2}(?:happy|pleased|satisfied|worth it|recommended|a (?:clear )?(?:win|yes|no|keeper))\b/,
    note: 'a verdict after pros and cons: "overall very happy with it"',
  },
  { cues: ['plan', 'forward', 'now'], pattern: /\bthe plan is (?:to|that)\b|\bgoing forward,? we\b|\bfrom now on,? we\b/, note: 'a settled plan' },
];

/**
 * The writer already acted on what a recap raised. Settles a recap (nothing is left for anyone
 * to pick up), not a weighing of options: "we fixed the bug; should we also refactor?" is open.
 */
export const DONE: readonly SignalPhrase[] = [
  {
    cues: [
      'sent',
      'answered',
      'replied',
      'fixed',
      'resolved',
      'booked',
      'scheduled',
      'ordered',
      'filed',
      'shared',
      'updated',
      'submitted',
      'escalated',
      'handled',
      'done',
      'sorted',
    ],
    pattern:
      /\b(?:i|we)(?:'ve| have)? (?:already |just )?(?:sent|answered|replied to|fixed|resolved|booked|scheduled|ordered|filed|submitted|escalated|handled|sorted)\b(?! (?:a question|questions|out (?:options|the options)))|\b(?:both|all|each|which (?:i|we)(?:'ve| have)?) (?:already )?(?:answered|resolved|fixed|handled|sorted|done)\b/,
    note: 'the writer already acted on what the recap raised: "they asked for X and raised Y; I sent both answers this afternoon"',
  },
];

/**
 * A request for the reader to decide, said as a statement ("I need your sign-off on …").
 * Questions that ask to choose are recognised separately (DECISION_QUESTION).
 */
export const DECISION_REQUEST: readonly SignalPhrase[] = [
  {
    cues: ['need'],
    pattern:
      /\b(?:i|we) (?:need|'d need|would need|will need)(?: (?:your|a|an|the))?(?: written| final| formal| quick| clear)? (?:decision|approval|sign-?off|go-?ahead|green light|yes\/no|yes or no|answer|call|confirmation|ok|okay|vote|pick)\b/,
    note: '"I need your written approval of the variation by Wednesday", "I need a yes/no from Priya"',
  },
  {
    cues: ['need', 'want'],
    pattern: /\bwhat i need from you\b|\b(?:need|want) (?:you|someone|a decision-maker) to (?:decide|choose|pick|approve|sign off|confirm|make the call)\b/,
    note: '"so what I need from you is a confirmation by the 27th"',
  },
  {
    cues: ['please', 'pls', 'kindly', 'which', 'whether'],
    pattern:
      /\b(?:please|pls|kindly) (?:decide|choose|pick|approve|confirm|sign off|vote|let (?:me|us) know (?:which|whether|if we should))\b|\b(?:let me know|tell me|confirm) (?:which|whether)\b/,
    note: '"please approve", "tell me whether it should say per seat"',
  },
  {
    cues: ['decision', 'sign', 'signoff', 'approval', 'answer', 'yes', 'go', 'needs', 'need'],
    pattern:
      /\b(?:decision|sign-?off|approval|answer|yes\/no|go\/no-go) (?:needed|required|by|from you)\b|\bneeds? (?:a|your) (?:decision|sign-?off|approval)\b/,
    note: '"decision needed by Friday"',
  },
  { cues: ['vote', 'react'], pattern: /\bvote (?:with|by|in)\b|\breact (?:with )?\S{1,12} for\b/, note: 'a poll: "react 🍣 for sushi or 🌮 for tacos"' },
  {
    cues: ['whatever', 'whichever', 'call', 'choice', 'pick', 'up', 'decide'],
    pattern: /\b(?:whatever|whichever) you (?:prefer|like|want|choose|think|decide)\b|\b(?:your|you'?r) (?:call|choice|pick)\b|\bup to you\b|\byou decide\b/,
    note: 'the choice handed to the reader: "whatever you prefer", "your call"',
  },
];

/** In a question, these words ask the reader to choose or approve (not just to share thoughts). */
export const DECISION_QUESTION: readonly SignalPhrase[] = [
  { pattern: /\b(?:which|whether)\b/, note: '"which one is correct?", "could you confirm whether net 45 works?"' },
  {
    pattern:
      /\b(?:decide|decision|pick|choose|go with|prefer|preference|preferences|approve|approval|sign off|sign-off|greenlight|green-light|ok with|okay with|good to go|go ahead|agree to|happy to go|vote)\b/,
    note: '"can we pick A or B by Friday?", "ok to go ahead?"',
  },
  { pattern: /\b(?:or|vs\.?)\b[^?]{1,80}\?|\byes or no\b|\byes\/no\b/, note: '"is it gross or net?"' },
  { pattern: /\bshould (?:we|i)\b/, note: '"should we extend the pilot?"' },
];

/**
 * First-person commitments: "I'll send", "we will post". The verbs after them that are NOT a
 * next step (deferral, hedging, or predictions) are listed here.
 */
// biome-ignore format: a word list reads better filled than one word a line
export const NON_COMMITTAL_AFTER_WILL = new Set([
  'see', 'keep', 'think', 'revisit', 'circle', 'come', 'discuss', 'talk', 'continue', 'wait', 'figure',
  'try', 'need', 'have', 'probably', 'maybe', 'be', 'likely', 'get', 'lose', 'want', 'miss', 'still',
  'also', 'just', 'never', 'ever', 'all', 'both', 'definitely', 'hopefully', 'possibly', 'surely',
  'regret', 'look', 'end', 'sort', 'soon', 'find', 'hear', 'know', 'cross', 'deal', 'play', 'mull',
]);

/** Verbs that can follow "<Name> will / to" in an action item (a broad, ordinary-work list). */
// biome-ignore format: a word list reads better filled than one word a line
export const OWNER_NON_ACTION = new Set([
  'be', 'have', 'probably', 'maybe', 'likely', 'think', 'want', 'see', 'need', 'know', 'hear', 'like',
]);

/**
 * Section headings (or "Label:" lines) whose content settles a discussion. A Decisions section
 * counts by its content; an action section counts only when an item has an owner.
 */
// "Closed during meeting", "Resolved": items listed there were settled in the meeting.
export const DECISION_SECTION =
  /^\W*(?:decisions?|decided|agreed|outcomes?|(?:meeting |final |key |summary of )?conclusions?|resolution|resolved|closed(?: (?:during|in|at) (?:the )?meeting)?(?=\W*$)|verdict|the plan|plan|recommendation|what we(?:'ll| will) (?:change|do|try)|changes we(?:'ll| will) make)\b/i;
export const ACTION_SECTION = /^\W*(?:next steps?|action items?|actions?|owners?|to-?dos?|follow-?ups?|follow-ups|who does what|tasks)\b/i;
// A meeting-role label names who does a job at the meeting, not an open item: "Action item
// scribe: Felix", "Note-taker:", "Facilitator: Josh" (rust-lang/lang-team minutes open every page
// with these; blind readers of a seeded real-notes sample judged all six such flags wrong).
export const ROLE_LABEL = /\b(?:scribes?|note[- ]?takers?|minute[- ]?takers?|facilitators?|moderators?|chairs?|chairpersons?|timekeepers?|hosts?)\W*$/i;

/** Content that fills a Decision / Next steps slot without deciding anything. */
export const PLACEHOLDER: readonly SignalPhrase[] = [
  // Punctuation-only content ("???", "--", "…") is recognised by onlyPunctuation(), not here: a
  // run of "?" between two \W* would backtrack quadratically.
  {
    pattern: /^\W{0,8}(?:tbd|tbc|n\/?a|none(?: yet)?|nothing(?: yet)?|pending|to be (?:decided|determined|confirmed)|todo)\W{0,8}$/,
    note: '"Next steps: TBD"',
  },
  {
    pattern:
      /\b(?:continue|keep|resume|pick up) (?:the )?(?:discussion|conversation|talking|discussing|thinking)\b|\bdiscuss (?:again|further|more|next)\b|\brevisit\b|\bcircle back\b|\bwe'?ll see\b/,
    note: '"Continue the discussion next week"',
  },
  {
    pattern: /\b(?:someone|somebody|anyone|anybody|whoever)\b|\bwould be (?:good|great|nice)\b|\bat some point\b|\bsoon-?ish\b/,
    note: 'no owner: "would be good to get this moving again"',
  },
  {
    pattern:
      /\b(?:more|further|additional) (?:research|thought|discussion|data|digging|investigation|analysis|work) (?:is |are )?(?:needed|required)\b|\bneeds? (?:more|further) (?:thought|research|discussion|digging|investigation|analysis)\b|\blet'?s (?:all )?reflect\b|\bkeep an eye on (?:it|this|these|that|things)\b|\b(?:sleep on it|wait and see|time will tell)\b|\b(?:no|nothing) (?:(?:firm|final|real|clear) )?(?:decisions?|conclusions?|outcome) (?:yet|so far|reached)\b/,
    note: 'a Conclusion slot that concludes nothing: "Conclusion: more research needed", "What to do: keep an eye on these"',
  },
];

/**
 * A slot filled with punctuation only ("Decision: ???", "Owner: --", "Next steps: …"): no letter
 * or digit, and at least one "?", dash or ellipsis. A single linear pass.
 */
export function onlyPunctuation(s: string): boolean {
  let mark = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c > 0x7f && /[\p{L}\p{N}]/u.test(s[i]))) return false;
    if (c === 63 || c === 45 || c === 0x2026 || c === 0x2013 || c === 0x2014 || (c === 46 && s.charCodeAt(i + 1) === 46 && s.charCodeAt(i + 2) === 46))
      mark = true;
  }
  return mark;
}

/**
 * Capitalised words that start sentences or label lines but are not people: they must not be
 * read as an action item's owner ("Update: …", "It will …", "Someone to check …").
 */
// biome-ignore format: a word list reads better filled than one word a line
export const NOT_A_NAME = new Set([
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'which',
  'who', 'whoever', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'no', 'none',
  'something', 'anything', 'everything', 'nothing', 'the', 'a', 'an', 'our', 'your', 'their', 'my', 'his', 'her',
  'its', 'all', 'each', 'every', 'some', 'any', 'both', 'either', 'neither', 'one', 'if', 'when', 'then', 'so',
  'and', 'but', 'or', 'also', 'maybe', 'perhaps', 'note', 'notes', 'update', 'updates', 'status', 'pending',
  'blocked', 'done', 'ideas', 'idea', 'question', 'questions', 'issue', 'issues', 'risk', 'risks', 'context',
  'background', 'summary', 'tldr', 'todo', 'fyi', 'ps', 'next', 'action', 'actions', 'decision', 'decisions',
  'owner', 'owners', 'goal', 'goals', 'problem', 'problems', 'pros', 'cons', 'option', 'options', 'plan', 'why',
  'how', 'where', 'ask', 'asks', 'agenda', 'attendees', 'discussion', 'open', 'follow', 'later', 'today',
  'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'q1', 'q2', 'q3',
  'q4', 'tbd', 'look', 'check', 'sync', 'review', 'think', 'consider', 'probably', 'please', 'timeline', 'scope',
  'out', 'success', 'links', 'thanks', 'cost', 'price', 'went', 'didn', 'well', 'wins', 'lows', 'highs', 'mood',
  // Sentence openers before "to <verb>" that are not people: "Happy to discuss", "Need to check".
  'happy', 'glad', 'nice', 'good', 'great', 'hard', 'easy', 'sorry', 'need', 'needs', 'want', 'going', 'able',
  'time', 'way', 'hoping', 'trying', 'remember', 'reminder', 'plans', 'planning', 'due', 'ready', 'free', 'best',
]);
