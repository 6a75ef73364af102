// Implied blame: the writer never says "you got this wrong", but the sentence is built so the
// reader can only hear that ("as everyone knows", "I shouldn't have to say this", "some people
// apparently don't read the ticket", "it's in the thread. scroll up"). Stating a fact or a rule
// plainly ("API keys go in the vault") is not blame; the insinuation around it is.

import { APOLOGY_CUE, GRIEVANCE_CUE, WARMTH_CUE } from './passive-aggressive-cues';
import type { JabPhrase } from './passive-aggressive-match';

const DIRECT_ASK = 'Ask a specific person for a specific thing: "@sam, can you look at the failing tests today?"';

const STATE_THE_NEED = 'State the need plainly, without the insinuation: "Please use the intake form for design requests; it helps us plan."';

export const BLAME_PHRASES: readonly JabPhrase[] = [
  {
    name: 'as-everyone-knows',
    keys: ['as every', 'as any', 'as all', 'as you', 'should', 'ought', 'sure every', 'sure you all', 'sure y'],
    pattern:
      /\bas (?:everyone|everybody|any(?:one|body)|all of you) (?:should |already |surely |must |ought to )?(?:knows?|is aware|are aware|can see)\b|\bas you (?:should|must|ought to) (?:already |surely )?(?:know|be aware|remember)\b|\byou (?:should|ought to) (?:already |really )?know (?:this|that|by now|better)\b|\b(?:i'?m|i am) sure (?:everyone|everybody|you all|y'?all) (?:already )?knows?\b/i,
    note: '"As everyone knows", "as you should know", "I\'m sure everyone knows that already". "As you know" is ordinary email framing and is not matched.',
    why: "Saying everyone already knows implies the reader is the one who doesn't; it lands as a put-down.",
    fix: { kind: 'advice', text: STATE_THE_NEED },
  },
  {
    name: 'shouldnt-have-to',
    keys: ['shouldn', 'should not'],
    pattern:
      /\b(?:i|we) (?:really |honestly |seriously |truly )?(?:shouldn'?t|should not) (?:have|need) to (?:say|tell|remind|ask|explain|repeat|point out|spell|chase|keep|write)\b|\b(?:i|we) (?:really |honestly )?shouldn'?t have to\b/i,
    note: '"I really shouldn\'t have to say this" — the reader is told they should have known.',
    why: '"I shouldn\'t have to say this" scolds the reader for needing to hear it; the rule itself is enough.',
    fix: { kind: 'advice', text: 'Cut the sentence: the rule you just stated is the whole message.' },
  },
  {
    name: 'not-that-hard',
    keys: [
      'how hard',
      'that hard',
      'so hard',
      'that difficult',
      'so difficult',
      'that complicated',
      'so complicated',
      'rocket',
      's hard about',
      's difficult about',
      's complicated about',
      's confusing about',
    ],
    pattern:
      /\bhow hard (?:is it|can it be|could it be|would it be) to\b|\b(?:it'?s|it is|this is|that'?s|that is|it really is)(?:n'?t| not) (?:that|so) (?:hard|difficult|complicated)\b(?! to (?:set up|install|learn|use|get started|fix))|\b(?:it'?s|this is|that'?s) not rocket science\b|\b(?:not sure|i don'?t (?:see|get|understand|know)|i fail to see|no idea) what'?s (?:so )?(?:hard|difficult|complicated|confusing) about\b/i,
    note: '"How hard is it to…", "it\'s not that hard". Reassurance ("don\'t worry, it\'s not that hard to set up") is excluded by sentenceNot and the lookahead.',
    why: 'Calling it "not that hard" implies the reader failed at something simple; they hear contempt, not the request.',
    fix: { kind: 'advice', text: STATE_THE_NEED },
    // "how hard would it be to get a PC with an OpenBoot prom?" asks; real mail used it that way.
    // Asked as a question ("how hard is it to recover a deleted file?", "how hard can it be to…?")
    // it was a genuine or musing question on real chat and mail (0 right of 4); the jab is a statement.
    sentenceNot: /\b(?:don'?t worry|no worries|you'?ll|we'?ll|promise|once you|easy to|how hard would it be)\b|\?\s*$/i,
  },
  {
    name: 'you-know-who-you-are',
    keys: ['who you are'],
    pattern: /\byou know who you are\b/i,
    note: 'Public call-out addressed to an unnamed culprit.',
    why: '"You know who you are" is a public call-out; everyone reading it feels accused.',
    fix: { kind: 'advice', text: 'Talk to the person directly, and keep the group note to the rule itself.' },
  },
  {
    name: 'for-some-people',
    keys: ['for some', 'to some'],
    pattern: /\b(?:for|to) some (?:people|folks|of us|of you|teams)(?=\s*(?:[.!?,;)]|$|\p{Extended_Pictographic}))/iu,
    note: '"Flexible for some people", "optional for some of us": a rule that apparently bends for others. "The layout works better for some people" (a neutral finding) has no such word and stays clean.',
    why: '"…for some people" is blame aimed at an unnamed reader; everyone wonders if it\'s them and nobody knows what to do.',
    fix: {
      kind: 'advice',
      text: 'Name the issue and the ask, not the culprits: "The deadline is Friday for everyone; if you need more time, tell me by Wednesday."',
    },
    sentenceAlso: /\b(?:flexible|optional|nice|glad|lucky|easy|convenient|allowed|apply|applies|rules?|must|enjoy|special|exempt|surprise|news|apparently)\b/i,
  },
  {
    name: 'some-people',
    gate: 'reader',
    keys: ['some people', 'some folks', 'some of', 'some teams'],
    pattern:
      /\bsome (?:people|folks|of you|of us|teams)(?: (?:here|around here|on this team|in this channel))? (?:apparently|clearly|obviously|evidently|still|seem to (?:think|believe|forget|have forgotten|enjoy|love|like|prefer|ignore|struggle|find it|need|want|feel|assume)|never|can'?t|don'?t|didn'?t|won'?t|were here|stayed|actually|just can'?t|just don'?t|are (?:trying to|actually)|were (?:trying to|actually))\b/i,
    note: '"Some people apparently don\'t read the ticket", "some of us were here till 10pm". A neutral "some people prefer X" has no insinuating verb.',
    why: '"Some people…" is blame aimed at an unnamed reader; everyone wonders if it\'s them and nobody knows what to do.',
    fix: { kind: 'advice', text: 'Name the issue and the ask, not the culprits: "Please read the ticket before estimating."' },
  },
  {
    name: 'exists-for-a-reason',
    keys: ['for a reason'],
    pattern: /\b(?:exists?|is there|are there|was created|were created|was set up) for a reason\b/i,
    note: '"#design-requests exists for a reason" — sarcastic reminder of a rule.',
    why: '"Exists for a reason" scolds instead of asking; the reader feels caught out.',
    fix: { kind: 'advice', text: 'Ask for the behaviour you want: "Please post design requests in #design-requests so nothing gets lost."' },
  },
  {
    name: 'rtfm',
    keys: [
      'scroll up',
      'sent to',
      'shared to',
      'emailed to',
      'circulated to',
      'posted to',
      'announced to',
      'distributed to',
      'actually',
      'even ',
      'read the',
      'answered in',
      'covered in',
      'explained in',
      'documented in',
    ],
    pattern:
      /\bscroll up\b(?=\s*(?:[.!]|$|\p{Extended_Pictographic}))|\b(?:which|that|it) (?:was|were|has been|have been) (?:sent|shared|emailed|circulated|posted|announced|distributed) to (?:everyone|everybody|all of you|the whole (?:team|company)|all staff)\b|\b(?:please|pls|plz|you|did you|do you|if you|if anyone|if people|nobody|no one|anyone|someone|somebody|anybody)(?: (?!i\b|we\b|he\b|she\b|they\b)\w+){0,2} (?:actually|even) (?:read|open(?:ed)?|look(?:ed)? at|check(?:ed)?|tried|try|bother(?:ed)?|test(?:ed)?|click(?:ed)?|answer(?:ed)?|repl(?:y|ied)|respond(?:ed)?)\b|\b(?:remember|try|make sure|be sure|bother|manage|expected|expect you|asking you|ask you|need you) to actually [a-z]+\b|\bread the (?:doc|docs|documentation|handbook|wiki|readme|faq|manual|thread|ticket|spec|page)s? (?:first|before (?:asking|you ask|posting|pinging|messaging))\b|\b(?:questions?|things?) (?:that (?:are|were|have been)|already) (?:answered|covered|explained|documented) in\b/iu,
    // "Mind you I never even bothered trying": a new subject between them makes it the writer's own.
    note: '"Scroll up", "which was sent to everyone in January", "please actually read this", "read the doc before asking". Helpful pointers ("it\'s in the doc, section 3") are not matched.',
    why: "Pointing out that the answer was already available tells the reader they didn't bother to look.",
    fix: { kind: 'advice', text: 'Point to the answer without the dig: "It\'s in the thread above (Mar 3) — here\'s the link."' },
  },
  {
    name: 'fragment-again',
    keys: ['again', 'last time', 'always', 'usual', 'every', 'where'],
    pattern:
      /^again[.!?]*$|^(?:right )?where (?:it|they|this|that|these|those) (?:always|has always|have always|has always been|have always been) (?:is|are|been|lives?|sits?)?[.!]*$|^(?:just )?(?:like|as) (?:last time|always|usual|every (?:time|other time|week|sprint|quarter))[.!]*$|\((?:[a-z]+,? )?again[.!]?\)/i,
    note: 'A one-word "Again." (or "Like last time.", "(updated, again)") tacked on to mark a repeat offence. Not "Thanks (again!)": warmth repeated.',
    why: 'A pointed "Again." turns a fact into an accusation of a pattern.',
    sentenceNot: /\b(?:thanks?|thank you|thx|ty|sorry|congrat\w*|welcome|cheers|appreciated?)\b/i,
    fix: {
      kind: 'advice',
      text: 'If it keeps happening, say so directly and propose a fix: "This is the third sprint with late changes; can we freeze scope at sign-off?"',
    },
  },
  {
    name: 'hindsight',
    keys: [
      'been great',
      'been nice',
      'been good',
      'been helpful',
      'been useful',
      'been lovely',
      'been appreciated',
      'been even',
      'been better',
      'been more',
      'been much',
      'been nicer',
      'next time',
    ],
    pattern:
      /\bwould(?:'ve| have) been (?:great|nice|good|helpful|useful|lovely|appreciated) to (?:know|hear|be told|find out|have known|be included|be asked|be invited|be consulted|be informed|be looped in|be cc'?d|be copied|be warned|get (?:a|an|some|the) (?:heads|warning|notice|say|chance|invite|update)|have (?:a|an|some|the) (?:heads|warning|notice|say|chance)|receive|see (?:it|this|that|the [a-z]+) (?:before|earlier|first|in advance))\b|\bwould(?:'ve| have) been (?:even |much |a lot |way )?(?:better|more helpful|more useful|nicer) (?:before|earlier|yesterday|last week|in advance|if (?:you|someone|anyone|i)'?d?)\b|\bwould (?:love|like|prefer|appreciate) (?:to (?:get|have|hear|see) |getting |having |hearing )?[^.!?\n]{0,30}?\bbefore\b[^.!?\n]{0,50}?\bnext time\b/i,
    note: '"Which would have been great to know on Friday" — a complaint dressed as a wish.',
    why: 'Sarcastic hindsight ("would have been great to know") complains without asking for anything.',
    fix: { kind: 'advice', text: 'Ask for what you need next time: "Next time, can you tell me before I start on it?"' },
  },
  {
    name: 'for-once',
    keys: ['for once', 'just once'],
    pattern: /\b(?:nice|good|great|lovely|helpful|refreshing)\b[^.!?\n]{0,30}?\b(?:for once|just once)\b/i,
    note: '"It would be nice, for once, to be included" — implies it never happens.',
    why: '"For once" says it never happens; the reader hears an accusation, not a request.',
    fix: { kind: 'advice', text: 'Make the request: "Can you include us in these conversations before changes are announced?"' },
  },
  {
    name: 'found-out-from',
    keys: ['find', 'found', 'hear', 'learn'],
    pattern:
      /\b(?:find|found|finding|hear|heard|hearing|learn|learned|learnt|learning) (?:out )?(?:about )?(?:[^.!?\n]{0,40}? )?from (?:the |a |our |their |some |a random )?(?:customers?|clients?|cfo|ceo|press|news|twitter|linkedin|vendors?|partners?|competitors?|someone else|another team|a third party|all-?hands|slack)\b/i,
    note: 'Complaining that news came second-hand. Only with a grievance marker ("I\'d rather not", "love that", "had to"); "I heard from the client that they loved it" is news.',
    why: 'Complaining that you heard it second-hand reads as a jab; ask to be told first instead.',
    fix: { kind: 'advice', text: 'Ask for the change: "Please loop me in on scope changes before they go to the client."' },
    sentenceAlso: /\b(?:rather not|love that|had to|instead of|not from you|second-?hand|of all people)\b|\p{Extended_Pictographic}/iu,
  },
  {
    name: 'insinuating-timing',
    keys: ['funny', 'interesting', 'curious', 'strange', 'odd', 'amazing', 'conveniently'],
    pattern:
      /\b(?:funny|interesting|curious|strange|odd|amazing) (?:how|that)\b[^.!?\n]{0,80}?\b(?:right|just|only|immediately|suddenly|conveniently) (?:after|before|when|as soon as|once)\b|\bfunny how\b[^.!?\n]{0,60}?\b(?:always|never|only|every time|suddenly|somehow)\b|\bconveniently (?:forgot|forgotten|left out|missed|ignored|skipped|overlooked|omitted|dropped)\b/i,
    note: '"Interesting that the estimate doubled right after I dropped off the call" — insinuation by timing.',
    why: 'Insinuating a connection ("interesting that… right after") accuses without saying it; the reader gets defensive.',
    fix: { kind: 'advice', text: 'Ask about it directly: "The estimate went from 5 to 10 days — what changed?"' },
  },
  {
    name: 'ever-going-to',
    keys: ['ever going', 'ever gonna', 'anyone ever', 'anybody ever'],
    pattern:
      /\b(?:is|are|will|was|were) (?:anyone|anybody|someone|somebody|you|they|we|people) (?:\w+ )?ever (?:going|gonna) to\b|\b(?:will|would|does|do) (?:anyone|anybody) ever\b/i,
    // Not "did anyone ever play with this?": asking about experience (real list mail, judged wrong).
    note: '"Is anyone ever going to look at staging" — rhetorical question that complains rather than asks.',
    why: 'A rhetorical "is anyone ever going to…" complains; it doesn\'t ask anyone in particular to do anything.',
    fix: { kind: 'advice', text: 'Ask a person for a specific thing: "@sam, can you look at staging today?"' },
  },
  {
    name: 'for-the-record',
    keys: ['same page', 'record', 'clear', 'aware'],
    pattern:
      /\b(?:just )?(?:so (?:we'?re|we are|everyone'?s|everyone is|you'?re|you are|it'?s) (?:all )?(?:clear|on the same page|aware)|for the record),?\s*(?:i|we)(?:'ve| have| had)? (?:already |did |actually )?(?:sent|shared|told|said|mentioned|flagged|asked|raised|delivered|submitted|posted|emailed|warned|replied|answered|approved|did)\b/i,
    note: 'Covering yourself in public ("just so we\'re all on the same page, I sent the file on the 3rd").',
    why: 'Setting the record straight in public implies the reader is at fault; it reads as defensive blame.',
    fix: { kind: 'advice', text: 'Point to it helpfully: "The file is in this thread (sent on the 3rd) — here\'s the link."' },
  },
  {
    name: 'you-do-realise',
    gate: 'reader',
    keys: ['you do', 'right?'],
    pattern:
      /\byou do (?:reali[sz]e|understand|know|see)\b|\byou(?:'re| are) (?:aware|conscious) (?:that|of)\b[^?\n]{0,120}?,? right\?|\byou (?:realise|realize|understand|know) (?:that )?[^?\n]{0,120}?,? right\?/i,
    note: '"You do realise…", "you\'re aware that X, right?" — a question that assumes the reader is ignorant.',
    why: 'A "you do realise…, right?" question talks down to the reader instead of sharing the information.',
    fix: { kind: 'advice', text: 'Share the fact as information: "Heads-up: X affects Y, so …"' },
  },
  {
    name: 'why-do-you-keep',
    keys: ['why'],
    pattern:
      /\bwhy (?:do|does|would|did|must) (?:you|they|people|someone|everyone) (?:always |just )?keep\b|\bwhy (?:are|is) (?:we|it) always (?:the ones?|me|us)\b/i,
    note: '"Why do you keep doing that?" — a rhetorical complaint about a pattern.',
    why: 'A rhetorical "why do you keep…" accuses the reader of a pattern instead of asking for a change.',
    fix: { kind: 'advice', text: 'Describe what happened once and ask for the change: "X was changed back twice; can we agree on it here first?"' },
  },
  {
    name: 'condescending-check',
    keys: ['?'],
    pattern: /^(?:got it|is that clear|do you understand|understood|capisce|capiche|am i clear|are we clear|clear)\?+$/i,
    note: 'A closing "Got it?" / "Is that clear?" treats the reader as a subordinate being told off.',
    why: 'Ending with "Is that clear?" talks down to the reader.',
    fix: { kind: 'advice', text: 'Invite questions instead: "Let me know if anything is unclear."' },
  },
  {
    name: 'not-the-process',
    keys: ['agreed', 'decided', 'discussed'],
    pattern: /\b(?:is|was|isn'?t|wasn'?t)(?: really)?(?: not)? (?:the|our) (?:process|way) we (?:agreed|all agreed|decided|discussed)(?: on)?\b/i,
    note: '"DMing me at 11pm isn\'t really the process we agreed on" — rule reminder framed as a catch.',
    why: 'Reminding someone of "the process we agreed on" frames them as breaking a rule; ask for what you need instead.',
    fix: { kind: 'advice', text: STATE_THE_NEED },
    sentenceAlso: /\b(?:isn'?t|wasn'?t|not)\b/i,
  },
  {
    name: 'grievance-parenthetical',
    keys: ['('],
    pattern: /\((?:eventually|finally|allegedly|supposedly|apparently|again|as usual|of course|naturally)[.!?]?\)/i,
    note: 'A parenthetical aside like "(eventually)" or "(as usual)" adds a dig to an otherwise neutral line.',
    why: 'A sarcastic aside in brackets adds a dig the reader will notice more than the point.',
    fix: { kind: 'advice', text: 'Drop the aside; if the delay matters, say so and propose a fix.' },
    // "Thanks (again!)": warmth repeated, not a grievance.
    sentenceNot: /\b(?:thanks?|thank you|thx|ty|congrat\w*|welcome|cheers|appreciated?)\b/i,
    messageNot: WARMTH_CUE,
    messageAlso: GRIEVANCE_CUE,
  },
  {
    name: 'double-standard',
    keys: ['time', 'but not'],
    pattern: /\b(?:found|find|had|have|has|made|make|makes|finds) (?:the )?time (?:for|to) [^.!?\n]{1,60}? but not (?:for|to)\b/i,
    note: '"Everyone found time for the offsite planning but not for the incident review" — pointing out what the reader chose over your ask.',
    why: 'Contrasting what they found time for with your ask is a dig; the reader hears judgement, not a request.',
    fix: { kind: 'advice', text: DIRECT_ASK },
  },
  {
    name: 'nobody-cares',
    keys: ['nobody', 'no one', 'no-one', 'anyone', 'anybody', 'bother', 'take it'],
    pattern:
      /\b(?:that|which) (?:nobody|no one|no-one) (?:has |have |ever )?(?:answered|replied to|responded to|read|looked at|acknowledged|commented on)\b|\bif (?:anyone|anybody) (?:even |actually )?cares\b|\bnot that (?:anyone|anybody) (?:cares|asked|noticed|reads|read|listens)\b|\b(?:nobody|no one) (?:else )?(?:seems to )?(?:care|cares|bothered|bothers)\b|\b(?:not sure|no idea|don'?t know) why i (?:even )?bother\b|\bwhy (?:do|did|should) i (?:even )?bother\b|\bi take it (?:that )?(?:nobody|no one|no-one|everyone|everybody)\b|\bi take it (?:that )?(?:you|we|they|someone|somebody) (?:didn'?t|did not|haven'?t|have not|never|don'?t|aren'?t|weren'?t|forgot)\b/i,
    note: '"The thread nobody answered", "if anyone cares", "not sure why I bother", "so I take it nobody tested this". Facts about who has not done something yet ("nobody has modeled the cost yet") are not matched.',
    why: 'Saying nobody cares or answered is a complaint aimed at everyone; it invites guilt, not action.',
    fix: { kind: 'advice', text: DIRECT_ASK },
  },
  {
    name: 'more-of-a-suggestion',
    keys: ['suggestion', 'guideline', 'memo', 'optional', 'voluntary'],
    pattern:
      /\bmore of a (?:suggestion|guideline|rough guide|friendly suggestion)\b|\b(?:just|only|merely) a (?:suggestion|guideline) (?:now|apparently|these days|at this point)\b|\b(?:must have|must've|guess i|i guess i|did i|seem to have) missed (?:the|a) memo\b|\b(?:optional|voluntary) (?:now|again|apparently|these days|all of a sudden)\b|\bapparently (?:optional|voluntary)\b/i,
    note: '"Guess the deadline was more of a suggestion", "I must have missed the memo where we stopped reviewing code" — sarcasm about a rule being ignored.',
    why: 'Calling a rule "more of a suggestion" mocks the reader for ignoring it instead of asking them to follow it.',
    fix: { kind: 'advice', text: STATE_THE_NEED },
    sentenceNot: /\b(?:this is|it'?s|here'?s) (?:just |only )?a suggestion\b|\bmy suggestion\b/i,
  },
  {
    name: 'this-time',
    gate: 'reader',
    keys: ['this time'],
    pattern: /\bthis time\b(?=[\s)]*(?:[.!?]|$|\p{Extended_Pictographic}))/iu,
    note: '"I trust you\'ll have the numbers by Friday this time" — a request that ends by recalling the last failure.',
    why: 'Ending a request with "this time" reminds the reader of the last miss; it reads as a rebuke.',
    fix: { kind: 'advice', text: 'Drop "this time" and keep the request and the date.' },
    sentenceAlso: /\b(?:trust|hope|please|make sure|can you|could you|will you|you'?ll|you will|remember|try to|let'?s)\b/i,
    sentenceNot: /\b(?:sorry|my bad|i'?ll|we'?ll|again,? thanks|thanks again)\b/i,
  },
  {
    name: 'come-to-my-attention',
    keys: ['attention', 'obvious', 'self-evident'],
    pattern:
      /\bit has (?:come|been brought) to (?:my|our) attention\b|\bi would(?:'ve| have) thought (?:it was|it'?s|that was|this was|that it was) (?:obvious|clear|self-evident|common sense)\b|\b(?:should|ought to) (?:be|have been) (?:obvious|self-evident|common sense)\b/i,
    note: '"It has come to my attention that…", "I would have thought it was obvious" — formal openers that announce a reprimand.',
    why: 'This framing announces a reprimand and implies the reader should have known better.',
    fix: { kind: 'advice', text: STATE_THE_NEED },
  },
  {
    name: 'rhetorical-are-we',
    keys: ['we ', "we're"],
    pattern:
      /\b(?:are|r) we (?:just |now |all |seriously )?(?:ignoring|skipping|pretending|letting|not (?:doing|bothering|testing|reviewing|reading)|ok with|okay with|fine with)\b[^.!?\n]{0,60}?(?:\bnow\b|\banymore\b|\bor\b)\s*[?.!]*$|\b(?:(?:cool|great|ok|okay|oh|wow|nice|right|awesome|perfect|lovely|fantastic),? so (?:we'?re|we are) (?:just |now |apparently )?|so (?:we'?re|we are) (?:just|apparently) )[a-z]+ing\b[^.!?\n]{0,60}?\bnow\b|\bso now (?:we'?re|we are|you'?re|you are|everyone'?s|everyone is|they'?re|they are) (?:just |apparently )?[a-z]+ing\b/i,
    note: '"So are we just ignoring the failing tests now or", "cool, so we\'re doing the roadmap in a spreadsheet now" — a complaint phrased as a mock question. The statement form needs the mock-cheerful opener or "just/apparently": a plain "so we\'re doing it now" is an FYI.',
    why: 'A mock question ("are we just ignoring X now?") complains without asking anyone to do anything.',
    fix: { kind: 'advice', text: 'Ask for the decision or the action: "The tests have failed for two days; who can look today?"' },
  },
  {
    name: 'clearly-you-didnt',
    keys: ['clearly', 'obviously', 'evidently'],
    pattern:
      /\b(?:clearly|obviously|evidently) (?:you|someone|somebody|nobody|no one|they) (?:didn'?t|did not|haven'?t|have not|never|don'?t|do not|forgot|missed|skipped|ignored)\b/i,
    note: '"Clearly you didn\'t read the spec" — blame stated as self-evident.',
    why: 'Declaring that the reader "clearly" failed makes it an accusation, not a request.',
    fix: { kind: 'advice', text: STATE_THE_NEED },
  },
  {
    name: 'for-those-who-forgot',
    gate: 'reader',
    keys: ['for those', 'for anyone', 'for everyone'],
    pattern:
      /\bfor (?:those|anyone|everyone) (?:of you )?(?:who|that) (?:may |might |seem to |apparently )?(?:have )?(?:forgotten|forgot|can'?t read|didn'?t read|haven'?t read|weren'?t (?:listening|paying attention)|don'?t (?:read|listen))\b/i,
    note: '"For those who may have forgotten…" — a reminder addressed to the guilty. "For those who missed the all-hands, here\'s the recording" is helpful and not matched.',
    why: '"For those who forgot" singles out an unnamed group as careless; the reminder lands as a scolding.',
    fix: { kind: 'advice', text: 'Just give the reminder: "Quarterly reports are due today by 5pm."' },
  },
  {
    name: 'only-one-who',
    keys: ['only one'],
    pattern: /\b(?:i'?m|i am|being|be|was|guess i'?m|apparently i'?m) the only one (?:here )?(?:who|that)\b/i,
    note: '"Happy to be the only one who read the brief" — martyrdom aimed at the group. Needs an ironic or resentful marker.',
    why: 'Pointing out you are "the only one who" did it shames everyone else without asking anything of them.',
    fix: { kind: 'advice', text: DIRECT_ASK },
    sentenceAlso: /\b(?:happy|glad|love|apparently|guess|always|as usual|bother(?:ed|s)?|cares?|actually|seems|again)\b|\p{Extended_Pictographic}/iu,
  },
  {
    name: 'escalation-threat',
    keys: ['manager', 'boss', 'supervisor', 'lead'],
    pattern:
      /\b(?:cc'?ing|cc'?d|looping in|copying|adding|i'?ve cc'?d|i have cc'?d|i'?ve copied|i have copied) (?:your|his|her|their) (?:manager|boss|supervisor|line manager|team lead|lead)\b/i,
    note: '"Cc\'ing your manager" — a veiled threat in a follow-up.',
    why: "Copying someone's manager mid-thread reads as a threat; if you need escalation, say so openly.",
    fix: { kind: 'advice', text: 'If you must escalate, say so and why: "I\'m adding Dana because this blocks the release on Friday."' },
  },
  {
    name: 'just-saying',
    gate: 'reader',
    keys: ['just say', 'observation'],
    pattern: /\bjust (?:saying|sayin'?|an observation)\b[.!]*\s*$/i,
    note: 'A closing "just saying" disowns the jab that came before it.',
    why: '"Just saying" flags the sentence before it as a dig while disowning it.',
    fix: { kind: 'advice', text: 'Drop it; if the point matters, make it a request.' },
  },
  {
    name: 'feigned-confusion',
    gate: 'reader',
    keys: ['confused', 'puzzled', 'baffled', 'curious'],
    pattern:
      /\bi'?m (?:a (?:little|bit) |somewhat |rather |quite )?(?:confused|puzzled|baffled|curious) (?:as to |about )?why (?:you|this|it|the|we|nobody|no one|someone)\b/i,
    note: '"I\'m confused as to why this was merged" — a question that is really a complaint.',
    why: 'Feigned confusion ("I\'m confused as to why…") is an accusation; ask the real question instead.',
    fix: { kind: 'advice', text: 'Ask directly: "Why was this merged before review? I want to make sure we catch it next time."' },
  },
  {
    name: 'once-again-failure',
    keys: ['once again', 'yet again'],
    pattern: /(?<=^[\s"'(*_]{0,3})(?:once again|yet again),?\s/i,
    note: 'A sentence opening "Once again, the report went to the wrong list" frames a mistake as a pattern. "Once again, thank you all" is sincere.',
    why: 'Opening with "Once again" turns one mistake into a pattern and puts the reader on trial.',
    fix: { kind: 'drop', advice: 'Describe this instance and the fix: "The report went to the wrong list; please check the recipients before sending."' },
    sentenceNot:
      /\b(?:thank|thanks|congrat\w*|great|welcome|appreciate|well done|happy|proud|glad|excited|delighted|pleased|sorry|apologi\w*|i|i'?m|i'?d|we|we'?re|we'?d|our|us|my|me)\b/i,
  },
  {
    name: 'silence-means-yes',
    keys: ['silence'],
    pattern:
      /\b(?:i'?ll|i will|guess i'?ll|i'?m going to) (?:just )?(?:assume|take) (?:that )?(?:your |the |this )?silence (?:means|as|is)\b|\bsilence (?:means|is|=|equals) (?:yes|consent|agreement|approval)\b[^.!?\n]{0,10}?\bthen\b/i,
    note: '"I\'ll assume silence means yes then" — a resigned ultimatum. A stated deadline ("no objections by Friday and we go ahead") is direct and not matched.',
    why: 'Treating silence as consent "then" is a resigned jab; give a clear deadline instead.',
    fix: { kind: 'advice', text: 'Set the deadline openly: "If I don\'t hear objections by Friday noon, we\'ll go ahead with option B."' },
  },
  {
    name: 'everyone-elses-job',
    gate: 'reader',
    keys: ['else', 'me to', "everyone's", "everybody's", 'everyones', 'and yours', 'and his', 'and hers', 'and theirs'],
    pattern:
      /\b(?:everyone|everybody|someone|somebody|other people|others) else'?s? (?:job|jobs|work|mess|messes|tickets|homework)\b|\bi(?:'ve| have| had)? (?:did|done|do|doing|finished|wrote|written|covered|handled|picked up|ended up doing) (?:all of |half of )?(?:everyone|everybody)'?s (?:part|parts|share|portion|bit|bits|sections?|work)\b|\b(?:want|expect|need|like) me to (?:just )?do (?:your|his|her|their) (?:job|work|homework)\b|\bmy (?:job|work) and (?:yours|his|hers|theirs)\b|\bother people'?s (?:job|jobs|work|mess|messes)\b/i,
    note: '"Happy to do everyone else\'s job too" — martyrdom aimed at the team.',
    why: 'Complaining that you do "everyone else\'s job" blames the whole team without asking anyone for anything.',
    fix: { kind: 'advice', text: 'Name the task and ask for help with it: "Can someone take over the release notes? I\'m covering QA this week."' },
  },
  {
    name: 'clearly-communicated',
    keys: ['communicated', 'explained', 'stated', 'announced', 'documented', 'outlined', 'mentioned', 'covered'],
    pattern:
      /\b(?:was|were|has been|have been|had been) (?:clearly|explicitly|already|repeatedly) (?:communicated|explained|stated|announced|documented|outlined|mentioned|covered)\b|\b(?:has|have|had) been (?:explained|mentioned|said|asked|covered|communicated|shared|sent|flagged|raised|announced) (?:several|multiple|many|a few|three|four|five|countless|numerous) times\b/i,
    note: '"The deadline was clearly communicated in the kickoff email", "this has been explained several times" — the passive voice points at the reader without naming them.',
    why: 'Saying it was "clearly communicated" tells the reader the fault is theirs; restate the information instead.',
    fix: { kind: 'advice', text: 'Restate it helpfully: "The deadline is the 28th (it\'s in the kickoff email) — does that still work?"' },
  },
  {
    name: 'you-would-know',
    keys: ['know if', 'known if', 'seen if'],
    pattern: /\byou(?:'d| would) (?:know|have known|have seen|see|understand) (?:that |this |it )?if you\b/i,
    note: '"You would know if you came to the planning meetings" — blame as a conditional.',
    why: '"You would know if you…" blames the reader for not knowing; share the information instead.',
    fix: { kind: 'advice', text: 'Share it: "We decided X in Monday\'s planning — notes are here."' },
  },
  {
    name: 'nobody-told-me',
    keys: ['nobody', 'no one', 'no-one', 'without any', 'without some'],
    pattern:
      /\b(?:nobody|no one|no-one) (?:bothered to |thought to |cared to )?(?:told|tells|informed|asked|warned|consulted|invited|cc'?d|looped in) (?:me|us)\b|\bwithout (?:anyone|anybody|someone|somebody) (?:bothering to |thinking to )?(?:telling|asking|informing|consulting|warning|looping in|letting|cc'?ing|inviting) (?:me|us)\b/i,
    note: '"Nobody told me the launch moved" — indirect blame at the group.',
    why: '"Nobody told me" blames the whole group indirectly; ask to be included instead.',
    fix: { kind: 'advice', text: 'Ask for it: "Can you add me to launch-date changes so I can update the page?"' },
    sentenceNot: /\b(?:oops|my bad|lol|haha|no worries|no problem)\b/i,
  },
  {
    name: 'assume-an-oversight',
    keys: ['assume', 'presume', 'on your', 'on their', 'on his', 'on her'],
    pattern:
      /\b(?:i'?ll|i will|i'?m going to|i shall|we'?ll|we will|let'?s) (?:just |charitably |generously )?(?:assume|presume) (?:that )?(?:this|that|it|these|they) (?:was|were|is|are) (?:an? |just an? |simply an? |merely an? )?(?:oversight|accident|honest mistake|mistake|error|slip|misunderstanding)s?\b|\b(?:an? |just an? )?(?:oversight|honest mistake|mistake|slip) on (?:your|their|his|her) (?:side|end|part)\b/i,
    note: '"I will assume this was an oversight on your side" — announcing the charitable reading so the reader hears the uncharitable one. A plain "I assume this was a typo — fixed it" (present, about a thing, no future "I will assume") stays clean.',
    why: 'Announcing that you\'ll "assume it was an oversight" implies it wasn\'t; say what went wrong and what you need.',
    fix: { kind: 'advice', text: STATE_THE_NEED },
  },
  {
    name: 'only-after',
    keys: ['only'],
    pattern:
      /\b(?:interesting|funny|curious|odd|strange|amazing|remarkable|telling|noted) (?:that|how) [^.!?\n]{1,80}?\bonly\b[^.!?\n]{1,50}?\b(?:after|once|when) (?:the |a |our |my |your |some )?(?:client|customer|boss|ceo|cfo|cto|vp|director|manager|auditors?|legal|someone else|i|we|users?|people)(?:'s| [a-z]+)? (?:spotted|noticed|found|flagged|complained|asked|caught|pointed|escalated|saw|raised|reported|chased|pinged|noticed)\b/i,
    note: '"Interesting that the numbers only got double-checked after the client spotted the error" — an observation about timing that is really blame for not doing it sooner.',
    why: '"Interesting that it only happened after…" points at who dropped the ball without saying it; name the gap and the fix.',
    fix: { kind: 'advice', text: 'Name the gap and the fix: "Can we double-check the numbers before they go to the client?"' },
  },
  {
    name: 'anyone-reads-this',
    keys: ['anyone', 'anybody'],
    pattern:
      /\b(?:not sure|no idea|unclear|wonder(?:ing)? (?:if|whether)|does|is|do) (?:anyone|anybody) (?:even |still |actually |ever )?(?:reads?|reading|checks?|checking|looks? at|monitors?|monitoring|uses?|using|opens?|watch(?:es)?) (?:this|these|my|our|the) [a-z -]{0,30}?(?:anymore|any more|at all)\b/i,
    note: '"Not sure anyone reads this channel anymore, but…" — complains about being ignored instead of asking someone. "Does anyone use the old wiki?" without "anymore/at all" is a real question and stays clean.',
    why: 'Wondering aloud whether anyone reads this blames the whole group for ignoring you; ask a person directly.',
    fix: { kind: 'advice', text: DIRECT_ASK },
  },
  {
    name: 'someone-anyone',
    keys: ['anyone', 'anybody'],
    pattern: /\b(?:someone|somebody|anyone|anybody),? (?:anyone|anybody|someone|somebody)(?:,? (?:at all|please))?\b/i,
    note: '"If someone, anyone, could update the tracker" — the repeated pronoun is an exasperated plea at a group that has ignored it.',
    why: '"Someone, anyone…" is exasperation aimed at the whole group; ask one person by name.',
    fix: { kind: 'advice', text: DIRECT_ASK },
  },
  {
    name: 'veiled-action-item',
    keys: ['past', 'beyond', 'further than', 'more than'],
    pattern:
      /\b(?:ideally|preferably|maybe|perhaps|possibly|this time|for once|at least)\b,? (?:read(?:ing)? |get(?:ting)? |make it )?(?:past|beyond|further than|more than) (?:page|slide|the (?:first|title|cover|summary|intro|opening|executive summary) ?(?:page|slide|line|paragraph|section)?|line|paragraph|chapter|section) ?(?:\d{1,3}|one|two)?\b/i,
    note: '"Dev team: read the PRD before the review, ideally past page 1" — an action item that carries a dig about how far people read. A plain "read sections 2–4" says the same without it.',
    why: 'The qualifier mocks how far people got last time; the reader feels the dig, not the request.',
    fix: { kind: 'advice', text: 'Say exactly what to read: "Please read sections 2–4 of the PRD before Thursday\'s review."' },
  },
  {
    name: 'for-a-change',
    keys: ['for a change', 'for once'],
    pattern: /\b(?:nice|good|great|lovely|helpful|refreshing|wonderful|amazing|novel|cool)\b[^.!?\n]{0,100}?\b(?:for a change|for once)\b/i,
    note: '"Would be great to get the numbers before the review instead of after, for a change" — wishing aloud for the normal thing implies it never happens. Gated on timing or contrast words, so "nice to have lunch outside for a change" stays clean.',
    why: '"…for a change" implies it never happens; the reader hears the accusation, not the request.',
    fix: { kind: 'advice', text: 'Ask for it plainly: "Can you send the numbers by Wednesday so we can review them before Friday?"' },
    sentenceAlso:
      /\b(?:before|rather than|instead of|on time|in time|in advance|ahead of|beforehand|early|heads[- ]up|told|warned|looped|reply|replied|respond|responded|answer(?:ed)?|read)\b/i,
  },
  {
    name: 'heard-it-elsewhere-first',
    keys: ['from'],
    pattern:
      /\b(?:nice|great|good|lovely|fun|cool|interesting|helpful|always nice|wonderful) to (?:hear|learn|find out|read|discover|see) (?:about|that)\b[^.!?\n]{0,60}?\bfrom (?:the |a |an |our |my )?(?:press|news|customer|customers|client|clients|twitter|linkedin|press release|newsletter|grapevine|rumou?r mill|someone else|another team|other teams|vendor|competitor|recruiter|all-hands)\b/i,
    note: '"Nice to hear about the reorg from the press release rather than from my manager" — praising the source to complain about being left out. Needs a contrast ("rather than", "before", "first") so "great to hear about the win from the client" stays sincere.',
    why: 'Sarcasm about where you heard the news blames someone for not telling you; ask to be told first.',
    fix: { kind: 'advice', text: 'Ask for it: "Next time plans like this change, can you tell the team before it\'s announced?"' },
    sentenceAlso: /\b(?:rather than|instead of|before (?:i|we|my|our|anyone|hearing)|first)\b/i,
  },
  {
    name: 'no-reply-as-consent',
    keys: [
      'as a yes',
      'as yes',
      'as agreement',
      'as approval',
      'as consent',
      'as sign',
      'as a go',
      'as buy',
      'as a green',
      'as the go',
      'as an ok',
      'as an okay',
    ],
    pattern:
      /\b(?:take|taking|took|read|reading|treat|treating|count|counting|interpret|interpreting|consider|considering) (?:that|this|it|the (?:silence|quiet|lack of (?:replies|responses|response|objections))|no (?:response|reply|replies|answer|answers|objections?|news)|your (?:silence|lack of (?:reply|response))) as (?:a |an |the )?(?:yes|agreement|approval|consent|sign-?off|go|go-ahead|buy-?in|green light|ok|okay)\b/i,
    note: '"No replies, so I\'m taking that as agreement", "I\'ll read no response as approval" — turning being ignored into consent. "That" counts only when the sentence is about silence; a stated deadline ("if no objections by Friday") is direct and not flagged, nor is "I\'ll take that as a yes!" after a reply.',
    why: "Treating silence as consent is a resigned jab at people who didn't answer; set a clear deadline instead.",
    fix: { kind: 'advice', text: 'Set the deadline openly: "If I don\'t hear objections by Friday noon, we\'ll go ahead with option B."' },
    sentenceAlso:
      /\b(?:no (?:response|reply|replies|answer|answers|objections?|one|news)|nobody|no-one|silence|crickets|quiet|haven'?t heard|didn'?t hear|not heard|lack of|no one)\b/i,
    sentenceNot: /\b(?:if|unless|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|eod|eow|noon|end of|\d))\b/i,
  },
  {
    name: 'is-there-a-reason',
    keys: ['reason'],
    pattern:
      /\b(?:is|was) there (?:a|any) (?:particular |specific |good |real )?reason (?:why |that )?[^?\n]{0,80}?\b(?:haven'?t|hasn'?t|hadn'?t|wasn'?t|weren'?t|didn'?t|never|still|nobody|no one|no-one|since (?:monday|tuesday|wednesday|thursday|friday|last|yesterday|the)|skipped|ignored|keeps?)\b[^?\n]{0,80}\?/i,
    note: '"Is there a reason the standup notes haven\'t been posted since Monday?" — a question about someone\'s failure asked so that no answer is acceptable. A neutral "is there a reason we use Postgres here?" has no failure in it; present-tense design questions ("is there a reason you don\'t use an enum?") and the softer "any reason…?" are not matched.',
    why: 'Asking "is there a reason…" about something not done is an accusation dressed as a question; the reader gets defensive.',
    fix: { kind: 'advice', text: 'Ask for what you need: "Could someone post the standup notes from Tuesday on? I use them for the weekly report."' },
  },
  {
    name: 'just-curious',
    keys: ['curious', 'wondering', 'asking'],
    pattern: /^(?:just|only|purely|i'?m just|i was just|honestly just)(?: (?:curious|wondering|asking))[.!?)]*$/i,
    note: 'A trailing "just curious" after a question about something not done ("…haven\'t been posted since Monday? just curious") disowns the accusation it carries. After a neutral question ("what time is the demo? just curious") it is not matched.',
    why: '"Just curious" after a pointed question signals the opposite: the reader hears the accusation and the disclaimer.',
    fix: { kind: 'advice', text: 'Drop the disclaimer and ask for what you need: "Could the notes go up by 10 each day?"' },
    previousAlso:
      /(?:\bwhy\b|\bhow come\b|\b(?:haven'?t|hasn'?t|wasn'?t|weren'?t|didn'?t|isn'?t|aren'?t|not|never|still|nobody|no one|since|skipped|ignored)\b)[^?\n]{0,200}\?/i,
  },
  {
    name: 'just-curious-opener',
    keys: ['curious', 'wondering', 'asking'],
    pattern:
      /^(?:just|purely) (?:curious|wondering|asking)[,:-]+ (?:why|how come|is there|was there|what happened)\b[^?\n]{0,100}?\b(?:haven'?t|hasn'?t|wasn'?t|weren'?t|didn'?t|isn'?t|aren'?t|not|never|still|nobody|no one|skipped|ignored)\b/i,
    note: '"Just wondering, why haven\'t the invoices gone out?" — the disclaimer up front, then a question about something not done. A genuine "just curious, why did we pick Postgres?" has no failure in it.',
    why: '"Just curious" before a pointed question signals the opposite: the reader hears the accusation and the disclaimer.',
    fix: { kind: 'advice', text: 'Drop the disclaimer and ask for what you need: "Could the invoices go out by Friday?"' },
  },
  {
    name: 'whoever-keeps',
    keys: ['whoever', 'whomever', 'person', 'people', 'the one', 'genius', 'individual'],
    pattern:
      /\b(?:whoever|whomever|the (?:person|people|one|ones|individual|individuals|genius|geniuses|culprit|culprits)(?: (?:who|that))?) (?:keeps?|kept|continues? to|insists? on|persists? in) (?:on )?[a-z]+ing\b|\b(?:whoever|the (?:person|people|genius|individual)(?: (?:who|that))?) (?:thinks?|thought|decided|figured) it(?:'s| is| was) (?:ok|okay|fine|acceptable|a good idea|appropriate) to\b/i,
    note: '"Just a little note for whoever keeps leaving their lunch in the fridge" — a note to an unnamed culprit about a habit, read by everyone. "Thanks to whoever fixed the printer" (a one-off, no habit) is not matched.',
    why: 'Addressing "whoever keeps…" is a public call-out; everyone reading it feels accused and the culprit may not notice.',
    fix: { kind: 'advice', text: 'State the rule neutrally ("Fridge is cleared every Friday at 4pm"), and talk to the person directly if you know who it is.' },
    sentenceNot: /\b(?:thanks?|thank you|kudos|shout-?out|hero|legend)\b/i,
  },
  {
    name: 'clearly-says',
    keys: ['clearly', 'explicitly', 'plainly'],
    pattern:
      /\b(?:the|this|that|my|our|your|it|which|as the|as my|as our) (?:(?:ticket|spec|doc|docs|document|email|e-mail|brief|contract|invoice|readme|wiki|page|agenda|invite|subject line|title|message|instructions|policy|guidelines|guide|description|card|issue|form|sign|schedule|slide|deck|notes|minutes|thread|post|announcement|handbook|runbook|checklist|calendar|label|sow|jira|pr|template|memo|faq)s? )?(?:very |quite |pretty )?(?:clearly|explicitly|plainly) (?:says|said|states|stated|shows|showed|lists|listed|marks|marked|specifies|specified|mentions|mentioned|reads|spells out|spelled out|indicates|indicated|asks for|asked for|has|had)\b/i,
    note: '"Not sure where the confusion is, the ticket clearly says P1" — stressing that a document already said it tells the reader they didn\'t read it. Data that "clearly shows" a trend is a finding, so a sentence about charts, data or results is not matched.',
    why: 'Saying the doc "clearly" states it implies the reader didn\'t read it; restate the point instead.',
    fix: { kind: 'advice', text: 'Restate it neutrally with the reference: "The ticket is P1 (see the priority field) — can you pick it up today?"' },
    sentenceNot:
      /\b(?:data|chart|graph|results?|numbers|metrics|dashboard|survey|trend|growth|study|research|benchmark|logs?|trace|stack ?trace|error|output|do you mean)\b/i,
  },
  {
    name: 'where-is-the-confusion',
    keys: ['confus', 'unclear', 'clearer', 'clearly', 'plainly', 'else to', 'else can', 'ways'],
    pattern:
      /\b(?:not sure|unsure|no idea|i (?:don'?t|do not|can'?t|cannot) (?:see|understand|tell|know)) (?:where|what|why|how) (?:the confusion (?:is|was|came from|comes from|lies)|(?:is|was|'s) (?:so )?(?:confusing|unclear|complicated|hard to (?:understand|follow))(?: (?:about|here|in))?|(?:this|that|it) (?:is|was) (?:so )?(?:confusing|unclear|hard to (?:understand|follow)))|\b(?:not sure|no idea|i (?:don'?t|do not) know) how (?:much )?(?:else|clearer|more clearly|more plainly|else) (?:to|i can|i could) (?:say|put|explain|phrase|write|make)\b|\bhow (?:much )?(?:clearer|more clearly|more plainly) (?:can|could) i (?:be|say|put|make)\b|\bhow many (?:more |other |different )?ways (?:i can|can i|to|do i (?:have|need) to|i could) (?:say|put|explain|phrase)\b|\b(?:since|as|because|given(?: that)?) there (?:seems|appears) to be (?:some |a lot of |so much |continued |ongoing |still )?confusion\b/i,
    note: '"Not sure where the confusion is", "I don\'t know how much clearer I can be" — feigned puzzlement that puts the misunderstanding on the reader. Asking what is unclear ("let me know which part is unclear") is an offer and is not matched.',
    why: 'Wondering aloud where the confusion is tells the reader the confusion is theirs; explain the point again instead.',
    fix: {
      kind: 'advice',
      text: 'Restate the point plainly and invite questions: "To be clear: it\'s P1. Let me know if anything in the ticket reads differently."',
    },
  },
  {
    name: 'if-you-had-read',
    keys: ['if you', 'had you'],
    pattern:
      /\bif you(?:'d| had) (?:actually |just |bothered to |even |only |simply )?(?:read|looked at|checked|opened|attended|listened|scrolled|clicked|bothered)\b|\bhad you (?:actually |just |bothered to |even |only |simply )?(?:read|looked at|checked|opened|attended|listened|scrolled)\b/i,
    note: '"If you had read the brief, you\'d know" — a counterfactual that blames the reader for not reading. "If you\'ve read the brief, skip to section 3" (present perfect) is a pointer and is not matched.',
    why: '"If you had read it…" blames the reader for not knowing; share the information instead.',
    fix: { kind: 'advice', text: 'Share it directly: "The brief (page 2) says the budget is fixed — does that change your plan?"' },
  },
  {
    name: 'rhetorical-did-i-not',
    keys: ['part of', 'need i', 'do i need', 'do i have', 'must i', 'not clear', "n't clear", 'did i not', 'did you not'],
    pattern:
      /\bwhat part of\b[^?\n]{1,60}?\b(?:don'?t|do not|didn'?t|did not|wasn'?t|isn'?t) (?:you )?(?:understand|get|clear|follow)\b|\b(?:need i|must i) (?:remind|repeat|point out|spell)\b|\bdo i (?:need|have) to (?:remind (?:you|everyone|people)|spell (?:it|this|that) out|draw (?:you )?(?:a )?(?:picture|diagram|map)|repeat (?:myself|it|this)|explain (?:it|this|that) again)\b|\b(?:was|is) (?:that|this|it|i|my (?:e-?mail|message|note|point|question|request)) (?:not|n'?t) clear(?: enough)?\?|\bdid i not (?:say|mention|ask|tell you|explain|send|make (?:it|this) clear)\b|\bdid you not (?:see|read|get|receive) my\b/i,
    note: '"What part of \'no\' don\'t you understand", "Need I remind you", "Was that not clear?", "Did I not say…" — rhetorical questions whose only answer is "sorry".',
    why: 'A rhetorical question like this is a rebuke; the reader gets defensive instead of acting.',
    fix: { kind: 'advice', text: 'Restate the point and the ask once, plainly: "The answer is no because of X; can we revisit it in Q3?"' },
  },
  {
    name: 'non-apology',
    keys: ['sorry'],
    pattern:
      /\bsorry (?:(?:that |if )you (?:feel|felt|see it|took (?:it|that|this)|were|are|got|have been|'ve been|'re|'re being) (?:that way|this way|so|offended|upset|hurt|bothered|triggered)|you feel (?:that way|this way|so)|if (?:that|this|it|my [a-z]+) (?:offended|upset|bothered) (?:you|anyone|people)|(?:if|that) you (?:misunderstood|misread|took (?:it|that|this) (?:that way|the wrong way|personally)))\b/i,
    note: '"I\'m sorry you feel that way", "sorry if that offended you" — an apology for the reader\'s reaction, not for anything done. A real apology ("sorry, that was unclear of me") is not matched.',
    why: 'Apologising for how the reader feels puts the fault on them; it reads as dismissal, not apology.',
    fix: { kind: 'advice', text: 'Apologise for something specific or address the point: "I should have flagged the change earlier — here\'s what happened."' },
  },
  {
    name: 'would-it-kill',
    keys: ['kill'],
    pattern: /\bwould it (?:really )?kill (?:you|someone|somebody|anyone|anybody|people|them|him|her|y'?all|everyone|you guys|you all) to\b/i,
    note: '"Would it kill someone to refill the coffee?" — exasperation aimed at everyone.',
    why: '"Would it kill you to…" is exasperation, not a request; ask a specific person for the specific thing.',
    fix: { kind: 'advice', text: DIRECT_ASK },
  },
  {
    name: 'not-your-mom',
    keys: ['not your', 'not everyone', 'not the team', 'work here', 'not his', 'not her', 'not their'],
    pattern:
      /\b(?:i'?m|i am|we'?re|we are) not (?:your|his|her|their|everyone'?s|anyone'?s|the team'?s) (?:mom|mother|mum|mommy|dad|parent|babysitter|secretary|personal assistant|assistant|maid|nanny|butler|cleaner|cleaning (?:lady|crew|service)|alarm clock|reminder service)\b|\b(?:your )?(?:mom|mother|mum|mommy|maid) (?:doesn'?t|does not|don'?t) work here\b/i,
    note: '"Your mother doesn\'t work here", "I\'m not your personal assistant" — the classic shared-kitchen note: contempt aimed at everyone who reads it.',
    why: 'This reads as contempt aimed at everyone; state the rule (e.g. "please wash your own mugs") instead.',
    fix: { kind: 'advice', text: 'State the rule neutrally: "Please wash your own mugs before you leave."' },
  },
  {
    name: 'some-of-us-have-jobs',
    keys: ['some of us', 'some people', 'the rest of us'],
    pattern:
      /\b(?:some of us|some people|the rest of us) (?:here )?(?:have|had|'ve got) (?:actual |real |other |our own |full-?time )?(?:jobs|lives|work to do|real work|actual work|families|deadlines of our own|noses|eyes|ears)\b|\b(?:some of us|the rest of us) (?:actually|still|also) (?:have to |need to |like to |want to )?(?:care|work|read|try|bother|show up|do (?:our|the)|pay attention)\b/i,
    note: '"The rest of us have noses", "some of us have actual jobs" — a contrast between the writer\'s group and an unnamed culprit. "The rest of us will take the train" (logistics) is not matched.',
    why: 'Setting "the rest of us" against an unnamed culprit is blame everyone feels; name the issue and the ask instead.',
    fix: { kind: 'advice', text: 'Name the issue and the ask: "Please clear your food from the fridge by Friday."' },
  },
  {
    name: 'who-thought-good-idea',
    keys: ['idea', 'since when'],
    pattern:
      /\bwho (?:thought|decided|figured|agreed) (?:that )?[^.!?\n]{1,60}?\b(?:was|is|would be|were) (?:a )?(?:good|great|smart|fine|brilliant|clever|reasonable) idea\b|\bsince when (?:do|does|did|are|is|have|has) (?:we|you|y'?all|people|everyone|they)\b/i,
    note: '"Who thought a Friday release was a good idea?", "since when do we deploy without review?" — rhetorical questions that accuse. "Since when does the API return 404?" (a bug question about a thing) is not matched.',
    why: 'A rhetorical question like this accuses instead of asking; the reader defends rather than fixes.',
    fix: { kind: 'advice', text: 'Say the concern and the ask: "A Friday release leaves no one on call — can we move it to Monday?"' },
  },
  {
    name: 'in-case-you-forgot',
    keys: ['in case'],
    pattern:
      /\bin case (?:you|anyone|anybody|everyone|people|some of you|y'?all|you all|somebody|someone) (?:forgot|has forgotten|have forgotten|had forgotten|need(?:s|ed)? reminding|need(?:s|ed)? a reminder|lost track|weren'?t (?:aware|paying attention)|didn'?t (?:read|notice|get the memo))\b/i,
    note: '"In case anyone forgot, timesheets are due Friday" — the reminder carries an accusation. "In case you missed it, here\'s the recording" (ICYMI) is helpful and not matched.',
    why: '"In case you forgot" implies the reader should have remembered; give the reminder without the dig.',
    fix: { kind: 'advice', text: 'Just give the reminder: "Timesheets are due Friday at 5pm."' },
  },
  {
    name: 'those-who-actually',
    keys: ['actually', 'people who', 'of you who', 'ones who', 'well', 'i mean', 'or rather', 'folks who', 'souls who', 'bothered'],
    pattern:
      /\b(?:everyone|everybody|those|anyone|the (?:people|few|ones|folks|handful)|the (?:two|three|four|five|six|\d+) (?:people|of you|folks)) (?:of you )?(?:who|that) (?:actually|bothered to|did bother to|managed to) (?:showed? up|show up|came|come|read|replied|reply|did|do|turned up|turn up|joined|join|submitted|submit|filled|fill|responded|respond|answered|answer|attended|attend|voted|vote|did (?:the|their|it))\b|\bto the (?:two|three|four|five|six|few|handful of|\d+) (?:people|of you|folks|brave souls) (?:who|that) (?:actually |bothered to |managed to )?(?:showed up|show up|came|replied|reply|read|responded|respond|answered|filled|fill|submitted|turned up|voted|vote)\b|^(?:well|i mean|or rather|ok,? well),? (?:the|both|all) (?:two|three|four|five|few|handful|one|\d+)(?: of you| people)? (?:who|that)\b/i,
    note: '"Thanks to everyone who actually read the doc", "to the three people who replied: thank you" — thanks to the few, aimed at the many. "Thanks to everyone who came" (no "actually", no tally) is sincere and not matched.',
    why: 'Thanking the few who "actually" did it shames everyone else without asking them for anything.',
    fix: { kind: 'advice', text: 'Thank the people who did it, and ask the rest directly: "If you haven\'t filled in the survey yet, please do by Friday."' },
  },
  {
    name: 'dont-make-a-habit',
    keys: ['habit', 'happen again', 'goes without saying', 'go without saying', 'need saying', 'need to be said', 'love of'],
    pattern:
      /\blet'?s not make (?:this|it|that|a habit of (?:this|it|that)) (?:a habit|a thing|a regular thing)?\b|\b(?:i trust|i hope|hopefully|let'?s hope) (?:that )?(?:this|that|it) (?:won'?t|will not|doesn'?t|does not|never) happen(?:s)? again\b|\b(?:this|it|that) should (?:really )?go without saying\b|\b(?:shouldn'?t|should not) (?:really )?need (?:saying|to be said|explaining|a reminder|spelling out)\b|\bfor the love of (?:god|all that is (?:holy|good)|everything|pete|mike)\b/i,
    note: '"Let\'s not make this a habit", "I trust this won\'t happen again", "this should go without saying", "for the love of god" — a scolding tail or head on a rule. Stating the rule alone is enough.',
    why: 'This wraps the request in a scolding; the reader hears the reprimand more than the rule.',
    fix: { kind: 'advice', text: STATE_THE_NEED },
    messageNot: APOLOGY_CUE,
  },
  {
    name: 'heads-up-would-be-nice',
    keys: ['heads', 'warning', 'notice', 'ping', 'message', 'call'],
    pattern:
      /\b(?:a|some|any) (?:heads[- ]?up|warning|advance notice|notice|quick (?:note|ping|message)|ping|call) (?:would(?:'ve| have) been|might have been|would be) (?:nice|great|appreciated|helpful|good|lovely)\b/i,
    note: '"A heads-up would have been nice" — a complaint dressed as a wish. The forward-looking "a heads-up would be great if the date moves" is a request; it is matched only with a correction frame (next time, in future).',
    why: "Wishing aloud for the heads-up you didn't get is a complaint; ask for it next time instead.",
    fix: { kind: 'advice', text: 'Ask for what you need next time: "If the date moves again, can you tell me the same day?"' },
    sentenceAlso: /\b(?:would(?:'ve| have) been|might have been|next time|in (?:the )?future|going forward|from now on)\b/i,
  },
  {
    name: 'it-would-appear',
    keys: ['would appear', 'would seem', 'certain'],
    pattern:
      /\bit would (?:appear|seem) (?:that )?(?:someone|somebody|nobody|no one|some(?: people| of you| folks)|you|certain (?:people|individuals)|not everyone|the (?:memo|message|email|rule|policy))\b|\bcertain (?:people|individuals|team members|members of (?:this|the|our) team|folks|persons|colleagues)\b/i,
    note: '"It would appear someone has been using the test account", "certain individuals" — formal distance around an accusation of an unnamed culprit.',
    why: 'Formal insinuation about "certain individuals" makes everyone feel accused and tells no one what to do.',
    // Not "certain parties": in minutes it names a side openly ("unfortunate that certain parties
    // felt left out"; real notes, judged wrong).
    fix: { kind: 'advice', text: 'Name the issue and the ask: "Please don\'t use the test account for demos — ask me for a sandbox instead."' },
  },
  {
    name: 'need-an-invite-to-reply',
    keys: ['for you to'],
    pattern:
      /\b(?:do|should|will|would) i (?:need|have) to (?:send|book|schedule|set up|file|open|put in|write)\b[^.!?\n]{0,40}?\bfor you to (?:reply|respond|answer|read|look|get back|notice|show up|see)\b|\bif i (?:need|have|should) to (?:send|book|schedule|set up|file|open|put in|write)\b[^.!?\n]{0,40}?\bfor you to (?:reply|respond|answer|read|look|get back|notice|show up|see)\b/i,
    note: '"Let me know if I need to send a calendar invite for you to reply to emails" — a mock offer that says the reader ignores you.',
    why: "A mock offer like this mocks the reader's responsiveness instead of asking for what you need.",
    fix: { kind: 'advice', text: 'Ask directly with a time: "Can you reply on the budget by Thursday?"' },
  },
  {
    name: 'remind-me-why',
    keys: ['remind me'],
    pattern: /\bremind me (?:again )?why (?:we|you|they|this|that|it|the|our|anyone|everyone)\b/i,
    note: '"Remind me again why we need three approvals?" — a rhetorical question that mocks a decision. "Remind me what time the demo is" is a real question and is not matched.',
    why: 'A rhetorical "remind me why…" mocks the decision instead of questioning it; say what you\'d change.',
    fix: { kind: 'advice', text: 'Ask or propose directly: "Could we drop one of the three approvals for small UI changes?"' },
  },
  {
    name: 'assume-nobody',
    keys: ['assume', 'take it'],
    pattern:
      /\bi'?ll (?:just |go ahead and |have to |simply )?(?:assume|take it) (?:that )?(?:nobody|no one|no-one|none of you|you (?:didn'?t|haven'?t|don'?t|won'?t|aren'?t|weren'?t|never))\b/i,
    note: '"I\'ll go ahead and assume nobody is reading these updates" — a resigned jab at the group. "I\'ll assume everyone\'s fine with Tuesday unless I hear otherwise" (a stated default) is not matched.',
    why: 'Announcing that you assume nobody reads or cares is a complaint aimed at everyone; ask a person directly.',
    fix: { kind: 'advice', text: DIRECT_ASK },
  },
  {
    name: 'whoever-did-it',
    keys: ['whoever', 'except'],
    pattern:
      /\b(?:everyone|everybody|all of you|y'?all) (?:except|but|minus) (?:whoever|the (?:person|people|one|ones|genius)|you know who)\b|\bwhoever (?:[a-z]+ed|took|ate|left|broke|drank|stole|forgot|put)\b[^.!?\n]{0,60}?\b(?:and didn'?t|and did not|without|and never|but didn'?t|and then didn'?t)\b/i,
    note: '"Good morning to everyone except whoever finished the coffee and didn\'t make more" — a public note to an unnamed culprit.',
    why: 'A note to "whoever" did it is a public call-out; everyone reading it feels accused.',
    fix: { kind: 'advice', text: 'State the norm neutrally: "If you finish the coffee, please start a new pot."' },
    sentenceNot: /\b(?:thanks?|thank you|kudos|shout-?out|hero|legend)\b/i,
  },
  {
    name: 'you-may-not-have-read',
    keys: ['you may', 'you might', 'you probably', 'you clearly', 'you obviously', 'you apparently', 'you didn', 'you haven', 'you never'],
    pattern:
      /\([^()\n]{0,30}?\byou (?:may|might|probably|clearly|obviously|apparently)? ?(?:not have|didn'?t|haven'?t|never|did not|have not) (?:read|seen|opened|noticed|checked|looked at)\b[^()\n]{0,30}\)/i,
    note: '"As I said on Monday (which you may not have read), the venue is booked" — the aside accuses the reader of not reading.',
    why: 'The aside accuses the reader of not reading; restate the point without it.',
    fix: { kind: 'advice', text: 'Drop the aside and restate the point: "The venue is booked (details in Monday\'s email)."' },
  },
  {
    name: 'for-once-statement',
    keys: ['for once'],
    pattern: /\bfor once\b(?! in (?:my|our) (?:life|lives|career))/i,
    note: '"The report is on time for once", "could someone empty the dishwasher for once this week" — "for once" says it never happens. About the writer ("I left on time for once") or a treat ("let\'s celebrate for once") it is not matched.',
    why: '"For once" says it never happens; the reader hears an accusation, not a request.',
    fix: { kind: 'advice', text: 'Drop "for once" and make the request: "Can someone empty the dishwasher this week?"' },
    sentenceNot: /\b(?:i|i'?m|i'?ve|me|my|we|we'?re|we'?ve|us|our|let'?s|treat|relax|break|celebrate|enjoy|vacation|holiday|sun|weather)\b/i,
  },
  {
    name: 'planning-on-telling-me',
    keys: ['planning', 'going to tell', 'going to let', 'gonna tell', 'intending'],
    pattern:
      /\b(?:was|is|were|are) (?:anyone|anybody|someone|somebody|you|they|he|she|the team) (?:ever )?(?:planning|going|gonna|intending|meaning) (?:on |to )?(?:tell(?:ing)?|let(?:ting)?|inform(?:ing)?|loop(?:ing)?|mention(?:ing)?|warn(?:ing)?|invit(?:e|ing)|cc(?:'?ing)?) (?:me|us)\b/i,
    note: '"Was anyone planning on telling me the launch moved?" — a rhetorical question that complains about being left out.',
    why: 'A rhetorical "was anyone planning on telling me" complains about being left out instead of asking to be included.',
    fix: { kind: 'advice', text: 'Ask for it: "Can you add me to launch-date changes so I can update the page?"' },
  },
  {
    name: 'dont-do-themselves',
    keys: ['themselves', 'itself', 'this means you', 'your fault', 'decided to', 'chosen to', 'opted to', 'supposed to'],
    pattern:
      /\b(?:didn'?t|don'?t|won'?t|doesn'?t|do not|did not|will not|aren'?t going to|isn'?t going to) (?:write|fix|clean|wash|build|test|file|do|update|empty|refill|organi[sz]e|review|load|unload|answer|document|deploy|restock|replace|tidy|put) (?:themselves|itself)(?: away| up)?\b|\bthis (?:means|includes|applies to) you(?=\s*(?:[,.!:;\u2014\u2013-]|$))|\bi'?m not saying (?:it'?s|it was|this is|that'?s) (?:your|anyone'?s|his|her|their|someone'?s) fault\b|\bi see (?:that )?(?:you'?ve|you have|someone has|somebody has|we'?ve|they'?ve|you) (?:decided|chosen|opted) to\b|\b(?:that|which|what) (?:was|were) supposed to (?:be |have been )?(?:fixed|done|finished|shipped|delivered|sent|ready|merged|resolved|handled|sorted|completed)\b[^.!?\n]{0,30}?\b(?:last|yesterday|ago|already|weeks|months|days|sprint)\b/i,
    note: '"The release notes didn\'t write themselves", "this means you, owner of the mystery soup", "I\'m not saying it\'s your fault, but…", "I see you\'ve decided to reformat the whole sheet", "the thing that was supposed to be fixed last sprint" — blame delivered sideways.',
    why: 'This points at someone without saying what you need; the reader hears the accusation, not the request.',
    fix: { kind: 'advice', text: STATE_THE_NEED },
  },
  {
    name: 'left-out',
    keys: ['been included', 'been invited', 'been consulted', 'been looped', 'been told', 'been informed', 'been asked', 'been copied'],
    pattern:
      /\bi (?:haven'?t|have not|wasn'?t|was not|hadn'?t|had not) been (?:included|invited|consulted|looped in|told|informed|cc'?d|asked|copied)\b[^.!?\n]{0,60}?\b(?:since|in (?:weeks|months|ages)|for (?:weeks|months|ages)|once|ever|again|apparently|of course|as usual)\b/i,
    note: '"…since I haven\'t been included in a meeting since March" — a complaint about being left out, told as an aside.',
    why: 'Complaining about being left out, as an aside, puts the reader on the defensive; ask to be included.',
    fix: { kind: 'advice', text: 'Ask for it: "Could you add me to the weekly sync? I\'d like to follow the project."' },
  },
  {
    name: 'were-all-busy',
    keys: ['all busy'],
    pattern: /\b(?:we'?re|we are|everyone'?s|everyone is|everybody'?s|everybody is) all busy\b|\b(?:we'?re|we are) all busy\b/i,
    note: '"I get that you\'re busy, we\'re all busy" — dismissing the reader\'s reason. "We\'re all busy this week, so let\'s keep it short" (shared sympathy) has no "you\'re busy" contrast and is not matched.',
    why: '"We\'re all busy" dismisses the reader\'s reason; say what you need and by when.',
    fix: { kind: 'advice', text: DIRECT_ASK },
    sentenceAlso: /\b(?:you'?re busy|you are busy|i get (?:that|it)|i know you'?re|i understand)\b/i,
  },
  {
    name: 'comparison-dig',
    keys: [
      'rest of',
      'everyone else',
      'everybody else',
      'other teams',
      'other people',
      'who haven',
      'who didn',
      'who don',
      'who never',
      'minutes to',
      'seconds to',
      'busy week',
      'busy day',
      'around here',
      'spam',
      'junk',
      'as someone who',
      'as the only',
      'whole email',
      'entire email',
      'apparently',
    ],
    pattern:
      /\b(?:the rest of (?:the team|us|the group|everyone)|everyone else|everybody else|other (?:teams|people)) (?:somehow |all )?(?:managed|was able|were able|found (?:the )?time|had no (?:problem|trouble)) to\b|\b(?:people|those|folks|someone|somebody|anyone) who (?:haven'?t|didn'?t|don'?t|never|clearly (?:haven'?t|didn'?t)) (?:even )?(?:read|opened|looked at|attended|bothered)\b|\bcouldn'?t (?:find|spare|make) (?:five|two|ten|three|a few|\d+) (?:minutes|seconds) to\b|\bmust (?:have been|be) (?:a )?(?:busy|hectic|crazy|rough|long) (?:week|day|month|few days|time)\b[^.!?\n]{0,20}?\bif you\b|\b(?:taken seriously|gets? (?:priority|attention|heard|listened to)|(?:is|are) valued) around here\b|\b(?:my|our) (?:messages?|emails?|pings?|dms?|requests?) (?:go|are going|must be going|must go|end up|land|disappear) (?:straight |directly )?(?:to|in|into) (?:your|the|a) (?:spam|junk|trash|void|black hole)\b|\bas (?:someone|the (?:only )?(?:one|person)) who (?:actually|has actually|has been here (?:longer|the longest)|was (?:actually )?here|wrote (?:the|this)|built (?:the|this))\b|\bread the (?:whole|entire|full) (?:email|message|thread|doc|brief|ticket)(?: this time)? (?:before|first|this time)\b|\bapparently (?:[a-z]+ ){0,3}(?:don'?t|doesn'?t|didn'?t|never|can'?t|won'?t) (?:get )?(?:read|answered|noticed|seen|opened|replied to)\b/i,
    note: '"The rest of the team managed to submit on time", "feedback from people who haven\'t read the doc", "couldn\'t find five minutes to answer", "which deadlines are taken seriously around here", "my messages go straight to your spam folder", "as someone who actually built this", "read the whole email this time", "apparently short ones don\'t get read" — comparisons and asides that put the reader in the wrong. Asking whether mail landed in spam ("could you check your spam folder?") is not matched.',
    why: 'A comparison or aside like this puts the reader in the wrong without saying what you need.',
    fix: { kind: 'advice', text: STATE_THE_NEED },
    sentenceNot: /\b(?:can you check|could you check|might be|may be)\b|\?\s*$/i,
  },
];
