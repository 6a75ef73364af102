// Emoji used as a jab. Some carry irony on their own (🙄, 🙃); friendly ones (🙂, 👍) turn into a
// smirk only after a complaint ("Third sprint in a row 🙂", "but sure, let's talk about process 👍").
// Self-deprecation ("pushed to the wrong branch again 🙃") is not aimed at anyone and is exempt.

export interface JabEmoji {
  /** The emoji (base code point; skin tones and VS16 after it are part of the span). */
  emoji: string;
  /** 'always': a jab wherever it appears (bar self-blame); 'after-complaint': only after a complaint cue. */
  when: 'always' | 'after-complaint';
  note: string;
  why: string;
}

const SMIRK = 'After a complaint, a smiley reads as a smirk: the reader hears sarcasm and feels mocked.';

export const JAB_EMOJI: readonly JabEmoji[] = [
  { emoji: '\u{1F644}', when: 'always', note: 'Face with rolling eyes.', why: 'An eye-roll emoji is contempt in picture form; the reader feels dismissed.' },
  { emoji: '\u{1F612}', when: 'always', note: 'Unamused face.', why: 'An unamused face signals annoyance without saying what is wrong.' },
  { emoji: '\u{1F611}', when: 'always', note: 'Expressionless face.', why: 'A deadpan face after a message reads as silent annoyance.' },
  {
    emoji: '\u{1F643}',
    when: 'always',
    note: 'Upside-down face: ironic "everything is fine".',
    why: 'An upside-down smile is irony: the reader feels the frustration but gets no clear request.',
  },
  { emoji: '\u{1F642}', when: 'after-complaint', note: 'Slightly smiling face: the classic passive-aggressive smile.', why: SMIRK },
  { emoji: '\u{1F60A}', when: 'after-complaint', note: 'Smiling face with smiling eyes, used as a sugar-coat.', why: SMIRK },
  { emoji: '\u{1F600}', when: 'after-complaint', note: 'Grinning face after a dig.', why: SMIRK },
  {
    emoji: '\u{1F44D}',
    when: 'after-complaint',
    note: 'Thumbs up as a curt dismissal after sarcasm.',
    why: 'A thumbs-up after a complaint reads as a curt brush-off, not agreement.',
  },
  {
    emoji: '\u{1F446}',
    when: 'after-complaint',
    note: '"Scroll up 👆" — pointing at what the reader missed.',
    why: "Pointing up at the earlier message tells the reader they didn't read it.",
  },
  {
    emoji: '\u{1F4CE}',
    when: 'after-complaint',
    note: 'Paperclip after "for the third time".',
    why: "A pointed paperclip on a re-sent file underlines the reader's miss.",
  },
  {
    emoji: '\u{1F44F}',
    when: 'after-complaint',
    note: 'Clapping after a complaint: a slow clap.',
    why: 'Applause after a complaint is a slow clap: sarcasm the reader will feel.',
  },
  {
    emoji: '\u{1F937}',
    when: 'after-complaint',
    note: 'Shrug after a complaint: "not my problem".',
    why: 'A shrug after a complaint reads as a dismissal: the reader hears "not my problem".',
  },
  {
    emoji: '\u{1F440}',
    when: 'after-complaint',
    note: 'Eyes after a repeat or a wait ("still waiting 👀"): watching the reader.',
    why: 'Eyes after a complaint read as "I\'m watching you"; the reader feels pressured rather than asked.',
  },
  {
    emoji: '\u{1F389}',
    when: 'after-complaint',
    note: 'Party popper celebrating a late reply ("wow, a reply 🎉").',
    why: 'Celebrating a late reply is sarcasm; the reader feels shamed.',
  },
];

/**
 * What makes the sentence before a friendly emoji a complaint. Narrow on purpose: "see you at
 * the meeting 🙂" or "thanks again 🙂" must stay clean.
 */
export const COMPLAINT_CUE =
  /\b(?:again[.!]?$|again\b(?! (?:for|to|soon|next|tomorrow))|still (?:waiting|haven'?t|hasn'?t|no|not|nothing)|already (?:said|asked|told|sent|mentioned)|finally|for once|some (?:people|of us|folks)|for some (?:people|of us|folks|teams)|any ?time (?:this|next)|exists for a reason|in a row|apparently|eventually|scroll up|read the|before asking|as (?:i|we) (?:already )?(?:said|mentioned)|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:time|sprint|week|reminder|one|attempt)|but sure|at least|let'?s talk about|wow,? a|can'?t wait|it'?s fine|whatever|i guess|not sure if you saw|per my|bumping|why not|love that|must be nice|busy,? but|it'?d be nice|would be nice|in case (?:you|the|it)|got lost|not the process|isn'?t really|instead of|you know who|this time|only took|only asked|nobody|no one|used to it|suggestion|memo|the only one|good to know|my input|not for|no big deal|mind me|late|only \w+ days|oh wait|then)\b/i;

/** Warmth in the same sentence makes the smile sincere. */
export const SINCERE_CUE =
  /\b(?:thanks|thank you|thx|ty|appreciate|congrat\w*|welcome|happy|glad to|love (?:it|this|you|that idea)|enjoy|well done|great job|nice work|proud|cheers|excited|sorry)\b/i;
