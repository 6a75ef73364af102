// "Going forward, please…": a request phrased as a correction of past behaviour. The request is
// fine; the frame ("going forward", "in future", "for future reference") says "you did it wrong".
// A neutral schedule change ("going forward standup is 9:30") has no imperative and is clean.

import type { JabPhrase } from './passive-aggressive-match';

const FRAMES = '(?:going forward|moving forward|in (?:the )?future|from now on|from here on(?: out)?|henceforth|next time|for future reference|in future)';

export const SCOLD_PHRASES: readonly JabPhrase[] = [
  {
    name: 'going-forward-please',
    keys: ['forward', 'future', 'from now', 'here on', 'henceforth', 'next time'],
    // The frame is dropped and the request ("please", "could you", "don't") keeps the capital.
    // The frame opens its clause: "if you get these emails in the future, please unsubscribe" is not a scold.
    pattern: new RegExp(
      `(?:(?<=^[\\s"'(*_]{0,3})|(?<=[,;:]\\s{1,3})|(?<=\\b(?:and|also|but|so) ))${FRAMES},?\\s+(?=(?:please|pls|plz|kindly|don'?t|do not|never|make sure|be sure|remember|could you|can you|i need you to|i'?d (?:ask|like) you to|you (?:need|have|must|should)|let'?s not|ensure|(?:it would|it'?d|would) be (?:great|helpful|nice|good|appreciated|better) if you|i'?d (?:appreciate|prefer) (?:it )?if you|i would (?:appreciate|prefer) (?:it )?if you|i'?d appreciate (?:a|an|being|getting|some)|i would appreciate (?:a|an|being|getting|some)|i expect|we expect|a heads[- ]?up would)\\b)`,
      'i',
    ),
    note: '"Going forward, please cc me", "In future, don\'t merge without review", "In future it would be helpful if you copied me". Only with a request aimed at the reader after the frame; "going forward I\'d like standup at 9:30" (a schedule change) is not matched.',
    why: '"Going forward, please…" frames a request as a correction, so the reader hears "you got this wrong".',
    fix: { kind: 'drop', advice: 'Make the request without the correction frame: "Could you cc me on anything that goes to the client?"' },
  },
  {
    name: 'please-in-future',
    keys: ['forward', 'future', 'from now', 'here on', 'henceforth', 'next time'],
    pattern: new RegExp(
      `(?:(?<=^[\\s"'(*_]{0,3})|(?<=[,;:]\\s{1,3}))(?:please |pls |kindly )?(?:make sure|make certain|be sure|remember|don'?t|do not|never)\\b[^.!?\\n]{3,80}?,?\\s+${FRAMES}(?=\\s*(?:[.!]|$))`,
      'i',
    ),
    note: 'The correction frame at the end of a corrective request ("Please make sure you use the template in future.", "Don\'t merge without review going forward."). A routing note ("please send these to Kristen in the future") is not matched.',
    why: 'Tacking "in future" onto a request frames it as a correction; the reader hears a reprimand.',
    fix: { kind: 'advice', text: 'Drop "in future" / "going forward" and keep the request.' },
  },
];
