// Martyrdom: conceding with a sigh so the reader feels guilty ("no no it's fine, I'll stay late
// and do it myself", "I'll just redo the slides. again."). Offering to take work on sincerely
// ("I'll take this one, no problem") has none of the tells (myself, again, no no it's fine).

import type { JabPhrase } from './passive-aggressive-match';

const SAY_THE_COST = 'Say the real cost and ask for what you need: "I can do the QA tonight, but I\'ll need the build by 4pm next time."';

export const MARTYR_PHRASES: readonly JabPhrase[] = [
  {
    name: 'no-its-fine',
    keys: ['no no', 'no, no', 'myself'],
    pattern:
      /\bno,? no,? (?:it'?s|its|that'?s) (?:fine|ok|okay|totally fine|all good)\b|\b(?:don'?t|do not) worry(?: about (?:it|me))?,? i'?ll (?:just )?[^.!?\n]{0,40}?\bmyself\b|\b(?:it'?s|its|that'?s) fine,? i'?ll (?:just )?[^.!?\n]{0,40}?\bmyself\b/i,
    note: '"No no it\'s fine", "don\'t worry, I\'ll do it myself" — a concession meant to be felt.',
    why: "\"It's fine, I'll do it myself\" signals it isn't fine; the reader feels guilt but gets no clear request.",
    fix: { kind: 'advice', text: SAY_THE_COST },
  },
  {
    name: 'do-it-myself',
    keys: ['myself', 'i guess', 'fine'],
    pattern:
      /\bi'?ll (?:just |go ahead and |have to )?(?:stay (?:late|behind)|redo|re-do|rewrite|rebuild|fix|do|handle|finish|sort|figure|cover|take care of|write|clean|deal with|pick|book|chase|update|test)\b[^.!?\n]{0,40}?\bmyself\b|\bi guess i'?ll (?:just )?(?:do|handle|fix|redo|stay|take care of|figure)\b|^fine,? i'?ll\b/i,
    note: '"I\'ll stay late and do the design QA myself", "I guess I\'ll just do it", "Fine, I\'ll…".',
    why: 'Taking the work on with a sigh ("I guess I\'ll just…") makes the reader guess what you actually want.',
    fix: { kind: 'advice', text: SAY_THE_COST },
    sentenceNot: /\b(?:happy to|glad to|no problem|my pleasure|easier|quicker|faster)\b/i,
  },
  {
    name: 'ill-just-redo',
    keys: ["i'll just", 'ill just'],
    pattern: /\bi'?ll just (?:redo|re-do|rewrite|rebuild|remake|start over|do it again)\b/i,
    note: '"I\'ll just redo the slides" — only when the message marks a repeat (again, like last time) or a sigh.',
    why: '"I\'ll just redo it" sounds like resignation; the reader feels blamed but doesn\'t learn what went wrong.',
    fix: { kind: 'advice', text: SAY_THE_COST },
    messageAlso: /\b(?:again|like last time|as usual|as always|myself|fine|whatever|cool cool)\b|\p{Extended_Pictographic}/iu,
  },
  {
    name: 'dont-mind-me',
    gate: 'reader',
    keys: ['mind me', 'no big deal', 'cancel my', 'skip my', 'miss my', 'give up my'],
    pattern:
      /\b(?:don'?t|do not|never) mind me\b|\bi'?ll (?:just )?(?:cancel|skip|miss|give up) my (?:vacation|holiday|weekend|plans|evening|lunch|pto|day off|time off)\b[^.!?\n]{0,20}?\bthen\b|\bno big deal\b(?=\s*(?:[.!]|$|\p{Extended_Pictographic}))/iu,
    note: '"Don\'t mind me, just fixing it again", "I\'ll cancel my vacation then. No big deal 🙂" — self-sacrifice announced so it will be noticed.',
    why: 'Announcing the sacrifice ("don\'t mind me…") makes the reader feel guilty without saying what you need.',
    fix: { kind: 'advice', text: SAY_THE_COST },
    // "I hope you don't mind me creating a new thread": courtesy asking leave, not martyrdom.
    afterNot: /^\s+[a-z]+ing\b/,
    messageNot: /\b(?:happy to|glad to|no problem at all|my pleasure)\b/i,
  },
  {
    name: 'nth-time-offer',
    keys: ['time'],
    pattern:
      /\b(?:happy|glad|delighted|thrilled|more than happy|willing) to (?:\w+ ){1,4}?(?:a|for the|one more) (?:second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|\d{1,2}th|umpteenth|nth|hundredth|millionth) time\b/i,
    note: '"Happy to redo the slides a fourth time if that\'s what the team needs" — an offer that counts the repeats so the reader feels the cost. "Happy to present it a second time for the EU team" names a reason and is rarely meant as a dig, but the counted redo is the point of the phrase.',
    why: "Counting how many times you've redone it turns the offer into a complaint; say the cost and ask for what would stop the repeats.",
    fix: { kind: 'advice', text: SAY_THE_COST },
    sentenceNot: /\b(?:for the (?:eu|us|new|apac|emea|other)|time zones?|timezones?|anyone who (?:missed|couldn'?t))\b/i,
  },
  {
    name: 'up-to-me-again',
    keys: ['up to me', 'on me', 'down to me', 'looks like i'],
    pattern:
      /\b(?:i )?guess (?:it'?s|it is|that'?s|that leaves) (?:up to|on|down to|falling to) me\b|\b(?:it'?s|it is|that'?s|is|are|falls|fall|fell) (?:up to|on|down to) me (?:again|as usual|as always|once again|yet again)\b|\blooks like (?:i'?m|i am|i'?ll be|i will be) (?:doing|handling|fixing|writing|covering|cleaning|taking care of) (?:it|this|that|them|these|those)(?: [a-z-]{1,20}){0,3}? (?:myself|alone|again then|myself then)\b/i,
    note: '"Guess it\'s up to me then", "looks like I\'m doing it myself again" — taking the work on with a sigh. "It\'s on me to book the room" (a plain ownership note) is not matched.',
    why: 'Taking it on with a sigh makes the reader feel guilty without saying what you need from them.',
    fix: { kind: 'advice', text: SAY_THE_COST },
    sentenceNot: /\b(?:happy to|glad to|no problem|my pleasure|no worries)\b/i,
  },
  {
    name: 'not-like-i-had-plans',
    keys: ['not like', 'should i just', 'do everything', 'do it all', 'all of it'],
    pattern:
      /\b(?:it'?s )?not like i (?:had|have) (?:any )?(?:plans|a life|anything (?:else|better)|other (?:work|things|deadlines)|a weekend|a family)\b|\b(?:it'?s )?not like i (?:eat|sleep|need (?:sleep|lunch|to eat|a break|weekends)|have (?:lunch|weekends|evenings))\b|\bor should i just (?:do|take|handle|fix|finish|write|ask someone else|give up|stop)\b|\bi'?ll (?:just )?do (?:everything|it all|all of it)(?: myself)?(?: then| as usual| as always| again)\b/i,
    note: '"Not like I had plans this weekend", "or should I just do it?", "I\'ll just do everything then" — self-sacrifice announced so it will be felt.',
    why: 'Announcing the sacrifice makes the reader feel guilty without saying what you need.',
    fix: { kind: 'advice', text: SAY_THE_COST },
  },
  {
    name: 'someone-has-to',
    keys: ['has to', 'needs to', 'else will', 'else is going', 'else would', 'else did', 'else does'],
    pattern:
      /^(?:well,? |hey,? |after all,? )?(?:someone|somebody) (?:has|had|needs|needed) to[.!]*$|\b(?:since|because|as|'cause|cause|seeing as) (?:nobody|no one|no-one) else (?:will|would|is going to|seems to|did|does|can be bothered|bothered|cares|volunteered)\b/i,
    note: '"Sure, I can stay until 9 again. Someone has to.", "…since nobody else will" — taking the work on so the others feel it.',
    why: 'Pointing out that nobody else would do it makes the reader feel guilty without asking anyone for help.',
    fix: { kind: 'advice', text: SAY_THE_COST },
  },
  {
    name: 'cancel-my-weekend',
    keys: ["i'll just", 'ill just', 'i will just'],
    pattern:
      /\bi(?:'?ll| will) just (?:cancel|skip|miss|give up|work through|sacrifice) my (?:vacation|holiday|weekend|plans|evening|lunch|pto|day off|time off|saturday|sunday|friday night|sleep|birthday)\b/i,
    note: '"Totally fine, I\'ll just cancel my weekend." — the sacrifice announced with a sigh ("just"). "I\'ll move my 1:1 to Thursday" is scheduling and not matched.',
    why: 'Announcing the sacrifice makes the reader feel guilty without saying what you need.',
    fix: { kind: 'advice', text: SAY_THE_COST },
    messageNot: /\b(?:happy to|glad to|my pleasure|excited)\b/i,
  },
  {
    name: 'ill-just-then',
    gate: 'reader',
    keys: ["i'll just", 'ill just', 'i will just'],
    pattern: /\bi(?:'?ll| will) just [a-z]+\b[^.!?\n]{0,40}?\bthen[.!]*$/i,
    note: '"I see you\'ve reformatted the sheet. I\'ll just redo my formulas then." — resigned compliance. "OK, I\'ll update the doc then" (no "just") is a plain acknowledgement.',
    why: 'Resigned compliance ("I\'ll just… then") signals annoyance without saying what you need.',
    fix: { kind: 'advice', text: SAY_THE_COST },
    sentenceNot: /\b(?:happy to|glad to|no problem|no worries|easier|quicker|faster|thanks)\b/i,
  },
];
