// Asks that give the work to nobody in particular (LABELS.md, vague-ask "who"). Regex sources
// over lowercased text; linear.

export type OwnerGapKind =
  | 'indefinite' // someone / anyone / somebody
  | 'impersonal' // "it would be great if this got done", "would be good to get this moving"
  | 'we' // "we should…", "we need to…"
  | 'passive' // "the deck needs to be updated"
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
    kind: 'impersonal',
    pattern: String.raw`\b(?:it(?:'d| would| will| might| may)|would|might|may) be (?:(?:really|very|super|so|much|just|also|probably|especially|hugely|truly) )?(?:great|good|nice|helpful|ideal|wonderful|lovely|awesome|useful|appreciated|better|best|preferable|worthwhile|beneficial|smart|wise|amazing|fantastic|perfect|cool|valuable|important|sensible|excellent|brilliant|handy) (?:if (?:we|this|that|it|these|those|the|our|things|someone|somebody|anyone)|to (?:get|have|see|make|move)|for (?:us|this|that|it|someone))\b`,
    note: '"It would be great if we could…": a wish with nobody holding it.',
  },
  {
    kind: 'we',
    pattern: String.raw`\bwe (?:really |probably |definitely |still |also |just |all |seriously |should probably |might )?(?:should|need to|must|have to|ought to|gotta|got to|'ve got to|'ll need to|will need to|might want to)\b(?! (?:probably |just |definitely )?(?:go with|pick|choose|use|stick with|keep|stay|wait|hold off|be|have|see|know|talk|discuss|meet|chat|decide)\b)|\bcan we make (?:that|this|it) happen\b`,
    note: '"We should clean up the flags" in a group message: each reader can assume another "we" will act. Not decisions ("we should go with B") or meetings ("we should talk").',
  },
  {
    kind: 'passive',
    pattern: String.raw`\b(?:needs?|has to|have to|must|ought to)(?: to)? be (?:[a-z]{2,20}ed|done|signed|sent|written|made|taken|redone|paid|built|given|drawn|run|set up|sorted|fixed)\b|\bneeds? (?:some|a bit of|a little|more|a lot of|serious|an|a) (?:love|work|attention|tlc|polish|owner|cleanup|care)\b`,
    note: '"This needs to be fixed": the doer is left out of the sentence.',
  },
];
