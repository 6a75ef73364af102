// Repeated nudges: reminding the reader that they were already told, or that this is not the
// first ask. The need behind them is legitimate; the framing ("per my last email", "for the
// third time") turns it into a record of the reader's failure. A plain follow-up ("following up
// on the W-9 — could you send it by Thursday?") is not on this list.

import { REPEAT_CUE, WARMTH_CUE } from './passive-aggressive-cues';
import type { JabPhrase } from './passive-aggressive-match';

// The point picked back up is the writer's own ("As I said before, I have little experience with
// Linux", "Like I said, I'm lost", "like I said I'll share a document later"): the writer is
// restating themselves, not the reader's failure to listen; judged wrong in every case by blind
// readers of real chat, email and minutes (sessions 9 and 10). "Like I said, I need you to…" still
// speaks to the reader.
const ABOUT_THE_WRITER = /^\W*(?:i|i'm|im|i've|ive|i'd|i'll|ill|my|me|myself)\b(?![^.!?\n]*\b(?:you|your|u)\b)/;

const RECAP_ADVICE = 'Restate the point itself without pointing back at the earlier message: "To recap: …" or "Quick reminder: …".';
const DIRECT_ADVICE = 'Say the need directly and neutrally: "I haven\'t heard back on X; can you confirm by Friday?"';

// Words for "my earlier message".
const MY_MESSAGE =
  'my (?:last|previous|earlier|prior|original|first|second|below|above|last (?:two|three|few|couple of)|previous (?:two|three|few)|(?:two|three|few|several) (?:previous|last)) (?:e-?mails?|messages?|notes?|replies|reply|dms?|pings?|comments?|requests?|posts?|texts?)';

export const NUDGE_PHRASES: readonly JabPhrase[] = [
  {
    name: 'per-my-last-email',
    keys: ['per my'],
    pattern: new RegExp(`\\b(?:as )?per ${MY_MESSAGE}\\b,?`, 'i'),
    note: 'The canonical jab; "as per my" and "per my last two emails" are the same idea. "Per our call" is neutral and not matched.',
    why: '"Per my last email" reads as "you didn\'t read it": the reader hears the reproach before the request.',
    fix: { kind: 'replace', text: 'To recap:', advice: RECAP_ADVICE, startOnly: true },
  },
  {
    name: 'as-stated-in-my-email',
    keys: ['in my', 'on my'],
    pattern: new RegExp(
      `\\bas (?:i )?(?:stated|mentioned|noted|outlined|explained|said|indicated|requested|asked|wrote|highlighted|flagged) (?:in|on) ${MY_MESSAGE}\\b,?`,
      'i',
    ),
    note: 'Same move as "per my last email", spelled out. "As discussed on the call" (shared context) is not matched.',
    why: 'Pointing back at your earlier message tells the reader they missed it; that lands as blame.',
    fix: { kind: 'replace', text: 'To recap:', advice: RECAP_ADVICE, startOnly: true },
  },
  {
    name: 'as-i-already-said',
    keys: ['as i', 'like i'],
    // "As I said before, …", "like I already mentioned", "as I've mentioned twice already".
    // The repeat marker is part of the phrase ("as I said before", "as I've already mentioned"); a
    // bare "as I mentioned, I'm impressed with…" is ordinary framing.
    pattern:
      /\b(?:as|like) i(?: have|'ve)? (?:already|previously|clearly|explicitly|repeatedly) (?:said|mentioned|stated|noted|explained|pointed out|told you|indicated|asked|wrote|flagged|requested|highlighted)(?: (?:this|it|that))?(?: (?:before|twice|three times|several times|multiple times|many times|a few times|more than once|last week|yesterday))?(?: (?:in|on) [^,.!?\n]{1,40})?,?|\b(?:as|like) i(?: have|'ve)? (?:said|mentioned|stated|noted|explained|pointed out|told you|asked|wrote|flagged|requested)(?: (?:this|it|that))? (?:before|already|previously|twice|three times|several times|multiple times|many times|a few times|more than once|repeatedly)(?: already)?(?: (?:in|on) [^,.!?\n]{1,40})?,?|\bas i (?:already )?told you\b(?: (?:in|on) [^,.!?\n]{1,40})?,?/i,
    note: 'Flagged when the reminder is marked as a repeat (already, before, twice, previously) or uses "told you" (a bare "like I said" is like-i-said). A bare "as I mentioned on the call" is common neutral framing and is not matched.',
    why: '"As I already said" reminds the reader they didn\'t listen the first time, so the point arrives as a reprimand.',
    fix: { kind: 'replace', text: 'Quick reminder:', advice: RECAP_ADVICE, startOnly: true },
    afterNot: ABOUT_THE_WRITER,
  },
  {
    name: 'like-i-said',
    gate: 'reader',
    keys: ['like i'],
    pattern: /\blike i said\b,?/i,
    afterNot: ABOUT_THE_WRITER,
    note: 'A bare "like I said" is a reprimand when it is aimed at a reader ("like I said, you need the admin role"); unaddressed, on real chat it is mostly the writer picking their own thread back up ("Like I said, I\'m going to bed").',
    why: '"Like I said" reminds the reader they didn\'t listen the first time, so the point arrives as a reprimand.',
    fix: { kind: 'replace', text: 'Quick reminder:', advice: RECAP_ADVICE, startOnly: true },
  },
  {
    name: 'i-already-told-you',
    keys: ['already', 'literally', "i've", 'i have'],
    pattern:
      /\bi(?:'ve| have)? already told you\b|\bi(?:'ve| have)? (?:already|literally) (?:said|explained|mentioned|answered|covered|addressed) (?:this|that)\b(?! (?:to|with)\b)|\bi(?:'ve| have) (?:said|told you|explained|mentioned|asked) (?:this |that |it )?(?:before|twice|three times|multiple times|several times|more than once|repeatedly|over and over|a (?:million|hundred|dozen) times)\b/i,
    note: '"I already told you", "I\'ve explained this twice". Needs "told you", a this/that object or a count: "I already mentioned the pricing to Northwind" (news about a third party) stays clean, and so does the warm "I\'ve said it before: you all rock".',
    why: 'Counting how often you have said it turns the message into a complaint about the reader rather than a request.',
    fix: { kind: 'advice', text: RECAP_ADVICE },
    sentenceNot: /\b(?:i'?ll say it again|love|proud|amazing|thank|thanks|great job|well done)\b/i,
  },
  {
    name: 'how-many-times',
    keys: ['how many'],
    pattern: /\bhow many (?:more )?times (?:do|must|will|should|have|did) (?:i|we)\b/i,
    note: 'Rhetorical exasperation ("How many times do I have to revert you?").',
    why: 'A rhetorical "how many times" is a rebuke, not a question; the reader gets the frustration but no clear request.',
    // Real chat: "how many times do we have to write `Send`" is frustration at a language; the
    // rebuke repeats something said or asked (or speaks to the reader).
    sentenceAlso: /\b(?:say|tell|ask|remind|explain|repeat|mention|point out|go over|you|your)\b/i,
    fix: { kind: 'advice', text: "State the rule and the ask once, plainly: \"Please don't X; if it's unclear why, let's talk.\"" },
  },
  {
    name: 'repeated-reminder',
    keys: ['reminder', 'nudge', 'ping', 'bump', 'heads'],
    pattern:
      /\b(?:just )?(?:a |another |one more )?(?:friendly|gentle|kind|quick|polite|little|periodic) (?:reminder|nudge|ping|bump|heads[- ]?up)\b(?: \([^()\n]{1,40}\))?(?: that|:|,| -| —| –)?/i,
    note: 'LABELS: "friendly reminder" is a jab as a repeated nudge. A first, scheduled reminder ("friendly reminder that the office is closed Monday") is neutral, so the sentence must carry a repeat or overdue cue (again, 3rd one, still, were due).',
    why: 'A "friendly reminder" that follows earlier ones reads as pointed: the word "friendly" signals the opposite.',
    fix: {
      kind: 'replace',
      text: 'Quick check:',
      advice: 'Say what you need and by when: "Timesheets were due yesterday — can you submit yours by noon?"',
      startOnly: true,
    },
    sentenceAlso: REPEAT_CUE,
  },
  {
    name: 'not-sure-you-saw',
    keys: ['saw my', 'seen my', 'got my', 'received my', 'read my', 'caught my', 'noticed my', 'at my', 'in case you'],
    pattern:
      /\b(?:not sure|unsure|(?:i )?wasn'?t sure|(?:i )?don'?t know|no idea) (?:if|whether) (?:you )?(?:(?:ever|even|actually) )?(?:saw|seen|got|received|read|caught|noticed|had a chance to (?:see|read|look at)) my\b|\bin case you (?:missed|didn'?t see) (?:my\b|the point\b|it the first time\b|this the first time\b)/i,
    note: 'Aimed at the writer\'s OWN unanswered message. "Not sure if you all saw the announcement in #general" (sharing news) does not say "my" and stays clean.',
    why: '"Not sure if you saw my message" implies the reader ignored it; it reads as a rebuke wrapped in doubt.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
  },
  {
    name: 'got-lost',
    keys: ['lost', 'buried', 'missed', 'overlooked', 'forgotten'],
    pattern:
      /\bin case (?:it|this|that|they|my (?:last |previous |earlier )?(?:e-?mail|message|note)s?|the (?:first|last|other|previous|earlier)(?: (?:one|two|three|few|ones|times?))?) (?:got|get|gets|was|were|went|has been|have been) (?:lost|buried|missed|overlooked|forgotten)\b|\b(?:seems?|seem) to (?:keep )?(?:getting|get) (?:lost|buried|missed|overlooked)\b/i,
    note: 'Ironic "in case the first two got lost" / "since it seems to keep getting lost": the writer knows it was not lost.',
    why: 'Suggesting your message "got lost" implies the reader ignored it; the irony is felt, the request is not.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
  },
  {
    name: 'nth-time',
    gate: 'reader',
    keys: ['d time', 'th time', 'rd time', 'st time'],
    pattern:
      /\b(?:for|now for) the (?:second|third|fourth|fifth|sixth|seventh|nth|umpteenth|hundredth|millionth|\d+(?:st|nd|rd|th)) time\b|\bthis is (?:now |already )?the (?:second|third|fourth|fifth|sixth|nth|umpteenth|\d+(?:st|nd|rd|th)) time\b/i,
    note: 'Counting the asks ("circling back for the fourth time"). Gated on the writer doing the repeating (I, asking, sending, circling back…) and on no celebration in the message ("for the third time this year we won…").',
    why: 'Counting your attempts makes the reader the problem; they feel accused rather than asked.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
    sentenceAlso:
      /\b(?:[a-z]+ing|me|my|i|i'm|im|i'll|i've|we|we're|we've|happy to|glad to|willing to|walk you|explain|show you|remind|circling|bumping|following|asking|reattaching|re-attaching|resending|re-sending|sending|attaching|reminding|chasing|pinging|writing|repeating|explaining|requesting|checking|nudging|reposting|this is)\b/i,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'asked-n-times',
    keys: ['twice', 'times', 'repeatedly', 'more than once'],
    pattern:
      /\b(?:asked|mentioned|said|told you|sent|explained|flagged|raised|requested|linked|shared|posted|attached|pinned|forwarded|pasted|answered|covered|reminded (?:you|everyone|people|the team)|pinged (?:you|you all)|chased|did (?:send|ask|mention|explain|flag|raise|remind you|tell you|say))(?: (?:this|it|that|you|for this|for it|about this|about it|the [a-z]+|my [a-z]+))? (?:twice|three times|four times|multiple times|several times|many times|repeatedly|more than once|a (?:few|couple of|dozen) times)(?: (?:already|now|before))?\b/i,
    // "I've heard it mentioned several times here": others' mentions the writer heard.
    note: '"As I\'ve mentioned twice already", "I\'ve asked three times", "per the doc I linked twice already". Needs a first-person subject in the sentence; a resend after a bounce is not a tally.',
    why: 'Tallying how often you asked turns the request into an accusation.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
    sentenceAlso: /\b(?:i|i've|i'd|we|we've)\b/i,
    sentenceNot: /\b(?:heard|seen|read it|bounced|by mistake|accidentally|sorry|oops|duplicate|(?:a|per) (?:day|week|month)|daily|weekly)\b/i,
  },
  {
    name: 'bumping-again',
    keys: ['again', 'once more', 'one more time'],
    pattern:
      /(?:(?<=^[\s"'(*_]{0,3}(?:@[\w.-]{1,30},?\s{1,3})?)|\b(?:i'?m|i am|i'?ll|i will|i|i have|i'?ve|i had|just|so|here'?s me|we'?re|we are|we have|we'?ve|me)\s+)(?:bumping|bump|circling back|following up|pinging|checking in|chasing|nudging|asking|reminding (?:you|everyone)|writing|reaching out|resending|re-sending|reattaching|re-attaching|attaching|sending|sharing|reposting|re-posting|raising|emailing|attached|sent|resent|re-sent|forwarded|shared|reattached|re-attached|asked|reminded you)\b[^.!?\n]{0,40}?\b(?:again|once again|once more|yet again|one more time)\b/i,
    note: 'The writer repeating their own ask ("bumping this again", "I am writing once again", "I\'m attaching the template again"): the verb opens the sentence or has "I" as subject, so "the CS folks have been asking about it again" (news) is not matched. A corrected resend ("sorry, attaching again with the right file") is not a jab.',
    why: 'Marking the ask as a repeat ("again") puts the delay on the reader; it reads as exasperation.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
    sentenceNot: /\b(?:sorry|oops|whoops|my bad|correct|right (?:file|version|link)|updated|fixed|new version|revised|with the)\b/i,
  },
  {
    name: 'still-waiting',
    keys: ['waiting'],
    pattern:
      /\b(?:still|been) waiting (?:on|for) (?:you\b|your\b|a (?:reply|response|decision|review|sign-?off)|an? (?:answer|update|reply|response)|(?:any )?(?:feedback|input|review|updates?|sign-?off|approval|answers?|replies|responses?)\b|(?:this|that)\b)/i,
    note: 'Waiting on the reader ("still waiting on your feedback"). Waiting on a third party ("still waiting on legal") is a status update and is not matched.',
    why: '"Still waiting" puts the delay on the reader with a sigh, instead of asking for what you need.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
  },
  {
    name: 'sitting-in-your-inbox',
    keys: ['sitting'],
    pattern:
      /\bbeen sitting (?:in|on) (?:your|the|his|her|their) (?:inbox|queue|desk|court|plate|to-?do list)\b|\b(?:still|is|are|it'?s|they'?re) sitting (?:in|on) (?:your|his|her|their) (?:inbox|queue|desk|court|plate|to-?do list)\b|\b(?:it'?s|it has|this has|this'?s|that has) been sitting (?:there|untouched|idle|around)\b/i,
    note: 'Describing how long the reader has left it ("it\'s been sitting in your inbox for two weeks").',
    why: 'Describing how long it has sat with the reader is blame; the useful part is what you need and by when.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
  },
  {
    name: 'as-previously-stated',
    keys: ['previously', 'as already'],
    pattern:
      /\bas (?:previously|already|was previously|was already|has (?:already|previously) been) (?:stated|mentioned|noted|explained|communicated|advised|indicated|said|pointed out|requested|outlined)\b,?/i,
    note: 'The formal cousin of "as I already said" ("As previously stated, returns close after 30 days"). "As previously discussed" (shared context) is not matched.',
    why: '"As previously stated" reminds the reader they were told already; it reads as a reprimand.',
    fix: { kind: 'replace', text: 'Just a reminder:', advice: RECAP_ADVICE, startOnly: true },
  },
  {
    name: 'counting-reminders',
    keys: ['one before', 'reminder', 'only', 'my previous', 'my last', 'my earlier', 'my prior', 'my other'],
    pattern:
      /\band the one before (?:that|it)\b|\breminder (?:#|no\.? ?|number )(?:[3-9]|\d{2,})\b|\b(?:third|fourth|fifth|sixth|3rd|4th|5th|6th|nth|umpteenth) reminder\b|\bmy (?:previous|last|earlier|prior|other) (?:two|three|four|five|six|several|few|\d+) (?:e-?mails|messages|notes|requests|reminders|pings)\b|\bafter only (?:two|three|four|five|six|\d+|a few|several) (?:reminders|emails|e-mails|messages|pings|follow-?ups|nudges|attempts|tries)\b|\b(?:i )?only (?:asked|emailed|pinged|sent it|wrote|requested (?:it|this))\b[^.!?\n]{0,25}?\b(?:days?|weeks?|months?) ago\b|\bonly took (?!me\b|us\b)(?:\w+ ){0,2}(?:days|weeks|months|reminders|tries|attempts)\b/i,
    // Not "it only took me three weeks": the writer's own wait on a vendor, told as a story.
    note: 'Counting the reminders or the wait ("and the one before that", "reminder #4", "after only three reminders", "I only asked three days ago", "only took 3 weeks").',
    why: 'Counting reminders or days waited turns the follow-up into a complaint about the reader.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
  },
  {
    name: 'refer-to-my-email',
    keys: ['refer', 'which'],
    pattern:
      /\b(?:please )?refer (?:back )?to my (?:previous |earlier |last |original )?(?:e-?mail|message|note|reply|comment|answer)s?\b|\bwhich (?:already )?(?:answers|addresses|covers) (?:this|that|your) (?:question|point|concern)\b/i,
    note: '"Please refer to my email of 3 March, which answers this question" — sending the reader back to re-read.',
    why: 'Sending the reader back to your earlier email implies they should have read it; restate the answer instead.',
    fix: { kind: 'advice', text: 'Give the answer again in one line, with a link if useful: "Short answer: X (details in my 3 March email)."' },
  },
  {
    name: 'broken-record',
    keys: ['broken record', 'repeat', 'dead horse', 'again', 'one more time', 'once more'],
    pattern:
      /\b(?:i )?(?:feel|sound|am|'m) like a broken record\b|\bat the risk of (?:repeating myself|sounding like a broken record|beating a dead horse|being repetitive)\b|\b(?:i'?m|i am) not going to (?:keep )?repeat(?:ing)? myself\b|\bi (?:don'?t|do not|won'?t|will not) (?:want to |like to |intend to )?(?:keep )?repeat(?:ing)? myself\b|\b(?:i'?ll|let me|i will) (?:say|repeat|explain|put) (?:it|this|that) (?:again|one more time|once more)(?:,? (?:slowly|more slowly|very slowly|in plain english|for (?:the|everyone|those)))?\b/i,
    note: '"I feel like a broken record", "at the risk of repeating myself", "let me say this one more time" — the writer narrates their own repetition so the reader hears the reproach. "Let me say it again: thank you!" is warm and not matched.',
    why: 'Narrating that you are repeating yourself tells the reader they failed to listen; just restate the point.',
    fix: { kind: 'advice', text: RECAP_ADVICE },
    sentenceNot: /\b(?:thank|thanks|congrat\w*|proud|love|welcome|great job|well done|happy birthday)\b/i,
  },
  {
    name: 'as-discussed-repeatedly',
    keys: ['discussed', 'agreed', 'covered', 'established', 'decided', 'explained'],
    pattern:
      /\bas (?:we(?:'ve| have)? |was |has been |have been |i(?:'ve| have) )?(?:already )?(?:discussed|agreed|covered|established|decided|explained)(?: (?:on|in) [a-z]+)?,? (?:multiple|several|many|countless|numerous|two|three|four|a few|a number of|\d+) times\b|\bas (?:we(?:'ve| have)? |was |has been |i(?:'ve| have) )?(?:already )?(?:discussed|agreed|covered|established|explained),? (?:ad nauseam|repeatedly|over and over(?: again)?|more than once|time and (?:time )?again)\b/i,
    note: '"As discussed multiple times", "as we\'ve established ad nauseam" — shared context turned into a tally. A plain "as discussed on the call" is neutral and not matched.',
    why: 'Counting how often it was discussed tells the reader they should have got it by now; restate the point instead.',
    fix: { kind: 'replace', text: 'To recap:', advice: RECAP_ADVICE, startOnly: true },
  },
  {
    name: 'again-opener',
    gate: 'reader',
    keys: ['again'],
    pattern: /(?<=^[\s"'(*_]{0,3})again,\s(?=(?:the|this|it|it'?s|you|your|please|pls|there|nothing|no|as|we|our)\b)/i,
    note: 'A sentence opening "Again, the SLA is four business hours" restates something as a repeat offence. Warm or closing uses ("Again, thanks so much", "Again, let me know if you have questions") are not matched.',
    why: 'Opening with "Again," reminds the reader they were told before; the point arrives as a reprimand.',
    fix: { kind: 'drop', advice: 'Drop "Again," and state the point.' },
    sentenceNot:
      /\b(?:thank|thanks|sorry|apolog\w*|congrat\w*|welcome|happy|glad|appreciate\w*|love|great|excited|pleased|let me know|feel free|reach out|hesitate|questions?|enjoy|hope|pleasure|wonderful|amazing|fantastic|nice|kudos|well done)\b/i,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'counting-the-wait',
    keys: ['been'],
    pattern:
      /\b(?:it'?s|it has|it'?s now|it has now|that'?s|this has) been (?:over |more than |almost |nearly |well over |a good )?(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|\d+) (?:(?:full |whole |business |working )?(?:days|weeks|months))(?: now)?,? (?:since (?:i|we|my|our)\b[^.!?\n]{0,40}?\b(?:sent|asked|emailed|requested|pinged|submitted|shared|raised|flagged|followed up|messaged|wrote|reached out|first asked)|and (?:still|no|nothing|not a|i(?:'ve| have)?(?: still)? (?:not|n'?t|haven'?t)|we(?:'ve| have)?(?: still)? (?:not|haven'?t)))\b/i,
    note: '"It\'s been three weeks since I sent the draft", "it\'s been two weeks and still nothing" — counting the wait so the reader feels the delay. "It\'s been two weeks since launch and signups look great" has no ask of the writer in it and is not matched.',
    why: 'Counting how long you have waited turns the follow-up into a complaint about the reader.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
  },
  {
    name: 'top-of-your-inbox',
    keys: ['top of your', 'crickets', 'radar', 'slipped'],
    pattern:
      /\b(?:bumping|moving|floating|bringing|pushing|putting) (?:this|it|my (?:e-?mail|message|note|request)) (?:back )?(?:up )?to the top of (?:your|everyone'?s|the) (?:inbox|list|queue|pile|radar)\b|(?:^|\s)\*?crickets\*?(?=[\s.!?]|$)|\b(?:seems to have|must have|may have|might have|probably|must'?ve) (?:fallen|fell|dropped|slipped) (?:off|through|past|out of) (?:your|everyone'?s|the team'?s) (?:radar|plate|list|mind|inbox)\b|\bslipped (?:your|everyone'?s) mind\b/i,
    note: '"Bumping this to the top of your inbox", "*crickets*", "in case it fell off your radar" — the writer\'s exasperation at being ignored, told as a joke the reader is the butt of.',
    why: 'Pointing out that you have been ignored puts the reader on the defensive instead of getting you an answer.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
  },
  {
    name: 'for-the-last-time',
    keys: ['last time', 'final time'],
    pattern: /\bfor the (?:last|final|very last) time\b(?=[,.!:;]|\s*(?:-|—|–|please|pls|the|this|it|we|you|i|[a-z]+ (?:is|are|go|goes|stays?)\b))/i,
    note: '"For the last time, the deploy freeze starts Thursday" — exasperation at having to repeat. "We meet in the old office for the last time this Friday" is a farewell and is not matched.',
    why: '"For the last time" tells the reader they should have listened before; it reads as a reprimand.',
    fix: { kind: 'drop', advice: RECAP_ADVICE },
    sentenceNot:
      /\b(?:this (?:year|week|month|friday|quarter)|before|ever|together|as a team|goodbye|farewell|in the old|meet|met|see|saw|visit|office|building)\b/i,
  },
  {
    name: 'hello-anyone',
    keys: ['hello', 'anyone', 'anybody', 'bueller'],
    pattern: /^(?:hello+|anyone|anybody|bueller)\?{1,4}[.!]*$/i,
    note: 'A lone "Hello?" or "Anyone?" in a message that says how long it has waited ("since Monday", "still") — exasperation at being ignored. A help request ("any ideas? anyone?") with no wait in it is not matched, nor is "Lunch at 12, anyone?".',
    why: 'A lone "Hello?" tells the reader they are ignoring you; ask a specific person instead.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
    messageAlso: /\b(?:still|again|bump\w*|days?|weeks?|since|nobody|no one|yesterday|hours?|twice|waiting)\b/i,
  },
  {
    name: 'as-i-said-in-my-email',
    keys: ['in my'],
    pattern:
      /\bas i (?:said|stated|wrote|explained|made clear|spelled out|pointed out) in my (?:e-?mail|message|note|reply|comment|post)\b(?: (?:on|from|of|last|yesterday|this)[^,.!?\n]{0,25})?,?/i,
    note: '"As I said in my email on Monday, …" — pointing back at your own message, any date. "As I mentioned on the call" is shared context and not matched.',
    why: 'Pointing back at your earlier message tells the reader they missed it; that lands as blame.',
    fix: { kind: 'replace', text: 'To recap:', advice: RECAP_ADVICE, startOnly: true },
  },
  {
    name: 'having-to-repeat',
    keys: ['have to', 'having to', 'had to', 'need to'],
    pattern:
      /\b(?:disappointing|frustrating|sad|unfortunate|annoying|tiring|exhausting|surprising) (?:that|to) (?:i|we) (?:have|need|had|keep having) to (?:send|say|repeat|remind|ask|write|explain|chase|raise|flag)\b|\b(?:i|we)(?:'m| am|'re| are)? (?:have|having|had|need|keep having) to (?:send|say|repeat|remind (?:you|everyone|people)|ask|write|explain|chase|raise|flag)\b[^.!?\n]{0,40}?\b(?:again|yet again|once more|one more time)\b/i,
    note: '"It\'s disappointing that I have to send this email again", "I keep having to remind people…" — the writer\'s burden made the reader\'s fault.',
    why: 'Complaining that you have to repeat yourself turns the reminder into a reprimand; just restate the point.',
    fix: { kind: 'advice', text: RECAP_ADVICE },
    sentenceNot: /\b(?:sorry|apolog\w*|correct(?:ed)?|right (?:file|version|link)|updated|typo)\b/i,
  },
  {
    name: 'no-pressure-but',
    keys: ['no pressure'],
    pattern: /\bno pressure,? but\b/i,
    note: '"No pressure, but the client has been waiting since Tuesday" — the disclaimer delivers the pressure. With a direct ask in the same sentence ("…could you reply by EOD?") it is a softener and not matched.',
    why: '"No pressure, but…" applies pressure while disowning it; say what you need and by when.',
    fix: { kind: 'advice', text: DIRECT_ADVICE },
    sentenceAlso: /\b(?:since|waiting|still|days|weeks|already|again|overdue|late)\b/i,
    sentenceNot: /\b(?:could|can|would|will) you\b|\?/i,
  },
];
