// Fuzzy actions: verbs that ask for attention rather than an outcome, so the reader has to come
// back with "what exactly do you need?" (LABELS.md, vague-ask "what"). Grouped in families that
// share a why and a suggestion shape. Patterns are regex sources over lowercased text, linear
// (alternations and bounded optionals only).

export type FuzzyFamily =
  | 'inspect' // look at, take a look, check this, dig into
  | 'assist' // help with, give me a hand
  | 'meet' // touch base, sync, circle back, follow up on
  | 'opinion' // thoughts?, what do you think, your input
  | 'status' // any updates?, where are we on
  | 'progress' // get on top of, make it happen, figure it out
  | 'polish' // needs some love
  | 'reply' // revert, do the needful
  | 'scope'; // "the pricing page thing", "the DPA stuff": the object itself is a placeholder

export interface FuzzyActionEntry {
  family: FuzzyFamily;
  pattern: string;
  note: string;
}

export const FUZZY_ACTIONS: readonly FuzzyActionEntry[] = [
  // inspect
  {
    family: 'inspect',
    pattern: String.raw`\b(?:take|taking|took|have|having|give|giving|grab|do) (?:it |this |that |them )?(?:a |another |one more |some |a quick |a closer |a second |a fresh |a final |a brief |a proper )?(?:look|looksie|peek|glance|pass|stab|once-over|gander)\b`,
    note: '"Take a look", "have a quick look", "take another pass": attention, not an outcome.',
  },
  {
    family: 'inspect',
    pattern: String.raw`\blook(?:s|ing)? (?:at|into|over|through)\b`,
    note: '"Look at / look into / look over": what should the reader find or decide?',
  },
  {
    family: 'inspect',
    pattern: String.raw`\b(?:dig|digging|poke|poking|dive|diving) (?:into|in|at|around)\b|\beyeball\b`,
    note: '"Dig into it": investigate toward what answer?',
  },
  {
    family: 'inspect',
    pattern: String.raw`\bcheck(?:ing)?(?: out| on)?(?= (?!(?:whether|if|that|for|with|in\b|off\b|the (?:box|status of)|to see|why|how|what|when|who|which))[a-z])|\bcheck(?:ing)?(?: (?:it|this|that))?(?=\s*(?:$|\?|!|\.|,))`,
    note: '"Can you check this?" without saying what to check for. "Check whether…" is concrete and not listed.',
  },
  {
    family: 'inspect',
    pattern: String.raw`\b(?:get|getting|put|putting|have|need|want|use|borrow|lend) (?:some |more |a few |fresh |extra |other |another |your |ur |a second set of |a fresh set of |a second pair of |a fresh pair of |a couple of )?eyes (?:on|over)\b|\b(?:run|cast) (?:your|ur|an|a quick) eye over\b|\bsanity[- ]check\b`,
    note: '"Get some eyes on the nav", "cast an eye over": attention from someone, no finish line.',
  },
  { family: 'inspect', pattern: String.raw`\bgo(?:ing)? (?:over|through) (?:it|this|that|the|my|our|your)\b`, note: '"Go over the contract": for what?' },
  // assist
  {
    family: 'assist',
    pattern: String.raw`\bhelp(?:ing)? (?:me |us |out |me out |us out |out )?(?:with|on)\b|\bhelp (?:me|us) out\b|\bgive (?:me |us )?a (?:hand|helping hand)\b|\b(?:use|need|want|get|borrow) (?:a|some) (?:hand|helping hand)\b|\bassist (?:with|on)\b|\bneed (?:some |a little |a bit of |your |ur )?help\b|\bsome help\b`,
    note: '"Can you help with the deck?": which part, and what counts as done?',
  },
  // meet
  {
    family: 'meet',
    pattern: String.raw`\btouch(?:ing)? base\b|\bcircle back\b|\bsync(?:ing)?(?: up)?\b|\bcatch(?:ing)? up (?:on|about|re)\b|\b(?:hop|jump) on a (?:quick )?call\b|\bconnect (?:on|about|re)\b|\bfollow(?:ing)?[ -]up (?:on|about|re|with)\b|\bcircle up\b|\bbrainstorm (?:on|about|re|some)\b|\bjam (?:on|about)\b|\bpick (?:your|ur) brains?\b|\bhuddle (?:on|about|re)\b|\bget together (?:on|about|re)\b|\bput (?:our|some) heads together\b|\bchat (?:about|on|re)\b`,
    note: '"Touch base", "sync on": a meeting with no stated outcome.',
  },
  // opinion
  {
    family: 'opinion',
    pattern: String.raw`\bthoughts\b|\bwhat (?:do |would )?(?:you|u|y'all|you guys|everyone|people|folks) (?:think|reckon)\b|\bwhat(?:'s| is) (?:your|ur|everyone's) (?:take|view|opinion|feeling)\b|\b(?:your|ur|any|some) (?:input|feedback|two cents|opinions?|views|comments|take)\b|\bweigh in\b|\bchime in\b|\bhave a (?:think|ponder)\b|\bhow do (?:you|u|y'all|you guys|people|folks) feel about\b|\bopen to (?:any |some )?(?:ideas|suggestions|thoughts|input)\b|\bgive (?:it|this|that|them) (?:some |a bit of |a little )?thought\b|\bmull (?:it |this |that )?over\b|\bnoodle on\b|\bideas\?|\b(?:feedback|thoughts|comments|input|opinions|suggestions)(?: (?:are|is))?(?: very| always| most| more than| super| much)? (?:welcome|appreciated|encouraged|wanted)\b`,
    note: '"Thoughts?", "let me know what you think": which question should the reader answer?',
  },
  // status
  {
    family: 'status',
    pattern: String.raw`\bany (?:updates?|news|progress|word|movement|luck)\b|\bwhere (?:are|r) we (?:on|with|at)\b|\bwhat(?:'s| is) the (?:status|latest|update) (?:on|of|with|re)\b|\bstatus (?:update|check)\b|\bjust (?:checking|following) (?:in|up)\b|\bcheck(?:ing)? in (?:on|with|about|re)\b`,
    note: '"Any updates?", "check in on the migration": the reader cannot tell what answer would close the loop. A bare "bumping this" or "circling back on this" is not listed: it points back at an earlier ask, which is where the vagueness (if any) lives.',
  },
  // progress
  {
    family: 'progress',
    pattern: String.raw`\bget(?:ting)? on top of\b|\bget (?:this|it|that|things|the ball) (?:moving|going|rolling|sorted|over the line|across the line|unstuck)\b|\bmake (?:it|that|this) happen\b|\bfigure (?:it|this|that|something|things|stuff|out something) out\b|\bfigure out (?:something|a way|what to do)\b|\bsort (?:it|this|that|something|things|stuff) out\b|\bsort out (?:something|things)\b|\btake (?:this|it|that) on\b|\bdo something about\b|\bdeal with (?:it|this|that)\b|\btake care of (?:it|this|that|them)\b|\bhandle (?:it|this|that|them)\b(?! (?:the same|like|differently|better))|\bput (?:something|sth|a thing|some(?:thing)? quick) together\b|\bmove (?:this|it|things) forward\b|\bpush (?:this|it) (?:forward|along)\b|\bmake (?:some )?progress on\b`,
    note: '"Get on top of it", "figure something out": no first step, no finish line. "Keep an eye on X" is not listed: monitoring is a clear, ongoing action.',
  },
  // polish
  {
    family: 'polish',
    pattern: String.raw`\bneeds? (?:some|a bit of|a little|a little bit of|more|a lot of|serious) (?:love|work|attention|tlc|polish|care|tweaking)\b|\b(?:get|gets|got|getting|give|gives|gave|giving|could use|could do with|deserves?|use) (?:it |this |that |them )?(?:some|a bit of|a little|a little bit of|more|a lot of|some more|some serious) (?:love|tlc|polish|care|attention)\b|\b(?:doesn't|does not|don't|do not) (?:quite )?(?:feel|look) (?:there|right)\b|\bclean (?:it|this|that) up\b|\bmake (?:it|this|that) (?:better|pop|nicer|cleaner)\b`,
    note: '"Needs some love": what change would make it done?',
  },
  // reply (Indian and Gulf business English: "revert" = reply, "do the needful" = do what is required)
  {
    family: 'reply',
    pattern: String.raw`\bdo (?:the|whatever is) needful\b|(?:^|(?<=\b(?:please|pls|plz|kindly|you|u|and|then|&) ))revert(?: back)?(?: to (?:me|us))?(?= *(?:$|[.,!?]|asap|at the earliest|soon|quickly|immediately|urgently|on (?:this|the same|it)|with))`,
    note: '"Revert at the earliest", "do the needful": the reader has to guess what reply or action is needed. "Revert" is a reply only as a request ("kindly revert", "can you revert asap", opening the sentence): "your confusion should revert" is a thing going back.',
  },
  // scope: a placeholder object. Two explicit optional words (no nested quantifier); the words
  // that make "the whole thing", "the same stuff" ordinary English are excluded.
  {
    family: 'scope',
    pattern: String.raw`\b(?:the|that|this|our|your|ur) (?!(?:more|most|less|only|whole|same|other|first|last|best|right|next|main|one|real|kind|sort|entire|big|little|good|bad|whole|funny|weird|important|hard|easy|crazy|latest)\b)[a-z0-9-]{2,20} (?:[a-z0-9-]{2,20} )?(?:thing|things|stuff)\b(?! (?:is|was|that|which|i|we|you))`,
    note: '"Figure out the pricing page thing", "follow up re: the DPA stuff": the object is a placeholder for something the reader has to reconstruct.',
  },
];

/**
 * What makes a fuzzy verb concrete: a stated outcome later in the same ask ("take a look … and
 * tell me whether…", "check it and approve", "look at slide 7 — per seat or per workspace?").
 */
export const CONCRETE_FOLLOW_UPS: readonly { pattern: string; note: string }[] = [
  {
    pattern: String.raw`\b(?:and|then|to|&) (?:tell|let|show) (?:me|us)(?: know)? (?:whether|if|which|what (?!(?:you|u) think)|how many|how much|when|where|why|who)\b`,
    note: '"…and tell me whether X": the answer needed is named.',
  },
  {
    pattern: String.raw`\b(?:and|then|&|to) (?:confirm|approve|sign|send|merge|fix|reply with|post|share|list|flag|book|schedule|submit|correct|pick|choose|decide|answer|add|remove|update|delete|rerun|re-run|deploy|ship|file|raise|estimate|draft|write|forward|return|pay|cancel|mark|move|close|resolve|summari[sz]e|report|sign off|note down)\b`,
    note: '"…and approve it", "to confirm the totals": a concrete deliverable follows.',
  },
  {
    pattern: String.raw`\bwhether\b|\bwhich (?:one|option|version|of)\b|\b(?:a|an) (?:yes|no|go)(?:/| or )(?:no|no-go)\b|\bgo/no-go\b|\byes or no\b|\byes/no\b`,
    note: 'A closed question ("whether…", "which one", "yes/no") tells the reader exactly what to answer.',
  },
];
