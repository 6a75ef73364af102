// Asks that give the work to nobody in particular (LABELS.md, vague-ask "who"). Regex sources
// over lowercased text; linear.

export type OwnerGapKind =
  | 'indefinite' // someone / anyone / somebody
  | 'impersonal' // "it would be great if this got done", "would be good to get this moving"
  | 'we' // "we should…", "we need to…"
  | 'passive' // "the deck needs to be updated"
  | 'volunteer' // "who wants to take…?", "whoever's around, …"
  | 'unassigned'; // a to-do with no name on it

export interface OwnerGapEntry {
  kind: OwnerGapKind;
  pattern: string;
  note: string;
}

export const OWNER_GAPS: readonly OwnerGapEntry[] = [
  {
    kind: 'indefinite',
    pattern: String.raw`\b(?:someone|somebody|anyone|anybody|some1|any1|whoever)\b`,
    note: 'An ask to "someone" is an ask to no one: everyone assumes another person has it.',
  },
  {
    kind: 'volunteer',
    pattern: String.raw`\bwhoever(?:'s| is) (?:around|free|available|awake)\b|^(?:so )?who (?:wants|can|could|is able|has time|is free|'s free|is up for|'s up for|would like|'d like|volunteers) to (?:take|own|pick up|handle|lead|run|cover|drive|review|look|tackle|write|do|help|grab (?:the|this|that))\b`,
    note: 'An open call for a volunteer: the work goes to whoever answers first, or to no one (not "who wants pizza?").',
  },
  {
    kind: 'impersonal',
    pattern: String.raw`\b(?:it(?:'d| would| will| might| may)|would|might|may) be (?:(?:really|very|super|so|much|just|also|probably|especially|hugely|truly) )?(?:great|good|nice|helpful|ideal|wonderful|lovely|awesome|useful|appreciated|better|best|preferable|worthwhile|beneficial|smart|wise|amazing|fantastic|perfect|cool|valuable|important|sensible|excellent|brilliant|handy) (?:if (?:we|this|that|it|someone|somebody|anyone)\b|if (?!(?:you|u|ya|y'all|you'd|you'll|your|ur|i|i'd|i'm|i'll|me|everyone|everybody|each|all|both)\b)[a-z][a-z'-]{0,20} (?:[a-z][a-z'-]{0,20} )?(?:[a-z][a-z'-]{0,20} )?(?:could|can|would|will|got|get|gets|were|was|is|are|had|has)\b|to (?:get|have|see|make|move)\b|for (?:us|this|that|it|someone)\b)`,
    note: '"It would be great if we could…", "would be amazing if timesheets got submitted", "would be good if eng could…": a wish with nobody (or a whole team) holding it.',
  },
  {
    kind: 'impersonal',
    pattern: String.raw`\b(?:might|may|would|could|'d)(?: well| also| probably| really)? be worth (?:someone |somebody |us |one of us |a )?(?!(?:taking|spending|having|setting up|scheduling)\b)[a-z][a-z-]{1,20}ing\b|\bworth (?:someone|somebody|one of us) [a-z][a-z-]{1,20}ing\b`,
    note: '"Might be worth someone checking…": a suggestion nobody is asked to pick up.',
  },
  {
    kind: 'we',
    pattern: String.raw`\bwe (?:really |probably |definitely |still |also |just |all |seriously |should probably |might )?(?:should|need to|must|have to|ought to|gotta|got to|'ve got to|'ll need to|will need to|might want to)\b(?! (?:probably |just |definitely )?(?:go with|pick|choose|use|stick with|keep|stay|wait|hold off|be|have|see|know|talk|discuss|meet|chat|decide)\b)|\bcan we make (?:that|this|it) happen\b`,
    note: '"We should clean up the flags" in a group message: each reader can assume another "we" will act. Not decisions ("we should go with B") or meetings ("we should talk").',
  },
  {
    kind: 'passive',
    pattern: String.raw`\b(?:can|could|will|would) (?:this|that|it|these|those) (?:please )?(?:be|get) (?:[a-z]{2,20}ed|done|seen to|taken care of|sorted|fixed|redone|rewritten)\b|\b(?:needs?|has to|have to|must|ought to)(?: to)? be (?:[a-z]{2,20}ed|done|signed|sent|written|made|taken|redone|paid|built|given|drawn|run|set up|sorted|fixed)\b|\bneeds? (?:some|a bit of|a little|more|a lot of|serious|an|a) (?:love|work|attention|tlc|polish|owner|cleanup|care)\b|\b(?:needs?|needed|requires?)(?: (?:really|urgently|badly|definitely|still|seriously|probably))? (?!(?:some|any|every|no)thing\b|during\b|morning\b|evening\b|bring\b|string\b|spring\b|meeting\b|building\b|feeling\b|ceiling\b|king\b|ring\b|ping\b)[a-z]{2,20}ing(?: (?:into|at|over|through|up|out|on))?(?=\s*(?:$|[.,;:!?)—–\u2600-\u27bf\ud83c-\ud83e-]|(?:before|by|asap|soon|now|urgently|again|today|tomorrow|this|next|first|still|too|though|tbh|imo|badly|properly|please|pls|and|but|or|so|if|when|once|in|on|at)\b))`,
    note: '"This needs to be fixed", "this really needs fixing": the doer is left out of the sentence.',
  },
  {
    kind: 'passive',
    pattern: String.raw`\bshould (?:probably|really|ideally|definitely|eventually|honestly) (?:be (?!(?:finished|completed|shipped|merged|closed|resolved|released|delivered|signed|approved|updated by)\b)(?:[a-z]{2,20}ed|redone|rewritten|sorted|fixed)|get (?:a |an |some )?(?:refresh|update|review|cleanup|clean-up|rewrite|overhaul|owner|polish|look|fix|[a-z]{2,20}ed))\b|\b(?:could|can) (?:really |definitely |seriously )?(?:use|do with) (?:a |an |some |a bit of |a little |more |a good |a proper |another )?(?:update|refresh|rewrite|overhaul|cleanup|clean-up|review|owner)\b`,
    note: '"The deck should probably get a refresh", "the portal could do with an update": a suggestion with the doer left out.',
  },
];
