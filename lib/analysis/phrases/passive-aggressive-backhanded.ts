// Backhanded politeness: courtesy used as the delivery vehicle for a jab. The polite words are
// the tell ("with all due respect", "I'm sure you're very busy, but", "thanks for finally").
// Sincere courtesy ("sorry to bother you, but", "I know you're busy — could you…", "thanks for
// sending this") is deliberately not here: it is the most polite quartile of real requests.

import type { JabPhrase } from './passive-aggressive-match';

const SAY_IT_PLAINLY = 'Drop the lead-in and state your point plainly; the facts carry it without the jab.';

export const BACKHANDED_PHRASES: readonly JabPhrase[] = [
  {
    name: 'sure-youre-busy',
    keys: ['sure', 'certain'],
    // The lead-in up to "but" is dropped; without a "but" the whole clause is highlighted.
    pattern:
      /\b(?:i'?m|i am) (?:sure|certain) (?:you'?re|you are|you'?ve been|everyone'?s|everyone is|everybody'?s|everybody is|you all are|y'?all are|the team is|you guys are|they'?re|they are) (?:all )?(?:very |super |really |incredibly |extremely |so |quite |pretty |terribly )?(?:busy|swamped|slammed|overloaded|stretched|snowed under|buried|flat out|drowning)\b(?:[^,.!?\n]{0,30}?,? but\b)?/i,
    note: '"I\'m sure you\'re very busy, but…" doubts the excuse while appearing to grant it. "I know you\'re busy" (empathy) is not matched.',
    why: "\"I'm sure you're very busy, but\" sounds like sympathy and lands as sarcasm about the reader's priorities.",
    fix: { kind: 'drop', advice: SAY_IT_PLAINLY },
  },
  {
    name: 'all-due-respect',
    keys: ['respect'],
    pattern: /\bwith (?:all )?(?:due|the (?:greatest|utmost)) respect\b,?/i,
    note: 'Announces disrespect; always precedes a contradiction.',
    why: '"With all due respect" signals the opposite; the reader braces for an attack before hearing your point.',
    fix: { kind: 'drop', advice: SAY_IT_PLAINLY },
  },
  {
    name: 'thanks-for-finally',
    keys: ['finally'],
    pattern:
      /(?<=\b(?:thanks?|thank you|thx)(?: (?:so|very) much| a lot)? for )finally\b|(?<=\bappreciate (?:you|it|that|your) )finally\b|(?<=\b(?:nice|good|kind|great) of you to )finally\b/i,
    note: 'Gratitude with a dig at the delay ("thanks for finally sending"). Only "finally" is removed, the thanks stays.',
    why: '"Finally" turns the thanks into a complaint about how long it took.',
    fix: { kind: 'drop', advice: 'Keep the thanks and drop "finally".' },
    // Warm teasing ("thanks for finally fixing the printer, you're a hero") is sincere.
    sentenceNot: /\b(?:hero|legend|lifesaver|life saver|you rock|amazing|awesome|yay|woo+|hooray)\b/i,
  },
  {
    name: 'glad-you-finally',
    keys: ['finally'],
    pattern:
      /\bglad (?:you|someone|somebody|they|he|she) (?:could |have |has |'ve )?finally\b|\b(?:great|nice|good|lovely|glad|happy|wonderful) to (?:finally|at last) (?:hear (?:back )?from you|hear back|get (?:a|an|your|some) (?:reply|response|answer|update)|see (?:a|your|some) (?:reply|response|update))\b|\b(?:you|someone|somebody) (?:have |has )?finally (?:replied|responded|answered|got back|sent|showed up|read|looked|decided|noticed)\b/i,
    note: 'Remarking that the reader "finally" did it. "Glad we finally shipped it" (shared relief) is not matched.',
    why: 'Remarking that someone "finally" acted points at the delay rather than the work.',
    fix: { kind: 'advice', text: 'Thank them without the timing dig, and raise the delay separately if it matters.' },
  },
  {
    name: 'not-to-be-that-person',
    keys: ['not to', 'offen', 'wrong way', 'mean to', 'hate to', 'personally', 'correct me'],
    pattern:
      /\b(?:not to be (?:that|the) (?:person|guy|girl|one)|no offen[cs]e(?: intended)?|don'?t take this the wrong way|i don'?t mean to (?:nag|be (?:a )?pain|be pushy|be rude|complain|harp on(?: this)?)|not to (?:nag|complain|point fingers|harp on(?: this)?|nitpick|nit-pick|be picky|be pedantic|split hairs|pile on|be difficult)|i hate to (?:nag|be (?:that|the) (?:person|guy))),? (?:but\b,?)?|\b(?:don'?t take this personally|correct me if i'?m wrong),? but\b,?/i,
    note: 'Disclaimers that announce a complaint ("not to be that person but…", "no offense, but").',
    why: 'Disclaiming the complaint ("not to be that person") flags it as a complaint; the reader hears the edge.',
    fix: { kind: 'drop', advice: SAY_IT_PLAINLY },
  },
  {
    name: 'not-trying-to-blame',
    keys: ['trying to', 'meaning to', 'wanting to'],
    pattern:
      /\b(?:i'?m|i am|i was|i wasn'?t)(?: not)? (?:trying|meaning|wanting) to (?:blame|point fingers|make (?:a big |a )?(?:deal|thing|fuss)|be difficult|cause (?:drama|trouble)|single (?:anyone|anybody) out|call (?:anyone|anybody) out|throw (?:anyone|anybody) under)/i,
    note: '"I\'m not trying to blame anyone" — a disclaimer that usually precedes exactly that.',
    why: 'Saying you are not blaming anyone tells the reader that blame is on the table.',
    fix: { kind: 'advice', text: 'Skip the disclaimer and say what you need to change: "Next time, can we…?"' },
    sentenceAlso: /\b(?:not|wasn'?t)\b/i,
  },
  {
    name: 'thanks-for-including-me-after',
    keys: ['thank'],
    pattern:
      /\b(?:thanks?|thank you)(?: (?:so|very) much| a lot)? for (?:looping|including|keeping|letting|telling|informing|cc'?ing|copying|involving|consulting|inviting|asking) (?:me|us)\b[^.!?\n]{0,40}?\b(?:after|once) (?:the (?:fact|decision|meeting|call|deadline|launch|announcement)|it (?:was|had)|everything|the [a-z]+ (?:was|were|had))\b/i,
    note: 'Sarcastic thanks for being told too late ("thanks for looping me in after the decision was made").',
    why: 'Thanking someone for including you after the fact is sarcasm; the reader feels the rebuke but not the request.',
    fix: {
      kind: 'advice',
      text: 'Say what you need next time: "I\'d like to be included before decisions on X are made — can you add me to those threads?"',
    },
  },
  {
    name: 'sure-there-were-reasons',
    keys: ['reason'],
    pattern:
      /\b(?:i'?m|i am) sure (?:there (?:was|were|is|are) |you (?:had|have) |they (?:had|have) |someone (?:had|has) )(?:a |some )?(?:very |perfectly |really |excellent |totally )?(?:good|valid|great) reasons?\b/i,
    note: '"I\'m sure there were perfectly good reasons" — granting a reason in a tone that denies it.',
    why: 'Granting "perfectly good reasons" you don\'t believe in is sarcasm the reader will hear.',
    fix: { kind: 'advice', text: 'Ask for the reason, or say what you need: "Can you walk me through why X changed?"' },
  },
  {
    name: 'sure-you-can-appreciate',
    keys: ['sure'],
    pattern:
      /\b(?:i'?m|i am) sure you (?:can |will |'ll |would )?(?:appreciate|imagine)\b|\b(?:i'?m|i am) sure you (?:just )?(?:meant|intended|were going|were planning|forgot) to\b|\b(?:i'?m|i am) sure (?:your|you have|you'?ve got) [^.!?\n]{0,40}?\b(?:more important|better things|other priorities|bigger fish|more pressing)\b/i,
    note: '"I\'m sure you can appreciate…", "I\'m sure you have more important clients" — mock concession.',
    why: 'Mock concession ("I\'m sure you can appreciate") reads as sarcasm and puts the reader on the defensive.',
    fix: { kind: 'advice', text: SAY_IT_PLAINLY },
  },
  {
    name: 'walk-you-through-again',
    keys: ['again'],
    pattern: /\b(?:happy|glad|willing) to (?:walk you through|explain|go over|go through|spell out|repeat)\b[^.!?\n]{0,40}?\bagain\b/i,
    note: 'Offering to explain "again" implies the reader should already know.',
    why: 'Offering to explain it "again" implies the reader should have understood the first time.',
    fix: { kind: 'advice', text: 'Answer the question or point to where it is, without "again": "It\'s on page 2 of the handbook — happy to go through it."' },
  },
  {
    name: 'too-much-to-ask',
    keys: ['too much to ask'],
    pattern: /\b(?:if )?(?:it'?s|that'?s|it is|that is|is (?:it|that)) (?:not )?too much to ask\b/i,
    note: '"If it\'s not too much to ask" — mock deference before a request the writer thinks is obvious.',
    why: '"If it\'s not too much to ask" sounds deferential but implies the reader is unreasonable.',
    fix: { kind: 'advice', text: SAY_IT_PLAINLY },
  },
  {
    name: 'sure-youre-aware',
    keys: ['sure you', 'you well', 'you surely', "you're well", 'you are well', "you're surely", 'you are surely'],
    pattern:
      /\bas (?:i'?m|i am) sure you(?:'re| are)? (?:well |already |fully |perfectly )?(?:aware|know|remember|recall)\b|\bas you(?:'re| are)? (?:well|surely|perfectly well) (?:aware|know|remember)\b/i,
    note: '"As I\'m sure you\'re aware", "as you well know" — granting the reader knowledge in order to point out they acted without it. The neutral "as you know" / "as you may know", and the hedge "I\'m sure you\'re aware of it, but…" (no "as"), are not matched.',
    why: '"As I\'m sure you\'re aware" implies the reader should have known better; it reads as condescension.',
    fix: { kind: 'drop', advice: SAY_IT_PLAINLY },
    sentenceNot: /\b(?:thank|thanks|congrat\w*|excited|happy to|glad to|welcome)\b/i,
  },
  {
    name: 'appreciate-if-you-didnt',
    keys: ['appreciate', 'refrain'],
    pattern:
      /\b(?:i'?d|i would|we'?d|we would) (?:really |greatly |very much )?appreciate (?:it )?if you (?:would |could |'d |can )?(?:not|stop|refrain|no longer|didn'?t|did not|quit|avoid|stopped|refrained)\b|\bkindly refrain from\b/i,
    note: '"I\'d appreciate it if you didn\'t reassign my tickets", "kindly refrain from…" — a reprimand in formal dress. "I\'d appreciate it if you could send the file" (a positive request) is polite and not matched.',
    why: 'Formal courtesy wrapped around a reprimand reads as cold and pointed; say what you need and why.',
    fix: { kind: 'advice', text: 'Say the need and the reason: "Please check with me before reassigning my tickets — I plan my week around them."' },
  },
  {
    name: 'thanks-eventually',
    keys: ['eventually', 'at last', 'at long last'],
    pattern: /\b(?:eventually|at (?:long )?last)[.!]*$/i,
    note: '"Thanks for getting back to me… eventually." — the closing word turns the thanks into a complaint about the delay.',
    why: '"…eventually" turns the thanks into a complaint about how long it took.',
    fix: { kind: 'advice', text: 'Keep the thanks and drop "eventually".' },
    sentenceAlso: /\b(?:thanks?|thank you|thx|appreciate|nice of you|good of you|glad you)\b/i,
    sentenceNot: /\b(?:will|we'?ll|i'?ll|hope|plan|should)\b/i,
  },
  {
    name: 'disclaimer-but',
    keys: ['missing something', 'old-fashioned', 'old fashioned', 'crazy', 'just me', 'being honest', 'just being'],
    pattern:
      /\b(?:maybe|perhaps) (?:i'?m|i am) (?:missing something|crazy|old-fashioned|old fashioned)(?: here)?,? but\b|\bcall me (?:crazy|old-fashioned|old fashioned|naive|pedantic),? but\b|(?<!\bif )\b(?:i'?m|i am|i was) (?:just )?being honest\b|\bjust being honest\b/i,
    note: '"Maybe I\'m missing something, but…", "call me old-fashioned, but…", "I\'m just being honest" — disclaimers that frame the next clause as a dig.',
    why: 'The disclaimer flags what follows as a complaint while disowning it; say the point plainly.',
    // Not "maybe it's just me, but" (softens a polite disagreement on real mail, 0 right of 2) nor
    // "if I'm being honest" (a hedge).
    fix: { kind: 'advice', text: SAY_IT_PLAINLY },
  },
  {
    name: 'thanks-eventually-fragment',
    keys: ['eventually', 'at last', 'at long last'],
    pattern: /^(?:\.{1,3}\s?)?(?:eventually|at (?:long )?last|finally)[.!]*$/i,
    note: '"Thanks for getting back to me. Eventually." — the one-word afterthought is the jab.',
    why: 'The afterthought turns the thanks into a complaint about how long it took.',
    fix: { kind: 'advice', text: 'Keep the thanks and drop the afterthought.' },
    previousAlso: /\b(?:thanks?|thank you|thx|appreciate|nice of you|good of you|glad you)\b/i,
  },
];
