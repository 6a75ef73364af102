// What makes a sentence an ask, and what only looks like one. Used by ../asks.ts.
//
// Each entry is a regex source over lowercased sentence text (straight apostrophes), linear by
// construction: alternations and bounded optional groups only, never a quantified group that
// contains another quantifier. Entries are families of phrasing, not memorised sentences.

export interface CueEntry {
  pattern: string;
  note: string;
}

/** Compiles a table into one case-insensitive alternation (entries wrapped in non-capturing groups). */
export function compileCues(entries: readonly CueEntry[], flags = 'i'): RegExp {
  return new RegExp(entries.map((e) => `(?:${e.pattern})`).join('|'), flags);
}

/**
 * Requests that name the reader or a helper as the one to act. Any match makes the sentence an
 * ask (subject to the offer / boilerplate exclusions below).
 */
export const REQUEST_CUES: readonly CueEntry[] = [
  {
    pattern: String.raw`\b(?:can|could|would|will|won't|wouldn't|can't|cannot)(?: not)? (?:you|u|ya|y'all|you guys|you two|you both|either of you|one of you)\b(?! (?:believe|imagine|guess)\b)`,
    note: 'Modal request to the reader: "can you…", "could u…", "would you…" (not "can you believe").',
  },
  {
    pattern: String.raw`\b(?:would|do|if) (?:you|u) (?:mind|be able to|be willing to)\b|^(?:mind|possible for you(?: guys)?) `,
    note: '"Would you mind…", "if you could be able to", and Slack-clipped "mind looking at…?".',
  },
  {
    pattern: String.raw`\bif (?:you|u|y'all) (?:could|can|would|wouldn't mind|don't mind|are able to|were able to|get a chance|have a (?:chance|moment|minute|sec|second))\b`,
    note: '"I\'d appreciate it if you could…", "if you get a chance, …": the polite conditional request.',
  },
  {
    pattern: String.raw`\b(?:i|we)(?:'d| would| really| also| just| will| 'll)? (?:need|want|like|love|require|expect|ask|asking|request|requesting|urge|invite|encourage) (?:you|u|y'all|everyone|everybody|each of you|all of you|both of you|someone|somebody|anyone) (?:to|guys to|all to|and)\b`,
    note: '"I need you to…", "we\'d like everyone to…", "I\'m asking someone to…".',
  },
  {
    pattern: String.raw`\b(?:i|we)(?:'d| would)?(?: really| greatly| very much| truly)? (?:appreciate|be grateful|be thankful|be glad|be happy) (?:it )?(?:if|for|that) (?:you|u|someone|somebody|anyone|we could)\b|\b(?:i|we)(?:'d| would| will|'ll)(?: really| greatly| very much)? appreciate (?:your|any|a (?:quick|prompt|response|reply|call|review))\b|\b(?:i|we)(?: really| greatly| very much)? appreciate any\b`,
    note: '"I would appreciate it if you…", "we\'d appreciate your input": gratitude in advance is a request.',
  },
  {
    pattern: String.raw`\b(?:any|is there (?:any|a)|what are the) chances?\b(?! of (?:rain|success))`,
    note: '"Any chance you could…", "is there a chance someone…".',
  },
  {
    pattern: String.raw`\b(?:i|we)(?: was| were|'m| am| are|'re)?(?: still| just| really| also)? (?:wondering|hoping) (?:if|whether|when|what|how|who|you|u|someone|somebody|anyone|to get|to have|to hear|to see|for)\b`,
    note: '"I was wondering if you…", "hoping to get your…": the softened request.',
  },
  {
    pattern: String.raw`\b(?:wanted|want|writing|wrote|write|trying|need|needed) to (?:see|check|ask|know|find out|confirm|verify|understand|clarify|learn|make sure|double-check|inquire|enquire) (?:if|whether|when|what|how|who|which|where|why|with you|about|that)\b`,
    note: '"Just wanted to see if…", "writing to ask whether…": the question carried in a statement.',
  },
  {
    pattern: String.raw`\b(?:i|we)(?: really| still| will| 'll| would| 'd| do| urgently| just| also)? (?:need|require|want)(?: to)? (?:your|ur|the|a|an|some|more|it|this|that|them|those|these|what|help|a copy|to know|to get|to have|to see|to hear|to receive|to find out)\b`,
    note: '"I need your sign-off", "we still need the numbers", "I need to know…": what the writer needs from the reader. Excludes "I need to <do my own task>".',
  },
  {
    pattern: String.raw`^(?:still )?(?:need|needs|needed|require|requiring) (?:your|ur|some|a|an|the|help|to|someone|somebody|anyone|eyes|fresh eyes|more eyes|extra eyes|volunteers|hands|input|feedback)\b|^(?:wanna|want to|care to|fancy|interested in|up for|free (?:for|to|at|on|tomorrow|today|tonight|this|next|later)|around (?:for|to|at|tomorrow|today|tonight|this|next|later)|got (?:a (?:sec|second|minute|moment)|time|a few))\b`,
    note: 'Subject-dropped chat: "need help with something", "need your eyes on this".',
  },
  {
    pattern: String.raw`\b(?:it(?:'d| would| will| might| may)|would|'d|might|may) be (?:(?:really|very|super|so|extremely|incredibly|most|much|even|just|also|probably|perhaps|especially|hugely|truly) )?(?:great|good|nice|helpful|ideal|wonderful|lovely|awesome|useful|appreciated|better|best|preferable|worthwhile|beneficial|smart|wise|amazing|fantastic|perfect|cool|appropriate|prudent|valuable|important|necessary|sensible|excellent|brilliant|handy) (?:if|to|for)\b`,
    note: '"It would be great if…", "would be good to get…": a wish that stands in for a request.',
  },
  {
    pattern: String.raw`\b(?:you|u|y'all|you guys|you all)(?:'ll| will| would| 'd)?(?: really| probably| definitely| also| just| still| may| might| both| all)? (?:should|need to|needs to|must|have to|has to|ought to|might want to|may want to|want to make sure|will need to|'ll need to|are (?:expected|required|asked|requested|invited|encouraged) to|'re (?:expected|required|asked|requested|invited|encouraged) to)\b(?! (?:know|be aware|have (?:received|gotten|got|seen|heard|them|it|this|that|one|a copy)|be (?:receiving|getting|hearing|seeing|able to see)|receive|see|hear|already)\b)`,
    note: '"You should…", "you\'ll need to…", "you are required to…": a directive with the reader as subject.',
  },
  {
    pattern: String.raw`\b(?:someone|somebody|anyone|anybody|some1|any1|whoever)(?: (?:with|from|in|on|at|who(?:'s| is| has| knows)) [\w@'#.-]{1,40}(?: [\w@'#.-]{1,40})?)?(?: (?:really|probably|please|pls|actually|ever|maybe))? (?:should|could|would|will|needs? to|has to|have to|must|to|pls|please|wants? to|willing|able|free|around|available|got|have|has|mind|going to|gonna|know|knows|familiar|up for)\b`,
    note: '"Someone should…", "anyone free to…", "someone with SQL access could…": an ask with no named owner ("anyone can merge" is a rule, not an ask).',
  },
  {
    pattern: String.raw`\b(?:maybe|perhaps|possibly|hopefully|ideally|if) (?:someone|somebody|anyone|anybody|some1|any1)(?: (?:from|in|on|at) [\w@'#.-]{1,40})? (?:can|could)(?!['’]|not)\b`,
    note: '"Maybe somebody can talk with them", "if anyone can take this": a hedged ask to nobody in particular ("can" alone states a rule, so the hedge is required).',
  },
  {
    pattern: String.raw`\b(?:might|may|would|could|'d)(?: well| also| probably| really)? be worth (?:someone |somebody |us |one of us |a )?(?!(?:taking|spending|having|setting up|scheduling)\b)[a-z][a-z-]{1,20}ing\b|\bworth (?:someone|somebody|one of us) [a-z][a-z-]{1,20}ing\b`,
    note: '"Might be worth someone checking the DKIM setup": a suggestion with the doer left open (meeting proposals like "worth setting up a call" are invitations).',
  },
  {
    pattern: String.raw`\b(?:i|we)(?:'d| would| really| also| still| just| will|'ll| urgently)? (?:need|want|could use|require) (?:someone|somebody|anyone|anybody|some1) (?:from|on|in|at|with)\b`,
    note: '"We need someone from legal on the call": asks for a helper without naming one.',
  },
  {
    pattern: String.raw`\b(?:could|can) (?:really |definitely |seriously )?(?:use|do with) (?:some|a bit of|a little|more|a lot of|some more|a good|a proper|a quick|another|a second|fresh|a|an) (?:love|tlc|polish|care|attention|cleanup|clean-up|work|help|hand|eyes|review|updating|tidying|update|refresh|rewrite|overhaul)\b`,
    note: '"The docs could use some love", "the portal could do with an update": a hint at work that names neither the change nor who makes it.',
  },
  {
    pattern: String.raw`\b(?:whoever|anyone|anybody|someone|somebody)(?:'s| is) (?:around|free|available|awake)\b`,
    note: '"Whoever\'s around, …", "is anyone free": an open call that leaves the work with whoever answers first, or no one.',
  },
  {
    // Anchored on its own: entries with a "^" branch are also tried at every clause start, so an
    // unanchored branch in the same entry would rescan the rest of the sentence per clause.
    pattern: String.raw`^(?:so )?who (?:wants|can|could|is able|has time|is free|'s free|is up for|'s up for|would like|'d like|volunteers) to (?:take|own|pick up|handle|lead|run|cover|drive|review|look|tackle|write|do|help|grab (?:the|this|that))\b`,
    note: '"Who wants to take the Henderson review?": an open call for a volunteer (not "who wants pizza?").',
  },
  {
    pattern: String.raw`^(?:(?:i'm|we're|i am|we are|very|always|totally|definitely) )?open to (?:any |some )?(?:ideas|suggestions|thoughts|input|feedback)\b`,
    note: '"Open to ideas on…": a request for input phrased as a stance.',
  },
  {
    pattern: String.raw`\b(?:feedback|thoughts|comments|input|opinions|suggestions|edits|ideas)(?: (?:are|is))?(?: very| always| most| more than| super| much| greatly)? (?:welcome|appreciated|encouraged|wanted)\b`,
    note: '"Feedback welcome", "thoughts appreciated": a request for a reply phrased as a notice.',
  },
  {
    pattern: String.raw`\b(?:is|are|does|do|did|can|could|will|would|has|have) (?:anyone|anybody|someone|somebody|any of you|one of you|either of you|everyone|everybody|folks|people|y'all)\b`,
    note: 'Inverted question to an open group, with or without a question mark: "is anyone going to…".',
  },
  {
    pattern: String.raw`\b(?:can|could|shall|should|may|might) we\b|\bhow about we\b|\bwhy don't (?:we|you)\b|\bwhat if we\b`,
    note: 'Joint proposals: "can we sync…", "shall we…", "why don\'t you…".',
  },
  {
    pattern: String.raw`\bwe (?:really |probably |definitely |still |also |just |all |seriously |urgently |should probably |might )?(?:should|need to|must|have to|ought to|gotta|got to|'ve got to|'ll need to|will need to|might want to|need to make sure)\b(?! (?:be (?:extra |very |more |really )?(?:careful|aware|mindful|fine|ok|okay|prepared)|have been|know|wait and see|remember)\b)`,
    note: '"We should…", "we need to…": a proposal that gives the work to nobody in particular.',
  },
  {
    pattern: String.raw`\b(?:needs?|has to|have to|must|ought to)(?: to)? be (?:[a-z]{2,20}ed|done|signed|sent|seen|written|made|taken|redone|paid|built|given|drawn|run|set up|sorted|fixed|ready|finished|complete|completed|in|on|out|live|up to date)\b`,
    note: 'Passive need: "this needs to be updated", "accruals need to be in the system": work with the doer left out.',
  },
  {
    pattern: String.raw`\b(?:needs?|needed|requires?)(?: (?:really|urgently|badly|definitely|still|seriously|probably))? (?!(?:some|any|every|no)thing\b|during\b|morning\b|evening\b|bring\b|string\b|spring\b|meeting\b|building\b|feeling\b|ceiling\b|king\b|ring\b|ping\b)[a-z]{2,20}ing(?: (?:into|at|over|through|up|out|on))?(?=\s*(?:$|[.,;:!?)—–\u2600-\u27bf\ud83c-\ud83e-]|(?:before|by|asap|soon|now|urgently|again|today|tomorrow|this|next|first|still|too|though|tbh|imo|badly|properly|please|pls|and|but|or|so|if|when|once|in|on|at)\b))`,
    note: 'Gerund passive: "this really needs fixing", "the runbook needs updating": the doer is left out.',
  },
  {
    pattern: String.raw`\bshould (?:probably|really|ideally|definitely|eventually|honestly) (?:be (?!(?:finished|completed|shipped|merged|closed|resolved|released|delivered|signed|approved|updated by)\b)(?:[a-z]{2,20}ed|redone|rewritten|sorted|fixed)|get (?:a |an |some )?(?:refresh|update|review|cleanup|clean-up|rewrite|overhaul|owner|polish|look|fix|[a-z]{2,20}ed))\b`,
    note: '"The deck should probably get a refresh", "this should really be fixed": a hedged passive suggestion (a plain "should be done by Friday" is a prediction, so the hedge is required).',
  },
  {
    pattern: String.raw`\bneeds? (?:some|a bit of|a little|more|a lot of|serious|a little bit of|a|an|your) (?:love|work|attention|tlc|polish|cleanup|clean-up|care|updating|fixing|tweaking|review|look|refresh|owner|decision|sign-?off|approval|eyes|input)\b`,
    note: '"The deck needs some love", "this needs an owner": a hint at work that names no action.',
  },
  {
    pattern: String.raw`\b(?:still|just|am|'m|are|'re) (?:waiting|waiting to hear|hoping to hear) (?:on|for|back)\b(?! (?:her|his|him|them|their|the (?:client|customer|vendor|landlord|bank|lawyers?|court|board))\b)|\bwaiting (?:on|for) (?:your|you|ur)\b|\bjust (?:checking|following) (?:in|up)\b|\b(?:circling|following) back\b|\bbump(?:ing)?(?: this)?(?: up| again)?\b(?! into)|\bany (?:updates?|news|progress|word|movement|eta)\b`,
    note: 'Nudges: "still waiting on…", "just checking in", "bumping this", "any updates": the ask is the reply.',
  },
  {
    pattern: String.raw`^(?:please|pls|plz|pl[sz]e|kindly)\b|\b(?:please|pls|plz|kindly) (?!note\b|know\b|be (?:advised|aware)\b)[a-z]`,
    note: 'Politeness markers attached to a verb: "please send", "pls approve", "kindly confirm".',
  },
  {
    pattern: String.raw`(?<!\b(?:i|we|he|she|they|it|who|also|will|'ll|would|did|didn't|not|never|to) )\b(?:let|lemme) (?:me|us|him|her|them|the team|everyone|(?!you\b)[a-z]{2,20}) know\b|\blmk\b|\bkeep (?:me|us) (?:posted|updated|informed|in the loop)\b|\bget back to (?:me|us)\b|\b(?:ping|call|text|email|message|dm) (?:me|us)\b|\bgive (?:me|us) a (?:call|ring|shout|ping|heads up)\b`,
    note: 'Reply requests: "let me know", "lmk", "keep me posted", "ping me".',
  },
  {
    pattern: String.raw`\blet's\b|\blet us (?!know\b)[a-z]|\blets (?:discuss|meet|talk|chat|sync|catch|plan|get|try|move|go|do|wait|set|schedule|review|aim|keep|make|touch|pick|focus|take|start|finish|ship|push|hold|use|see)\b`,
    note: '"Let\'s…": a proposal for joint action (writers often drop the apostrophe).',
  },
  {
    pattern: String.raw`\b(?:i|we)(?:'d| would)? (?:like|love|want) to (?:get|have|hear|see|receive|know) (?:your|ur|some|any|a|an|the|back|from|what|how|when|if|whether)\b|\b(?:i|we)(?:'d| would) (?:like|love) (?:your|ur|some|any|a|an|the) (?:input|feedback|thoughts|opinion|view|views|take|help|answer|update|confirmation|sign-?off|approval|response|reply|comments|review)\b`,
    note: '"I\'d love to get your input", "we would like your feedback".',
  },
  {
    pattern: String.raw`\b(?:i|we)(?:'d| would)? (?:like|want|love|wish) to (?:ask|request|invite|remind|encourage|urge) (?:you|u|everyone|all|that|for)\b|\bthis is (?:just )?a (?:quick |friendly |gentle )?reminder to\b|\bjust a (?:quick |friendly |gentle )?reminder to\b|\breminder to (?:please |pls )?[a-z]`,
    note: '"I\'d like to ask you to…", "just a reminder to submit…".',
  },
  {
    pattern: String.raw`^(?:are|were|will|would|can|could|do|did|does|have|has|is|should|shall) (?:you|u|ya|y'all|you guys|you all|we)\b`,
    note: 'An inverted question to the reader without its question mark: "Are you still available Weds".',
  },
  {
    pattern: String.raw`\b(?:may|can|could|might) (?:i|we) (?:please )?(?:get|have|ask|see|borrow|grab|request|trouble you)\b|\bplease[.!]*\s*$`,
    note: '"May I get a copy of the invoices", "…for January please": a request phrased from the writer\'s side.',
  },
  {
    pattern: String.raw`\b(?:look(?:ing)? forward to|await(?:ing)?|hope to|hoping to) (?:hearing|hear|receiving|getting|your) (?:back|from you|your|reply|response|thoughts|feedback|answer|decision|confirmation)\b`,
    note: '"I look forward to hearing from you": the polite form of "please reply".',
  },
  {
    pattern: String.raw`\bhope (?:that )?(?:you|u|y'all|you guys|you all) (?:can|could|will be able to|'ll be able to|would be able to)\b`,
    note: '"Hope you can join us", "hope you can give us more advice".',
  },
  {
    pattern: String.raw`\b(?:would|'d|will) be (?:much |greatly |really |very |most |so )?(?:appreciated|helpful|great|ideal|useful|wonderful|fantastic|perfect)\s*[.!]*\s*$`,
    note: '"An email on major developments would be helpful." — the wish closes the sentence.',
  },
  {
    pattern: String.raw`\bany (?:thoughts|ideas|suggestions|objections|comments|feedback|input|takers|volunteers|questions for me)\b`,
    note: '"Any thoughts" without a question mark is still a request for a reply.',
  },
  {
    pattern: String.raw`\b(?:i|we)(?:'d| would)?(?: really| also)? (?:like|love|want) to (?:talk|speak|chat|meet|discuss|get together|get in touch|catch up|connect|touch base|sync|circle up|hop on a call|jump on a call|set up|schedule|arrange|visit|see you|have a (?:call|chat|word|quick)|go over|walk you|run (?:this|it|something) by)\b`,
    note: '"I\'d like to discuss…", "I\'d love to talk to you this weekend", chat-clipped "Would love to touch base…": a meeting that needs the reader.',
  },
  {
    // Its own entry: a "^" branch makes an entry a clause-start cue, tried at every clause.
    pattern: String.raw`^(?:would|'d)(?: really| also)? (?:like|love|want) to (?:talk|speak|chat|meet|discuss|get together|get in touch|catch up|connect|touch base|sync|circle up|hop on a call|jump on a call|set up|schedule|arrange|visit|see you|have a (?:call|chat|word|quick)|go over|walk you|run (?:this|it|something) by)\b`,
    note: 'Chat-clipped "Would love to touch base…": the same meeting wish without its subject.',
  },
  {
    pattern: String.raw`(?<!\b(?:so|that|if|how|where|when|what|which|because|as|until|before|after|once|whether) )\bwe (?:can|could) (?!not\b|be\b|see\b|only\b|help\b|make (?:it|this) (?:easy|work)|ship\b|remind\b|offer\b|provide\b|guarantee\b)[a-z]`,
    note: '"Maybe we can discuss in the morning", "alternatively, we could delay": a proposal needing the reader (not "so we can", "we can help").',
  },
  {
    pattern: String.raw`\b(?:i|we)(?: would| 'd|'d| strongly| also| might| may)? (?:suggest|propose|recommend|advise) (?:that |you |we |u |y'all |everyone )?\b|\bmy (?:suggestion|recommendation|ask|request) (?:is|would be)\b|\b(?:the|my|our|one) ask (?:is|here is|for you)\b`,
    note: '"I suggest you…", "my ask is…": a recommendation addressed to the reader.',
  },
];

/**
 * Social formulas that start with a bare verb but ask nothing ("Thanks for…", "Enjoy the
 * weekend", "Don't worry about it"). Checked at the start of an imperative-looking clause.
 */
export const SOCIAL_IMPERATIVES: readonly CueEntry[] = [
  {
    pattern: String.raw`^(?:thanks|thank|thx|ty|tysm|cheers|kudos|congrats|congratulations|welcome|bless|enjoy|sorry|apologies|excuse|forgive|pardon)\b`,
    note: 'Thanks, congratulations, apologies, wishes.',
  },
  {
    pattern: String.raw`^have (?:a|an|fun|a great|a good|a nice|a safe|a lovely|a wonderful|an amazing)\b`,
    note: '"Have a great weekend" — a wish, not a task.',
  },
  {
    pattern: String.raw`^(?:take care|stay (?:safe|warm|dry|cool|tuned|healthy|well)|get well|feel better|rest up|good luck|best of luck|happy (?:birthday|holidays|friday|monday|new year|anniversary)|see (?:you|ya|u)|talk (?:soon|later|to you)|speak soon|catch you later)\b`,
    note: 'Leave-takings and wishes.',
  },
  {
    pattern: String.raw`^(?:do not|don't|dont|never) (?:worry|panic|stress|fret|hesitate|mind|bother)\b|^no (?:worries|problem|prob|stress)\b|^never ?mind\b`,
    note: 'Reassurance ("don\'t worry", "no worries") and offers ("don\'t hesitate").',
  },
  {
    pattern: String.raw`^keep up the (?:good|great)\b|^(?:look|looking) forward\b|^(?:hope|hoping) (?:you|u|all|everyone|this|that|it|the|your|things)\b`,
    note: 'Encouragement and "hope you\'re well".',
  },
  {
    pattern: String.raw`^let(?:'s| us) (?:continue|keep) (?:the |this |our |these |those )?(?:conversation|conversations|discussion|discussions|discussing|talking|chatting|dialogue|thread) going\b|^let(?:'s| us) (?:continue|keep) (?:the |this |our |these |those )?(?:conversation|conversations|discussion|discussions|discussing|talking|chatting|dialogue)\b`,
    note: '"Let\'s continue the conversation": a deferral (a missing decision), not a request anyone can act on.',
  },
  { pattern: String.raw`^let (?:me|us) (?!know\b)[a-z]`, note: '"Let me explain / introduce / take a look": the writer\'s own action.' },
  {
    pattern: String.raw`^(?:listen|look|see|say|wait|hold on|hang on|come on)\s*$`,
    note: '"Listen, …", "Look, …": attention-getters, the clause after the comma carries the content.',
  },
  {
    pattern: String.raw`^let's (?:see|hope|wait and see) (?:how|what|if|whether|where)\b|^let's keep (?:the conversation going|in touch|talking|it up)\b`,
    note: '"Let\'s see how it goes", "let\'s keep in touch": closers, not proposals.',
  },
  {
    pattern: String.raw`^(?:imagine|guess what|believe it or not|mind you|say what you will|trust me|don't get me wrong|make no mistake|rest assured|note to self)\b`,
    note: 'Discourse markers that look like commands.',
  },
];

/**
 * Permission and open offers: the reader may act, not must ("feel free to reach out", "happy to
 * discuss"). From the writer as a person they still invite a reply (kept as kind "offer", never
 * vague); from a company they are boilerplate.
 */
export const PERMISSIONS: readonly CueEntry[] = [
  {
    pattern: String.raw`^(?:feel free|don't hesitate|do not hesitate|never hesitate|don't be shy)\b`,
    note: '"Feel free to call me", "don\'t hesitate to reach out".',
  },
  {
    pattern: String.raw`^(?:i(?:'d| would| will|'ll| am|'m)? )?(?:be |always )?(?:happy|glad|pleased|delighted|available) to (?:discuss|talk|chat|meet|hear|answer|help|walk|go over|set up|jump on|hop on|get together|share|provide|send|assist|review|take a look)\b`,
    note: '"Happy to discuss further", "I\'d be glad to help".',
  },
];

/**
 * The writer proposing to meet or contact the reader ("I'll call you tomorrow to discuss", "I
 * shall join you there", "we would like to speak to you"): the reader is expected to be there
 * or confirm, so it counts as an ask, kept as an offer (nothing for the vague-ask rules to flag).
 */
export const MEETING_PROPOSALS: readonly CueEntry[] = [
  {
    pattern: String.raw`\b(?:i|we)(?: shall| will|'ll| would like to|'d like to| would love to|'d love to) (?:be (?:glad|happy|pleased) to )?(?:(?:give|drop) you a (?:call|ring|line)\b|(?:call|meet|join|see|talk|speak|get back to|discuss|chat|visit|come)\b[^.?!]{0,60}?\byou\b)`,
    note: 'A proposal to meet or contact the reader: "I\'ll call you tomorrow", "I shall be glad to meet you".',
  },
];

/**
 * Invitations and scheduling moves: they ask the reader to come, pick or confirm a time, though
 * no request verb is addressed to them. Counted as asks that invite a reply (kind `offer`), never
 * flagged: "Tuesday works for me" leaves nothing unclear.
 */
export const INVITATIONS: readonly CueEntry[] = [
  {
    pattern: String.raw`\b(?:works?|would work|will work|should work|(?:does not|doesn't|won't|will not|would not|wouldn't) (?:look good|work|suit)|is good|is great|is fine|is perfect|is best|is better|would be (?:best|good|great|better|fine|ideal|perfect|easiest)|suits|looks (?:good|best|better|great|open))(?: better| best)? for (?:me|us|both of us|everyone)\b`,
    note: 'A time offered or accepted: "Tuesday works for me", "Friday is good for us".',
  },
  {
    pattern: String.raw`^(?:maybe|perhaps|how about|what about|or maybe|possibly) (?:on |at |for |in |over |sometime |some time )?(?:(?:the |this |next |early |late )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu|thurs?|fri|sat|sun)s?|(?:this |next )?(?:week|weekend|month)|tomorrow|tonight|lunch|dinner|drinks|coffee|breakfast|\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)?)\b`,
    note: 'A counter-proposal of a time: "Maybe next week.", "How about Friday @ 10am?".',
  },
  {
    pattern: String.raw`^(?:(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu|thurs?|fri|sat|sun)(?: (?:or|and) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu|thurs?|fri|sat|sun))?|(?:this |next )?(?:week|weekend)|tomorrow|\d{1,2}(?::\d{2})? ?(?:am|pm)?)(?: (?:morning|afternoon|evening|night|lunch|\d{1,2}(?::\d{2})? ?(?:am|pm)?))?(?: (?:is|would be|will be|sounds)(?: also)? (?:great|good|fine|perfect|ideal|better|best|ok|okay)| (?:works|would work|will work|should work))\b`,
    note: 'A time accepted or offered on its own: "Thursday is great.", "Tuesday or Wednesday would work."',
  },
  {
    pattern: String.raw`\b(?:i|we)(?:'m| am|'re| are|'ll be| will be| would be) (?:also )?(?:available|free|around) (?:to (?:meet|talk|chat|discuss|get together)|(?:at|for) (?:your|a) convenien|(?:on |at |all |any |most |this |next |tomorrow|today|mon|tue|wed|thu|fri|sat|sun|after|before|until|from)\b)|\bat your (?:earliest )?convenience\b|\b(?:i|we) can (?:meet|talk|chat|get together|do (?:lunch|dinner|coffee|drinks|a call))\b`,
    note: 'The writer\'s availability, offered for the reader to take up: "I\'m available to meet at your convenience".',
  },
  {
    pattern: String.raw`\bif (?:you|u) (?:are|'re) (?:free|available|around|interested|up for it|in town)\b|\bif (?:you|u)(?: would| do)? (?:want|wanna|would like|'d like|care|wish) to (?:further |more |again )?(?:talk|discuss|meet|chat|join|come|go|get together|grab|see|take a look|look|have)\b|\b(?:you can|you may|you could|feel free to) (?:reach|call|contact|phone|ring) (?:me|us)\b|\b(?:i|we) can be (?:reached|contacted)\b|\bask (?:you|u)(?: and \w+)? (?:a|for a|one) (?:small |quick |big |little |huge )?(?:favou?r|question)\b`,
    note: 'An opening the reader may take: "if you want to discuss", "if you are interested".',
  },
  {
    pattern: String.raw`\b(?:would|'d|will|could) (?:love|like|want|be (?:glad|happy|delighted|pleased|honou?red)) (?:to have you|for you to|you to|to see you|to take you|to invite you|to welcome you|to host you|if you (?:could|would|can) (?:join|come|attend))\b|\b(?:hope|hoping) (?:that )?(?:you|u)\b[^.?!]{0,80}\b(?:join|attend|come|make it|be there|participate)\b|(?:^|\b(?:you|u|please|pls|to|and|come|or) )join (?:us|me)\b|\b(?:you are|you're|you have been|you've been) (?:cordially )?invited\b|\b(?:invite|inviting) you\b|\bwanted to ask for your\b`,
    note: 'Invitations: "we would like to have you join us", "hope you will attend", "we\'d love to take you to dinner".',
  },
  {
    pattern: String.raw`\b(?:i|we)(?: would like to|'d like to| would love to|'d love to| wanted to| want to| need to| should| probably need to| probably should|'ll need to| will need to| ought to) (?:(?:schedule|set up|arrange|book) (?:a |some |an )?(?:time|meeting|call|chat|lunch|dinner)|meet|sit down|get together|discuss|talk (?:about|through|with you)|continue (?:the |our |these |those )?(?:discussions?|conversations?)|have you meet)\b|\byou and (?:i|me) (?:need|should|must|have|ought) to\b|\b(?:i|we)(?: shall| will|'ll| would|'d)? be (?:glad|happy|pleased|delighted) to (?:meet|discuss|talk|join|arrange|help (?:to )?arrange|set up|get together)\b|\bmake (?:myself|ourselves) available\b|\b(?:i|we)(?:'ll| will| shall| can| could)\b[^.?!]{0,40}\b(?:give|drop) (?:you|u) a (?:call|ring|line)\b|\b(?:i|we) can (?:call|phone|ring|email|ping) (?:you|u)\b|\b(?:i|we)(?:'ll| will| shall| can| could) (?:stop|drop|swing|come) (?:by|over|round)\b|\b(?:have to|need to|must|'ll have to|will have to|going to have to)(?: once again| again)? reschedule\b|\b(?:schedule|set up|arrange|book) (?:a |some )?(?:time|meeting|call) (?:with you|to discuss|to talk|to go over)\b|\bworth (?:taking|spending|having|setting up|scheduling) (?:a |an |some )?(?:half |quick |few |short )?(?:hour|minutes|time|call|meeting|chat)\b`,
    note: 'The writer proposing to meet or discuss: "I\'d like to schedule a meeting", "we probably need to meet".',
  },
];

/**
 * Verbs that open chat sentences with the subject dropped ("Love it", "Agree with Nadia",
 * "Think we should wait"): base form, but a statement about the writer, not a command.
 */
export const SUBJECT_DROP_VERBS: ReadonlySet<string> = new Set([
  'love', // "Love the new layout"
  'like', // "Like the idea"
  'hate', // "Hate to say it but…"
  'hope', // "Hope you had a good trip"
  'wish', // "Wish I could make it"
  'think', // "Think we should wait"
  'guess', // "Guess we'll see"
  'bet', // "Bet it's the cache"
  'wonder', // "Wonder if it's DNS"
  'suppose', // "Suppose that works"
  'assume', // "Assume that's fine"
  'agree', // "Agree with Nadia"
  'disagree',
  'appreciate', // "Appreciate it"
  'know', // "Know what you mean"
  'believe',
  'miss', // "Miss you guys"
  'feel', // "Feel like we're close"
  'mean', // "Mean to ask…" (rare)
  'doubt',
  'reckon',
  'understand',
  'figure', // "Figure we can wait"
  'need', // handled by the need cues, not as a command
  'want', // "Want to grab lunch?" is a question; bare "want" is a statement
  'am',
  'sound', // "Sound good?" — handled as a question
  'seem',
  'look', // "Look forward to…" / "Looks like" (look at/into is caught by phrases)
]);

/**
 * Conditions on the reader's own wish or need: what follows is an offer or instructions for an
 * optional case ("If you have questions, let me know"; "If you'd like to unsubscribe, click…").
 * A condition on the world ("if everything looks right, please sign") keeps the ask.
 */
export const OFFER_CONDITIONS: readonly CueEntry[] = [
  {
    pattern: String.raw`\b(?:if|should|in case|whenever) (?:you|u|y'all)(?:'d| would| do| ever| still| also| really)? (?:have (?!(?:a |the |some |any )?(?:chance|moment|minute|sec|second|min|time|bandwidth)\b)|need|needs|want|wish|prefer|require|run into|get stuck|hit|notice|no longer|can't find|cannot find|are interested|'re interested|are looking|'re looking|like|would like|'d like|care|happen|decide|feel|continue|haven't|have not|don't want|do not want|don't have|do not have|are unable|'re unable|forgot|forget|are not|'re not|aren't)\b`,
    note: 'The reader\'s own wish or need ("if you have any questions", "should you need anything").',
  },
  {
    pattern: String.raw`\bif (?:there is|there's|there are|there're) (?:anything|any (?:questions|issues|problems|concerns))\b|\bif (?:i|we) can (?:help|assist|be of)\b|\bif (?:it|that|this) (?:helps|would help|is helpful|works better)\b|\bif (?:any|anything) (?:questions|issues|problems|concerns)\b|\bwith any (?:questions|concerns|issues)\b|\bany (?:questions|concerns),\b`,
    note: '"If there\'s anything I can do", "if that helps", "with any questions".',
  },
];

/**
 * Mailing-list and notification boilerplate: instructions printed for everyone, not an ask a
 * person makes of the reader.
 */
export const MAILING_BOILERPLATE: readonly CueEntry[] = [
  { pattern: String.raw`\baddress book\b|\bsafe[ -]?senders?\b|\bwhite ?list\b|\bcontacts list\b`, note: '"Add us to your address book."' },
  {
    pattern: String.raw`\bunsubscribe\b|\bopt[ -]?out\b|\bemail preferences\b|\bnotification settings\b|\bmailing list\b|\bsubscription preferences\b`,
    note: 'Unsubscribe / preferences footers.',
  },
  {
    pattern: String.raw`\b(?:no longer|not) (?:wish|want|like) to receive\b|\bfuture (?:e-?mails|mailings|messages|communications|offers)\b|\breceiv(?:e|ing) (?:these|this|our|such) (?:e-?mails|emails|messages|offers)\b`,
    note: '"If you no longer wish to receive these emails…".',
  },
  {
    pattern: String.raw`\b(?:do not|don't|please do not|please don't) (?:reply|respond) to this\b|\bthis (?:is an )?(?:automated|automatic) (?:message|email)\b`,
    note: '"Do not reply to this email."',
  },
  {
    pattern: String.raw`\bclick (?:here|below|on (?:the|this) link|the (?:link|button)|this link)\b|\b(?:tap|press) here\b|\bview (?:this|it|the) (?:e-?mail|message)? ?(?:online|in (?:your|a) browser)\b`,
    note: '"Click here", "view in your browser".',
  },
];

/**
 * Rhetorical and social questions: they end in "?" but ask the reader to do nothing.
 */
export const RHETORICAL_QUESTIONS: readonly CueEntry[] = [
  {
    pattern: String.raw`^(?:how (?:was|were|did|are|is|'s|have)|how's) (?:you|ya|u|your|the|it|things|everything|everyone|life|the family|the weekend|the trip|the holiday|the vacation)\b(?:[a-z' ]{0,40})(?:\?|going|been|go|went|doing|holding up|treating you|feeling|keeping)`,
    note: 'Social check-ins: "How was the trip?", "how\'s it going?", "how are you?".',
  },
  { pattern: "^(?:how (?:was|were)|how'd) ", note: 'Asking how a past event went is small talk, not a request.' },
  {
    pattern: String.raw`^did (?:you|u|y'all|everyone) (?:have|get|enjoy|had) (?:a|an|fun|the|your)? ?(?:good|great|nice|lovely|fun|relaxing|restful|safe|good time|great time)\b`,
    note: '"Did you have a good weekend?"',
  },
  {
    pattern: String.raw`^(?:who knows|why not|what could (?:possibly )?go wrong|guess what|can you (?:believe|imagine)|could you (?:believe|imagine)|would you believe|how (?:cool|great|awesome|amazing|crazy|funny) is that|what's not to (?:love|like)|who doesn't (?:love|like|want)|remember (?:when|that)|isn't (?:it|that) (?:great|funny|crazy|amazing)|am i (?:the only|wrong|crazy))\b`,
    note: 'Rhetorical formulas.',
  },
  {
    pattern:
      "^(?:right|really|seriously|srsly|huh|eh|no|yes|what|why|ok|okay|sure|again|anyone else|you sure|are you sure|is it|isn't it|no way|how come|so)[?!. ]*$",
    note: 'Bare interjections: "Really?", "Seriously?!".',
  },
  {
    pattern: String.raw`, (?:right|no|eh|yeah|ok|okay|don't you think|wouldn't you say|isn't that so|(?:is|are|was|were|has|have|had|do|does|did|wo|would|could|should|ca|will)n't (?:it|he|she|they|you|we|i|there|that))[?!.\s]*$`,
    note: 'Tag questions ("…, hasn\'t it?") seek agreement, not action.',
  },
  {
    pattern: String.raw`^(?:did you know|have you ever (?:wondered|thought|wanted|dreamed)|ever (?:wonder|wondered|wanted|dreamed|thought)|tired of|looking for (?:a|an|the|more|new)|ready (?:for|to) (?:a|an|the|take|make|start|get)|want to (?:save|earn|make money|lose|win|learn how)|need (?:a loan|cash|money|more (?:time|money|space)))\b`,
    note: 'Marketing hooks: "Did you know…?", "Tired of…?", "Want to save…?".',
  },
];

/**
 * Broadcast calls to action (marketing mail): a commercial verb plus a promotional signal in the
 * same sentence. Addressed to everyone on a list, so not an ask between people.
 */
export const BROADCAST_CTA: readonly CueEntry[] = [
  {
    pattern: String.raw`^(?:shop|buy|order|save|earn|win|join|download|discover|explore|subscribe|upgrade|claim|redeem|act|hurry|browse|register|apply|learn|find out|take advantage|enjoy|unlock|grab|treat yourself|watch|listen|click|tap|visit|sign up|get (?:started|it|yours|your|up to|\d)|try (?:it|us|\w+ (?:free|today|now))|start (?:saving|shopping|earning|your)|check out (?:our|the (?:new|latest))|see (?:what's|how|all|more|why|the latest)|call (?:now|today|\d)|meet (?:our|the new))\b`,
    note: 'Commercial verbs at the head of the call to action.',
  },
];

/** Promotional signals that, next to a commercial verb, mark a broadcast call to action. */
export const PROMO_SIGNAL = String.raw`\b(?:now|today|free|off|offer|offers|sale|deal|deals|discount|exclusive|limited|coupon|code|online|app|apps|store|shop|win|prize|points|rewards|members?|subscribers?|savings|only|instantly)\b|[$%!€£]`;

/** Words a clause may open with before its verb: greetings, mentions, discourse fillers. */
// biome-ignore format: a word list reads better filled than one word a line
export const CLAUSE_FILLERS: ReadonlySet<string> = new Set([
  'hey', 'hi', 'hello', 'yo', 'ok', 'okay', 'oh', 'ah', 'so', 'also', 'and', 'but', 'then', 'just',
  'please', 'pls', 'plz', 'plse', 'kindly', 'now', 'quickly', 'anyway', 'anyways', 'btw', 'again',
  'alright', 'right', 'well', 'um', 'uh', 'ps', 'p.s', 'actually', 'honestly', 'seriously',
  'definitely', 'simply', 'gently', 'quick', 'finally', 'lastly', 'first', 'firstly', 'second',
  'secondly', 'next', 'meanwhile', 'otherwise', 'or', 'tbh', 'fwiw', 'imo', 'guys', 'team', 'all',
  'folks', 'everyone', 'yes', 'yeah', 'yep', 'no', 'nope', 'sure', 'q', 'fyi',
]);
