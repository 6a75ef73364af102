// Context cues shared by the passive-aggressive tables: the same words are a jab in one setting
// and sincere in another ("great, another meeting" vs "great, another green build"), so entries
// gate on these. Each is a linear, non-global, case-insensitive pattern.

/** The thing keeps happening: the writer is repeating themselves or the reader is late. */
export const REPEAT_CUE =
  /\b(?:again|another (?:one|reminder|ping|nudge|friendly|gentle|kind|quick|polite)|once more|one more time|still (?:waiting|haven'?t|hasn'?t|not|no|need your|need you)|already (?:asked|mentioned|reminded|sent|said|flagged)|(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\d+th|umpteenth|nth|last) (?:one|time|reminder|request|ask|ping|nudge)|(?:was|were) due|(?:deadline|due date|cut-?off) (?:was|passed|has passed)|(?:is|are|now) overdue|overdue|past due|as (?:i|we) (?:said|mentioned))\b/i;

/**
 * Annoyances: what sarcasm is usually about (meetings, late changes, outages, after-hours work),
 * plus the tell-tale tails ("can't wait") and scare quotes around a word ('quick sync').
 */
export const GRIEVANCE_CUE =
  /\b(?:meetings?|syncs?|calls?|deadlines?|delay(?:s|ed)?|outages?|incidents?|bugs?|reorgs?|process|surveys?|forms?|threads?|weekends?|fridays?|late|night|overtime|changes?|changed|pivots?|rewrites?|urgent|escalations?|all-?hands|tickets?|standups?|pages?|alerts?|polic(?:y|ies)|paperwork|reports?|fire ?drills?|rollbacks?|hotfix(?:es)?|till|until|again|still|nobody|no one|without|forgot|forgotten|missed|broke|broken|fail(?:ed|ing|s|ure)?|down|wrong|last[- ]minute|day before|night before|comments?|can'?t wait|yay|fun times|how fun|what fun|from the customer|from a customer|found out|scope|estimate|redo|rework|midnight|typo|pinged|paged|weekend|holiday|vacation|pto)\b|\d{1,2}(?::\d\d)? ?(?:am|pm)\b|(?:^|\s)['"][^'"\n]{1,30}['"](?=[\s.,!?]|$)|\u{1F643}|\u{1F644}|\u{1F612}/iu;

/**
 * The same without "can't wait": for the bare "Can't wait." itself, which must find its grievance
 * elsewhere in the message ("@Quincy Awesome! Can't wait!" is sincere: real chat, judged wrong twice).
 */
export const GRIEVANCE_BESIDES_WAITING = new RegExp(GRIEVANCE_CUE.source.replace("|can'?t wait|", '|'), GRIEVANCE_CUE.flags);

/** Sincere warmth in the same message: praise, thanks, celebration. */
export const WARMTH_CUE =
  /\b(?:nice work|great work|good work|well done|congrat\w*|kudos|great job|nice job|good job|thanks? (?:you )?(?:all|everyone|team|so much|a lot)|proud|shout-?out|welcome|streak|record)\b|[\u{1F389}\u{1F64C}\u{1F7E2}\u{2705}\u{1F44F}\u{1F973}]/iu;

/** The writer owns a slip: self-deprecation, not a jab at the reader. */
export const SELF_BLAME_CUE =
  /\b(?:my bad|my fault|mea culpa|oops|whoops|sorry|i broke|i forgot|i messed|i screwed|i missed|i deleted|i pushed|i did it again|of course i|apologi[sz]e)\b/i;

/**
 * Something went wrong or keeps going wrong: narrower than GRIEVANCE_CUE (no meeting or report
 * nouns), for sarcasm whose only other signal is a positive word ("nice to see the estimate
 * tripled overnight", "…moved to 7am. love it.").
 */
export const SETBACK_CUE =
  /\b(?:again|still|another|tripled|doubled|overnight|midnight|weekend|saturday|sunday|late|later|broke|broken|failed|failing|down again|delayed|slipped|postponed|cancel(?:l)?ed|pushed (?:back|out)|moved to|ignored|ignoring|nobody|no one|forgot|forgotten|missed|wrong|without (?:telling|asking|warning)|last[- ]minute|(?:[5-7] ?am|(?:9|10|11) ?pm))\b/i;

/**
 * The discussion is going round in circles: what turns "another productive hour" or "for those
 * keeping score" from a cheerful recap into a dig at the meeting.
 */
export const STALL_CUE =
  /\b(?:still|again|some more|(?:no|without a) decision|no closer|nothing (?:decided|agreed|settled)|keeping (?:score|track|count)|back to square one|in circles|round and round|same (?:place|spot|discussion|debate|conversation|options?)|discuss (?:it|this|that) (?:some )?(?:more|further)|i assume|presumably|no doubt)\b/i;

/**
 * A cold one-sentence acknowledgement ("Understood.", "Duly noted.") — before a promise to comply,
 * it turns the promise into mock obedience.
 */
export const COLD_ACK_CUE = /^\s*(?:understood|noted|duly noted|very well|message received|point taken|as you wish|fine|okay then|ok then)[.!]+\s*$/i;

/** The writer apologises or thanks: the same promise ("in future I'll check first") is sincere. */
export const APOLOGY_CUE =
  /\b(?:sorry|apologi[sz]e|apologies|my bad|my fault|my mistake|oops|whoops|thanks for (?:catching|flagging|spotting|pointing|the heads)|good catch|lesson learned)\b/i;

/** Thanks or appreciation anywhere in the message: the anchor of a pointed thank-you. */
export const THANKS_CUE = /\b(?:thanks?|thank you|thx|appreciate[ds]?|grateful|cheers)\b/i;
