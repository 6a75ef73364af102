// Terse replies used as a jab: a whole message that is only "k.", "Fine.", "Noted." or "sure 🙂".
// Context is the whole message: "ok thanks!" or "on it 👍" are friendly acks and are not here,
// and "Noted — I'll move the release to Thursday" is not terse at all.
// Patterns run against the user's whole reply (greeting, sign-off and name lines removed).

export interface TerseReply {
  pattern: RegExp;
  note: string;
  /** A warmer drop-in for the whole reply; absent when only the writer knows what to say. */
  replacement?: string;
}

// Emoji that carry no warmth when they are the only thing next to a one-word reply.
const COLD = '(?:\\u{1F642}|\\u{1F643}|\\u{1F644}|\\u{1F612}|\\u{1F611}|\\u{1F610}|\\u{1F60F})';
const TAIL = '[\\s.!\\uFE0F]*';

export const TERSE_REPLIES: readonly TerseReply[] = [
  {
    pattern: /^k+\.*$/iu,
    note: 'A lone "k" is the curtest possible acknowledgement; "kk" and "ok" read friendlier but "k" reads as annoyed.',
    replacement: 'OK, thanks!',
  },
  {
    pattern: /^(?:ok|okay)\.+$/iu,
    note: '"Ok." with a full stop reads clipped in chat and email alike; bare "ok" is left alone.',
    replacement: 'OK, thanks!',
  },
  {
    pattern: /^fine[.!]*$/iu,
    note: '"Fine." almost always means it isn\'t.',
    replacement: 'OK, that works.',
  },
  {
    pattern: /^noted\.+$/iu,
    note: 'LABELS: a bare "noted." closes the conversation coldly; "Noted — I\'ll move it to Thursday" is fine.',
    replacement: 'Noted, thanks!',
  },
  {
    pattern: /^sure\.+$/iu,
    note: '"Sure." with a full stop sounds grudging.',
    replacement: 'Sure, will do.',
  },
  {
    pattern: new RegExp(
      `^(?:(?:fine|sure|ok|okay|k|yeah),? )?(?:whatever|if you say so|as you wish|suit yourself|whatever you say|whatever works for you|if you insist)[.!]*\\s*${COLD}*${TAIL}$`,
      'iu',
    ),
    note: 'Dismissive concessions: the reader hears "I disagree and I\'m not going to say why".',
  },
  {
    pattern: new RegExp(`^(?:k|ok|okay|fine|sure|noted|got it|yep|right|understood)[.!]*\\s*${COLD}+${TAIL}$`, 'iu'),
    note: '"sure 🙂", "fine 🙃": a one-word reply with a cold smile reads as a smirk.',
    replacement: 'OK, will do.',
  },
  {
    pattern: new RegExp(
      `^(?:great|perfect|cool|wonderful|lovely|thanks|thank you|nice|amazing|awesome)[.!]*\\s*(?:\\u{1F643}|\\u{1F644}|\\u{1F612}|\\u{1F611}|\\u{1F610}|\\u{1F60F})+${TAIL}$`,
      'iu',
    ),
    note: '"great 🙃": praise with an eye-roll or upside-down smile is sarcasm ("great 🙂" alone stays clean).',
  },
  {
    // biome-ignore lint/suspicious/noMisleadingCharacterClass: skin tones and VS16 are matched one code point at a time on purpose
    pattern: /^(?:k|fine|noted|whatever)[.!]*\s*\u{1F44D}[\s.!\u{1F3FB}-\u{1F3FF}\uFE0F]*$/iu,
    note: '"k 👍", "fine 👍" — a thumbs-up on a curt word reads as a brush-off ("on it 👍" or "ok 👍" stay clean).',
    replacement: 'OK, thanks!',
  },
];
