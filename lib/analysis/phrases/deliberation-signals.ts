// What deliberation sounds like: weighing options, ambivalence, deferral, recaps and meeting
// notes. Read by lib/analysis/deliberation.ts, which scans each line once (cached by line text)
// and decides whether a message deliberates; the missing-decision rules then check whether it
// ends with a decision, an owner with a next step, or a request to decide (decision-signals.ts).
//
// Entries are phrase *families*, not corpus rows: each pattern covers the common inflections and
// fillers of one idea. Every pattern is linear: no nested quantifiers, only bounded gaps.
// Patterns are case-insensitive; `cues` name the words that must be present for a pattern to be
// worth trying (see compileEntries).

export interface SignalPhrase {
  /**
   * Lowercase words of which at least one must occur in the line for the pattern to be tried:
   * a cheap word-set check that keeps long paragraphs from paying for every pattern.
   */
  cues?: readonly string[];
  pattern: RegExp;
  note: string;
  /** Match case as written (the family is otherwise case-insensitive). */
  caseSensitive?: boolean;
}

/** Weighing options: the writer lays out alternatives or trade-offs. */
export const WEIGHING: readonly SignalPhrase[] = [
  { cues: ['option', 'options'], pattern: /\boptions?\s+(?:[a-d1-4]\b|one\b|two\b|three\b|#\d)/, note: '"Option A", "option 2": labelled alternatives' },
  {
    cues: [
      'option',
      'options',
      'alternative',
      'alternatives',
      'candidate',
      'candidates',
      'approaches',
      'choices',
      'paths',
      'routes',
      'scenarios',
      'quotes',
      'offers',
      'proposals',
      'bids',
      'vendors',
      'providers',
      'suppliers',
      'tools',
      'designs',
      'versions',
      'variants',
      'agencies',
      'finalists',
      'venues',
      'plans',
      'concepts',
    ],
    pattern:
      /\b(?:first|second|third|fourth|another|other|middle|obvious|safer|cheaper|one|two|three|four|both|all three|same (?:two|three)) (?:[a-z-]{3,15} )?(?:options?|alternatives?|candidates?|approaches|choices|paths|routes|scenarios)\b|\b(?:two|three|four|both|all three) (?:quotes|offers|proposals|bids|vendors|providers|suppliers|tools|designs|versions|variants|agencies|finalists|venues|plans|concepts)\b/,
    note: '"a third option", "the two approaches", "same three options", "two quotes": counting alternatives',
  },
  {
    cues: ['option', 'options', 'alternatives'],
    pattern: /\b(?:options?|alternatives)\s*(?:for\b|are\b|include|on the table|here\b|range from|:|—|–|-\s)/,
    note: '"Options for the offsite:", "fix options:", "the options are"',
  },
  { cues: ['option'], pattern: /\bthe option (?:of|to)\b/, note: '"there\'s also the option of …"' },
  { cues: ['could'], pattern: /\b(?:we|you) could also\b/, note: 'one more alternative: "we could also look at a hybrid"' },
  {
    cues: ['could', 'might'],
    pattern: /\b(?:we|you|i|they) (?:could|might) (?:either |also |just )?[a-z][^.?!\n]{2,160}?,? or (?!so\b|two\b|three\b|more\b|less\b|not\b)/,
    note: '"we could push back, accept it, or ask for a carve-out": alternatives in one breath',
  },
  { cues: ['either'], pattern: /\beither\b[^.?!\n]{2,120}?\bor\b/, note: '"either … or"' },
  { cues: ['whether'], pattern: /\bwhether (?:to|we|or not)\b/, note: '"whether to add a fourth tier", "unclear whether we present it as a plan"' },
  {
    cues: ['vs', 'versus'],
    pattern: /\s(?:vs\.?|versus)\s/,
    note: '"one senior vs two juniors", "repair vs lease" (lowercase only: "VS" is Visual Studio)',
    caseSensitive: true,
  },
  {
    cues: ['pros', 'cons', 'pro', 'con', 'tradeoff', 'tradeoffs', 'trade', 'upside', 'upsides', 'downside', 'downsides'],
    pattern: /\bpros\b|\b(?:pro|cons?)\s{0,2}:|\btrade-?offs?\b|\bupsides?\b|\bdownsides?\b/,
    note: 'pros and cons ("pro: one CI … con: slow builds"), trade-offs, upsides and downsides',
  },
  { cues: ['cons'], pattern: /^[#*\s]{0,8}cons[*:\s]{0,4}$/, note: 'a "Cons" section heading (counted apart from the "Pros" one)' },
  {
    cues: ['for', 'against'],
    pattern: /^[#*\s]{0,8}(?:for|against|arguments? (?:for|against)|reasons? (?:for|against)|the case (?:for|against))[*:\s]{0,4}$/,
    note: 'a "For" / "Against" section: pros and cons without the words',
  },
  {
    cues: ['case', 'hand', 'alternatively'],
    pattern: /\bthe case (?:for|against)\b|\bon the (?:one|other) hand\b|\balternatively\b/,
    note: 'arguing both sides',
  },
  {
    cues: ['prefer', 'prefers', 'preferred', 'lean', 'leans', 'leaning', 'favour', 'favor', 'favours', 'favors'],
    pattern: /\b(?:prefers?|preferred|would prefer|leans?(?: slightly)? (?:towards?|to)|leaning (?:towards?|to)|lean (?:yes|no)|in favou?r of|favou?rs)\b/,
    note: 'people\'s preferences: "Ops preferred Corvus, finance preferred ShipRight", "leans towards Lauren"',
  },
  {
    cues: ['between', 'back', 'fence', 'weighing'],
    pattern:
      /\b(?:choos(?:e|ing)|decid(?:e|ing)|pick(?:ing)?|torn|split|undecided) between\b|\bback[- ]and[- ]forth\b|\bweighing (?:up )?(?:the |our )?(?:options|whether|pros)\b/,
    note: 'explicitly deciding between things',
  },
  {
    cues: ['but'],
    pattern:
      /(?<!\b(?:was|were) )\b(?:cheaper|pricier|more expensive|less expensive|faster|slower|safer|riskier|bolder|simpler|easier|harder|quicker)\b[^.?!\n]{0,80}?\bbut\b/,
    note: 'a comparison with a catch: "~40% cheaper, but we\'d need retry logic"',
  },
  {
    cues: ['option', 'path', 'route', 'choice', 'approach'],
    pattern:
      /\b(?:first|second|third|fourth|other|safe|safer|safest|cheap|cheaper|cheapest|fast|faster|fastest|slowest|easiest|simplest|low-[a-z]+|high-[a-z]+|middle|default|obvious|conservative|aggressive|boring|bold|quick|quickest) (?:option|path|route|choice|approach)\b/,
    note: 'one alternative characterised: "the low-effort option", "the third path", "the fastest option"',
  },
  {
    cues: ['proposal', 'approach', 'variant', 'scenario'],
    pattern: /\b(?:Proposal|Approach|Variant|Scenario|proposal|approach|variant|scenario) (?:[A-D1-4]|#\d)\b/,
    note: '"Proposal A", "Scenario 2": labelled alternatives (capital letters as written)',
    caseSensitive: true,
  },
  {
    cues: ['idea', 'option', 'approach', 'possibility'],
    pattern: /\b(?:one|another|the other|a second|the second) (?:idea|option|approach|possibility) (?:is|was|would be)\b/,
    note: '"One idea is to convert …", "another option would be"',
  },
  {
    cues: ['possible', 'potential', 'directions'],
    pattern: /\b(?:possible|potential) (?:directions|options|paths|approaches|solutions|fixes)\b/,
    note: '"Possible directions: …"',
  },
  { cues: ['between'], pattern: /\bsomewhere in between\b/, note: 'a middle alternative' },
  {
    cues: ['could', 'might'],
    pattern: /(?:^|[.!?;]\s{1,3})(?:could|might) (?:either |also |just )?[a-z][^.?!\n]{2,120}?,? or (?!so\b|two\b|three\b|more\b|less\b|not\b)/,
    note: 'alternatives without a subject: "Could go monthly, or make it async"',
  },
  {
    cues: ['if'],
    pattern: /\bif we (?:wait|launch|go|keep|cut|switch|move|stay|do|don't|pick|choose)\b/,
    note: 'scenario weighing: "if we wait until after, we lose …"',
  },
  {
    cues: ['one', 'another', 'second', 'third', 'fourth', 'other'],
    pattern:
      /(?:^|[.!?;:]\s{0,3}|\band |\bor )(?:one|another|a second|the second|a third|the third|a fourth|the other) (?:(?:path|route|way|option|alternative|idea|approach|possibility|choice|fix) )?(?:is|would be|was|could be) (?:to|that we)\b/,
    note: 'alternatives enumerated in prose: "One path is to …", "Another is to …", "A third is to …"',
  },
  {
    cues: ['whatever', 'whichever'],
    pattern: /\b(?:whatever|whichever)(?: \w+)? (?:we|they|the team) (?:pick|choose|decide|go with|do|end up (?:with|doing|picking|choosing))\b/,
    note: 'a choice still pending: "whatever we pick has to coexist with …" (not "whatever you prefer", which hands the choice over)',
  },
  {
    cues: ['work', 'works', 'help', 'fix', 'solve'],
    pattern: /\b(?:might|could|would|may) (?:also )?(?:work|help|fix (?:it|this|that)|solve (?:it|this|that))\b[^.?!\n]{0,40}?\bbut\b/,
    note: 'an alternative floated with its catch: "splitting by timezone might work but we only have two people in APAC"',
  },
  {
    cues: ['instead'],
    pattern: /(?:^|[.!?]\s{1,3})(?:maybe|perhaps|or) (?!you\b)[a-z0-9-]+(?: [a-z0-9-]+){0,3} instead\?/,
    note: 'one more alternative floated as a question: "Maybe async updates instead?"',
  },
  {
    cues: ['all', 'both', 'everything'],
    pattern: /\bcan'?t (?:do|have|afford|fund|fit) (?:all|both|everything)(?: (?:three|four|of (?:them|these|it)))?\b/,
    note: 'a trade-off stated as a constraint: "We can\'t do all three."',
  },
  {
    cues: ['argues', 'argue', 'argued', 'speaks', 'counts'],
    pattern: /\b(?:argues?|argued|speaks|counts) (?:for|against|in favou?r of)\b/,
    note: 'a consideration for or against one alternative: "which kind of argues against staying put"',
  },
  {
    cues: [
      'likes',
      'liked',
      'loves',
      'loved',
      'wants',
      'wanted',
      'want',
      'prefers',
      'prefer',
      'favours',
      'favors',
      'favoured',
      'favored',
      'voted',
      'backs',
      'backed',
      'thinks',
      'argues',
      'argued',
    ],
    pattern:
      /(?<!\b(?:i|we|you|they) )\b(?:likes|liked|loves|loved|wants|wanted|prefers|preferred|favou?rs|favou?red|voted for|backs|backed|thinks we should|argues we should|argued we should|argued for)\b[^.?!\n;]{1,60}?(?:[,;]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.?!\n]{1,50}?(?<!\b(?:i|we|you) )\b(?:likes|liked|loves|loved|wants|wanted|prefers|preferred|favou?rs|favou?red|voted for|backs|backed|thinks we should|argues we should|argued we should|argued for)\b|\b\d{1,3} (?:want|prefer|like|favou?r|voted for|chose|picked)\b[^.?!\n;]{1,60}?[,;] (?:\d{1,3}|the other \d{1,3}|the rest|others) (?:want|prefer|like|favou?r|voted for|chose|picked)\b/,
    note: 'preferences split between people: "the CEO likes the blue, marketing likes the green", "3 want CSV, 2 want a Sheets sync"',
  },
  {
    cues: ['some', 'others'],
    pattern:
      /\bsome (?:people|folks|of us|of the team|of them|reviewers|customers|users|managers) (?:think|want|prefer|like|love|hate|find|say|said|feel|felt|argued|wanted|liked|loved|hated|found|preferred)\b[^.?!\n]{1,120}?\bothers? (?:think|want|prefer|like|love|hate|find|say|said|feel|felt|argued|wanted|liked|loved|hated|found|preferred)\b/,
    note: '"some people think it\'s deliverability, others think the format is tired"',
  },
  {
    cues: ['some'],
    pattern:
      /\bsome (?:of (?:us|them|you) )?(?:want|prefer|like|think|say|said|wanted|liked|preferred|voted for)\b[^.?!\n]{1,80}?[,;] (?:and )?some(?: of (?:us|them|you))? (?:want|prefer|like|think|say|said|wanted|liked|preferred|voted for)\b/,
    note: '"some want to keep Jira, some want Linear"',
  },
];

/** Ambivalence: the writer says out loud that nothing is settled. Strong on its own. */
export const AMBIVALENCE: readonly SignalPhrase[] = [
  {
    cues: ['either'],
    pattern:
      /\b(?:go|going|went|goes|argue|argued|see|seeing|swing|swings|cut|cuts|lean|fall|falls) (?:it |this |that )?either way\b|\b(?:happy|fine|ok|okay|good) with either\b/,
    note: '"could go either way", "I could argue it either way", "happy with either"',
  },
  {
    cues: ['both', 'all', 'each', 'they', 'these'],
    pattern:
      /\b(?:both|all three|all of them|all (?:the )?options|each of them|they all|these all) (?:make sense|seem (?:viable|fine|reasonable|good|ok)|are (?:fine|viable|good|reasonable|strong|valid|fair)|have (?:merit|their merits|a point|tradeoffs|trade-offs|pros and cons|(?:a )?(?:strong|good|valid|real) (?:case|cases|arguments?)))\b|\b(?:both|all) (?:fair|valid|reasonable)\b|\ball (?:three |four |of them )?(?:have|has) (?:a )?(?:strong|good|valid|real) (?:case|cases|arguments?)\b|\beach (?:one )?(?:has|have) (?:its|their) (?:own )?(?:place|merits|strengths|uses|use case|pros and cons)\b/,
    note: '"both make sense", "all three seem viable", "both fair", "all have strong cases", "each has its place"',
  },
  {
    cues: ['all', 'none'],
    pattern:
      /\ball (?:have|has) (?:tradeoffs|trade-offs|downsides|pros and cons)\b|\bnone of (?:these|them|the options) (?:are|is|seem|seems|feel|feels|looks?)(?: \w+ly)? (?:great|good|ideal|perfect|right|viable|workable|convincing|appealing|obvious|clear|satisfying|a (?:clear |obvious )?winner)\b/,
    // The verdict is what makes it ambivalence: "none of them are close to what I would have
    // figured out" (real chat) is a learner's remark, not a choice left open.
    note: '"all have tradeoffs", "none of these are great" (not "none of them are close to…")',
  },
  {
    cues: ['either', 'any', 'each', 'all', 'both'],
    pattern:
      /\b(?:either|any|each|both) (?:one |of them |of these |option )?(?:could|would|might|can) work\b|\b(?:they all|these all|all (?:of them|of these|three|four|the options)) (?:could|would|might|can) work\b|\beither works\b/,
    // A bare "all" is not a set of options: "one sign on to rule them all would work" (real chat).
    note: '"either could work", "any of these would work", "all three would work"',
  },
  {
    cues: ['each', 'supporters', 'fans', 'backers'],
    pattern: /\beach (?:of (?:these|them|the options) )?has (?:its |real |their )?(?:own )?(?:supporters|fans|backers|champions)\b/,
    note: '"each of these has real supporters"',
  },
  {
    cues: ['ways', 'sides'],
    pattern: /\b(?:see|argue|read|take) (?:it|this|that) (?:both|either) ways\b|\bsee both sides\b/,
    note: '"I can see it both ways honestly"',
  },
  {
    cues: ['circles'],
    pattern:
      /\b(?:we(?:'ve| have|'re| are)?|the (?:team|discussion|thread|conversation|debate|meeting)|it|this)(?: (?:been|keep|kept|keeps|just))? (?:going|go|goes|went|running|run|ran|talking|talked|arguing|argued) (?:a?round )?in circles\b/,
    note: '"we\'ve been going around in circles on the onboarding flow" (a group that cannot settle; not "I\'m going in circles" debugging alone)',
  },
  { cues: ['half'], pattern: /\bhalf (?:the|of the) (?:room|team|group|panel|committee|people)\b/, note: '"half the room says A, the other half B"' },
  { cues: ['mixed'], pattern: /\bmixed (?:bag|reactions?|feedback|views|opinions|results|signals|picture)\b/, note: '"mixed bag overall", "mixed reactions"' },
  {
    cues: ['consensus', 'agreement', 'winner', 'favourite', 'favorite', 'views', 'view', 'agreed'],
    pattern:
      /\b(?:no|not (?:a|much|any)) (?:strong |clear |real )?(?:consensus|agreement) (?:yet|on|about|between|either)\b|\bno (?:strong |clear |real )?consensus\W*$|\b(?:no|not a) (?:clear )?(?:winner|favou?rite)\b|\bno (?:strong|clear) views?\b|\bviews? either way\b|\bnot everyone agreed\b/,
    note: '"no strong consensus yet", "not everyone agreed"',
  },
  {
    cues: ['answer', 'choice', 'winner', 'call', 'say'],
    pattern: /\bno (?:obvious|clear|easy|right) (?:right )?(?:answer|choice|winner|call)\b|\bhard to say which\b|\b(?:hard|tough|tricky) call\b/,
    // A bare "hard to say" is a hedge (LABELS.md "Reading real text": "hard to say without the
    // code"), not options left open; "hard to say which is better" is.
    note: '"no obvious right answer", "hard to say which is better" (not a bare "hard to say")',
  },
  {
    cues: ['agree', 'points', 'point'],
    pattern:
      /\bagree with (?:everyone|both|all)\b|\b(?:each|all|both|every one) of (?:them|you|us) (?:has|have|had|made) (?:a )?(?:fair |good |valid )?points?\b/,
    note: '"I kind of agree with everyone", "each of them has a point"',
  },
  {
    cues: ['points'],
    pattern: /\b(?:all |everyone made )?(?:fair|good|valid) points (?:on (?:both|all) sides|all round|all around|honestly)?\b|\bpoints on both sides\b/,
    note: '"all fair points", "good points on both sides"',
  },
  {
    cues: ['arguments', 'case', 'reasons'],
    pattern: /\b(?:arguments|a case|good reasons) for (?:both|all|each|either)\b/,
    note: '"I can see arguments for all three"',
  },
  {
    cues: ['favourite', 'favorite'],
    pattern: /\b(?:everyone|everybody|each team) (?:seems to )?(?:has|have) (?:a |their (?:own )?)favou?rite\b/,
    note: '"everyone seems to have a favourite"',
  },
  {
    cues: ['split', 'divided'],
    pattern:
      /\b(?:opinions|views|votes|the (?:team|room|panel|group|committee|board)|stakeholders|managers|leads|reviewers|members|regions|people|everyone|folks|we|they|leadership|team) (?:are|were|is|remain|remains|seem|seems) (?:still |pretty |fairly |evenly |completely )?(?:split|divided)\b(?! (?:across|into|in|by|among|up|between (?:two|three|the) (?:offices|sites|teams|locations)))|\bsplit down the middle\b/,
    // Who is split must be said: a bare "split on" is mostly code ("run .split on the string", real chat).
    note: '"stakeholders are split", "the panel is divided" (not "we are split across two offices", ".split on the bio string")',
  },
  {
    cues: ['torn', 'undecided', 'between'],
    pattern: /\b(?:torn|undecided|stuck) between\b/,
    note: '"the team is torn between Vercel and self-hosting": a choice stated as unmade',
  },
  {
    cues: ['either'],
    pattern: /\b(?:not (?:convinced|sold|sure)|undecided|no (?:strong |real )?(?:view|opinion|preference|feelings?)) either way\b/,
    note: '"not convinced either way yet"',
  },
  {
    cues: ['nowhere', 'closer', 'place'],
    pattern:
      /\b(?:we|we'?re|we are|we'?ve|discussions?|threads?|conversations?|debates?|meetings?|talks|it|it'?s|this|that)(?: \w+){0,3}? (?:getting|got|went|going|gone|get) (?:nowhere|no closer)\b|\bstill (?:nowhere|no closer)\b|\bno closer to (?:a|an|any) (?:decision|answer|agreement|conclusion)\b|\b(?:feedback|opinions|views|responses|results|reactions|answers) (?:is|are|was|were) (?:all over the place|all over the map)\b/,
    // A discussion or the group goes nowhere; "my first branch went nowhere" (real chat) is not one.
    note: '"discussed it in three meetings, still nowhere", "the feedback is all over the place"',
  },
  {
    cues: ['half'],
    // The halves must hold views: "half scheduled for 18:00, half for 19:00" (real chat) is a fact.
    pattern:
      /\bhalf\b(?: (?:the|of the) \w+| of (?:us|them|you|the \w+))? (?:prefers?|wants?|likes?|loves?|says?|thinks?|votes?|voted|favou?rs?|leans?|agrees?|hates?|is for|are for|would rather)\b[^.?!\n]{0,60}?[,;] (?:and )?(?:the other )?half\b/,
    note: '"half prefer SCIM, half prefer CSV upload", "half the team loves it, the other half…"',
  },
  {
    cues: ['tie', 'tied', 'toss', 'tossup', 'coin'],
    pattern:
      /\b(?:break|breaking|broke) (?:the|a|this) tie\b|\b(?:it'?s|it is|we'?re|we are|they'?re|they are|votes are|vote is|still) (?:a )?(?:tie|tied|toss-?up|coin (?:flip|toss))\b(?! (?:to|into|up|in|with|down|together|back|off)\b)/,
    // "it's tied to some other shortcut" (real chat) is attached, not a vote.
    note: '"open to ideas on how to break the tie", "it\'s a toss-up" (not "it\'s tied to…")',
  },
  {
    cues: ['feelings', 'opinion', 'opinions', 'preference', 'preferences'],
    pattern: /\bmixed feelings\b|\bno (?:strong |real |clear )?(?:opinion|opinions|preference|preferences) either way\b/,
    note: '"mixed feelings", "no strong preference either way"',
  },
  {
    cues: ['neither', 'none'],
    pattern: /\b(?:neither|none)(?: of (?:them|these|the \w+))? (?:is|are|seems|seem|looks|feels) (?:clearly |obviously )?(?:better|perfect|ideal|great)\b/,
    note: '"neither is clearly better"',
  },
];

/**
 * The writer's own indecision ("idk, going back and forth", "I can't decide"). Counts as
 * ambivalence, and also shows that a choice question the writer asked earlier ("should we do A
 * or B?") was framing their own thinking, not a request for the reader to decide.
 */
export const INDECISION: readonly SignalPhrase[] = [
  {
    cues: ['changing', 'decide', 'still', 'mind'],
    pattern: /\b(?:keep|kept) changing my mind\b|\bcan'?t (?:decide|make up my mind)\b|\bstill (?:choosing|deciding|debating|undecided|torn)\b/,
    note: 'the writer cannot choose',
  },
  {
    cues: ['back', 'forth', 'flip', 'flipping', 'flopping'],
    pattern:
      /\b(?:i'?m|i am|i keep|i've been|i have been|still|keep|been|idk,?|honestly,?) (?:going back and forth|flip-?flopping|flipping back and forth)\b|(?:^|[.!,;]\s{0,3})(?:going|went) back and forth\W{0,3}$/,
    note: '"idk, going back and forth", "I keep flip-flopping"',
  },
  { cues: ['fence'], pattern: /\bon the fence\b/, note: '"I\'m honestly on the fence"' },
  {
    cues: ['torn'],
    pattern: /\b(?:i'?m|i am|still|honestly|really|pretty) torn\b(?! between)/,
    note: '"honestly torn" (the "torn between A and B" form is weighing)',
  },
];

/**
 * Praise for the meeting in place of its outcome ("Great discussion everyone!", "lots of lessons
 * learned"). A status recap says it too, so it keeps a deliberation open only when the message
 * actually weighs something or reports proposals and concerns, not after a plain recap.
 */
export const PRAISE: readonly SignalPhrase[] = [
  {
    cues: ['discussion', 'conversation', 'debate', 'points', 'tradeoffs', 'trade', 'interesting', 'healthy'],
    pattern:
      /(?<!\b(?:had|has|have|having) (?:an? |some |a really |a very )?)\b(?:good|great|productive|healthy|useful|interesting|lively|helpful) (?:discussion|conversation|debate|points|tradeoffs|trade-offs)\b|\ball (?:very |super )?interesting\b|\b(?:was|is) a healthy one\b/,
    // A story about a talk ("Had an interesting conversation the other day comparing…", real chat)
    // reports it; praise closes one.
    note: 'praise for the talk in place of its outcome: "Good discussion all!", "Interesting tradeoffs!" (not "had an interesting conversation with…")',
  },
  {
    cues: ['productive', 'good', 'great', 'lively', 'useful'],
    pattern: /\b(?:productive|good|great|lively|useful|interesting) (?:hour|session|convo|chat|meeting(?! you)|workshop|brainstorm)\b/,
    note: 'praise for the meeting in place of its outcome: "Another productive hour on the logo", "good convo"',
  },
  {
    cues: ['lessons', 'learnings'],
    pattern: /\b(?:lots of|many|some|a lot of|plenty of|good|great|key|valuable) (?:lessons|learnings)(?: (?:learned|learnt|here|all round))?\b/,
    note: 'a post-mortem closing on "lots of lessons learned" in place of the changes',
  },
];

/**
 * A shrug closing a line of thought ("… idk", "dunno which one tbh"). Too common on its own to
 * mean deliberation, so it only keeps an existing deliberation open, like a deferral; like the
 * writer's indecision it also marks an earlier choice question as thinking aloud.
 */
export const SHRUG: readonly SignalPhrase[] = [
  {
    cues: ['idk', 'know', 'dunno'],
    pattern:
      /(?:^|[.!?,;]\s{0,3})(?:idk|dunno|i (?:really |honestly )?don'?t know)\W{0,3}$|\b(?:idk|dunno|(?:i )?don'?t know) (?:which (?:one|option|way|is better|to pick|to choose|to go with)|what to (?:pick|choose|do here))\b/,
    note: 'a shrug closing the thought: "… idk", "honestly I don\'t know", "dunno which one"',
  },
];

/** Deferral: the message closes by postponing instead of deciding. Needs some deliberation to count. */
export const DEFERRAL: readonly SignalPhrase[] = [
  {
    cues: ['see'],
    pattern:
      /\b(?:let'?s|we'?ll|we will|i'?ll) see how (?:it|things|this|that) (?:goes|go|shakes? out|plays? out|pans? out|turns? out)\b|\bwe'?ll (?:have to |need to |just have to )?see\b/,
    note: '"let\'s see how it goes", "we\'ll have to see what fits"',
  },
  {
    cues: ['revisit', 'circle', 'come'],
    pattern: /\b(?:will|we'?ll|let'?s|to) (?:revisit|circle back|come back to (?:this|it))\b|^\s*(?:will )?revisit\b/,
    note: '"will revisit"',
  },
  {
    cues: ['keep', 'keeps', 'think'],
    pattern: /\b(?:keep|keeps) (?:thinking|the conversation going|discussing|talking|chatting|mulling)\b|\bthink (?:about it|it over) (?:some )?more\b/,
    note: '"will keep thinking about it"',
  },
  { cues: ['think', 'thought'], pattern: /\b(?:lots|plenty|a lot|much) to think about\b|\bfood for thought\b/, note: '"lots to think about"' },
  {
    cues: ['discuss', 'chat', 'talk', 'discussion', 'conversation'],
    pattern:
      /\b(?:happy|glad) to (?:discuss|chat|talk) (?:further|more)\b|\b(?:continue|pick up|resume) the (?:discussion|conversation)\b(?! (?:in|on|to) (?:\[?#\d|the (?:issue|thread|pr|rfc|mailing ?list|forum)\b|github|zulip))/,
    // "continue the discussion in #9530" says where it goes on: an explicit deferral, an outcome (decision-signals.ts).
    note: '"happy to discuss further", "continue the discussion next week"',
  },
  {
    cues: ['tbd', 'decided', 'determined', 'confirmed'],
    pattern:
      /\btbd\b|\bto be (?:decided|determined|confirmed)\b(?! (?:on |by |at )?(?:or by |or before )?(?:the |next )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|next))/,
    note: 'placeholder for a decision; "to be decided by Dec 15" has a date and is a deferral (decision-signals.ts)',
  },
  {
    cues: ['thoughts', 'cents', '2', 'loud', 'knows'],
    pattern: /\b(?:just|only) (?:my|some|a few) (?:thoughts|ideas|two cents|2 cents)\b|\b(?:thoughts|ideas) for now\b|\bthinking out loud\b|\bwho knows\b/,
    note: '"these are just my thoughts for now"',
  },
  {
    cues: ['time', "didn't", 'didnt', 'parked'],
    pattern: /\bran out of time\b|\bdidn'?t get to\b|\bparked (?:it|this|for now)\b/,
    note: 'the meeting stopped short of a decision',
  },
  {
    cues: ['tough', 'hard', 'tricky', 'difficult'],
    pattern: /\b(?:a|really a|such a) (?:tough|hard|tricky|difficult) one\b/,
    note: '"everyone agreed it\'s a tough one"',
  },
  {
    cues: ['lay', 'out', 'there'],
    pattern: /\b(?:wanted|want) to (?:lay (?:it|this|everything|them) (?:all )?out|put (?:it|this|that) out there)\b|\bputting (?:it|this) out there\b/,
    note: '"just wanted to lay it all out"',
  },
  {
    cues: ['mull', 'mulling'],
    pattern: /\bmull(?:ing)? (?:it|this|that|things) over\b|\b(?:still|keep|will|i'?ll) mull(?:ing)?\b/,
    note: '"will keep mulling", "mulling it over"',
  },
  { cues: ['hmm', 'hmmm', 'hmmmm'], pattern: /\bhm{2,6}\W{0,3}$/, note: 'a thought left hanging: "… or make it async. hmm"' },
  {
    cues: ['someone', 'somebody', 'should'],
    pattern: /\b(?:someone|somebody) (?:should|needs to|has to) (?:probably |really |eventually )?(?:make (?:a|the) (?:call|decision)|decide|pick)\b/,
    note: 'a decision handed to nobody: "someone should make a call at some point"',
  },
  { cues: ['maybe'], pattern: /\bmaybe not\b/, note: '"maybe freeze scope? maybe not."' },
  // A deferral, not ambivalence on its own: "not sure which one" is also said of unrelated things.
  {
    cues: ['which', 'what', 'how', 'conclusions', 'conclusion', 'verdict'],
    pattern:
      /\bnot sure which (?:one|option|way|is better|to pick|to choose|to go with)\b|\bnot sure (?:what|which) (?:the )?(?:best|right|better) (?:path|option|way|move|call|approach|answer|choice) (?:is|would be)\b|\bnot sure (?:how|what) to (?:proceed|decide|play (?:it|this))\b|\bhard to know what to make of\b|\bhard to (?:draw|reach) (?:any |a )?(?:conclusions?|verdict)\b/,
    note: '"not sure which is better tbh", "not sure what the best path is"',
  },
  {
    cues: ['open', 'questions'],
    pattern: /\bstill (?:a few |some |several |two |three )?open questions\b|\bquestions? (?:remain|remains) open\b/,
    note: '"there are still a few open questions around QA capacity"',
  },
  {
    cues: ['figure', 'work', 'sort', 'get', 'there'],
    pattern:
      /\b(?:we'?ll|we will|we can|they'?ll|someone will) (?:figure|work|sort|hash|iron) (?:it|this|that|things|something) out\b|\b(?:we'?ll|we will) get there\b/,
    note: '"We\'ll figure it out", "I\'m sure we\'ll get there eventually": confidence instead of a plan',
  },
  {
    cues: ['open', 'ideas', 'suggestions', 'input'],
    pattern: /\bopen to (?:ideas|suggestions|thoughts|input|other (?:ideas|options|suggestions)|anything)\b|\b(?:ideas|suggestions) (?:welcome|appreciated)\b/,
    note: '"open to ideas on how to break the tie": the choice handed to nobody',
  },
  {
    cues: ['think', 'consider', 'chew', 'ponder', 'digest', 'reflect', 'dig', 'unpack', 'mind'],
    pattern:
      /\b(?:something|things|a few things|stuff|a lot|lots|plenty|much)(?: here)? (?:to|for (?:us|everyone|you) to) (?:think about|think over|consider|chew on|ponder|digest|reflect on|mull over|dig into|unpack)\b|\b(?:worth|something to) (?:keeping|keep|bearing|bear) in mind\b/,
    note: '"Something to think about before the budget review", "a few things to chew on"',
  },
  {
    cues: ['reflect', 'sleep', 'offline', 'ear', 'tell', 'wait', 'tuned', 'continued'],
    pattern:
      /\b(?:let'?s|we'?ll|we will|i'?ll|i will|need to) (?:sleep on it|take (?:it|this) offline|play it by ear|wait and see)\b|\blet'?s (?:all )?reflect\b|\b(?:i|we)(?:'ll| will| need to| want to) reflect on (?:it|this|that)\b|\btime will tell\b|\bto be continued\b/,
    note: '"mixed feelings, let\'s reflect", "let\'s sleep on it", "time will tell"',
  },
  {
    cues: ['again', 'more', 'further', 'later', 'reconvene', 'regroup', 'point', 'sometime', 'time', 'soon'],
    pattern:
      /\b(?:meet|talk|sync|chat|regroup|discuss(?: (?:it|this|that))?) (?:again|(?:some )?more|further|later)\b(?! (?:than|about the decision))|\breconvene\b|\b(?:we'?ll|let'?s|will|we can) regroup\b|\b(?:once|when|until) we know more\b|\blet'?s (?:discuss|talk|chat)(?: (?:it|this|that|more|further))? (?:at some point|sometime|some time|another time|later|soon)\b|\bpick (?:it|this|that) (?:back )?up (?:again|later|next)\b/,
    note: '"we will meet again next week to discuss it some more", "let\'s talk again after the holidays"',
  },
  {
    cues: ['research', 'thought', 'discussion', 'data', 'digging', 'investigation', 'analysis', 'work', 'needed', 'required'],
    pattern:
      /\b(?:more|further|additional) (?:research|thought|discussion|data|digging|investigation|analysis|work) (?:is |are )?(?:needed|required|to come)\b|\bneeds? (?:more|further|some more) (?:thought|research|discussion|digging|investigation|analysis)\b/,
    note: '"Conclusion: more research needed"',
  },
  {
    cues: ['decided', 'decision', 'decisions', 'conclusion', 'conclusions', 'outcome', 'resolution'],
    pattern:
      /\b(?:no|nothing) (?:(?:firm|final|real|clear) )?(?:decision|decisions|conclusions?|outcome|resolution)(?: (?:yet|reached|made|so far))?\b|\bnothing (?:was )?decided\b|\bno decisions? (?:yet|today|made)\b/,
    note: '"No conclusions yet, but a productive session"',
  },
  {
    cues: ['leave', 'leaving'],
    pattern: /\b(?:leave|leaving) it (?:here|there|at that|open) for now\b|\bwill leave it (?:here|there)\b/,
    note: '"Will leave it here for now"',
  },
  {
    cues: ['flagging', 'raising', 'noting', 'sharing'],
    pattern: /\bjust (?:flagging|raising|noting|sharing) (?:it |this |that )?for now\b|\b(?:flagging|raising) (?:it|this) for (?:now|awareness|visibility)\b/,
    note: '"Just flagging for now": a problem raised and handed to nobody',
  },
  {
    cues: ['something'],
    pattern: /\b(?:do|change|try) something about (?:it|this|that|them)\b/,
    note: '"everyone agreed we should do something about it": intent without an owner or an action',
  },
  {
    cues: ['good', 'great', 'nice', 'helpful', 'ideal'],
    pattern: /\bit would be (?:really |very |so )?(?:good|great|nice|helpful|ideal) if (?:some|this|these|that|someone|somebody|things|it|one of)\b/,
    note: 'an ownerless wish closing a list of problems: "it would be really good if some of this could get looked at"',
  },
];

/** Opinion-only questions: they ask for views on the options, not for a decision. */
export const OPINION_QUESTION: readonly SignalPhrase[] = [
  {
    pattern: /^\W*(?:any )?thoughts\W*$|\bwhat do (?:you|we|y'?all) think\b|\blet me know what you think\b|\bany (?:thoughts|opinions|views|input)\b/,
    note: '"Thoughts?" closing a list of options',
  },
];

/**
 * Proposals, concerns and open problems reported from a discussion ("Finance suggested a hybrid",
 * "CS is worried about delivery times"). Only counted together with a recap: a recap that lists
 * several of them and stops is a discussion without an outcome.
 */
export const PROPOSAL: readonly SignalPhrase[] = [
  {
    cues: ['suggested', 'proposed', 'floated', 'pitched'],
    pattern: /\b(?:suggested|proposed|floated|pitched) (?:a|an|the|that|we|to|using|moving|switching|adding|dropping|splitting|keeping|the idea|whether)\b/,
    note: '"Arjun suggested a usage cap"',
  },
  {
    cues: ['raised'],
    pattern:
      /\braised (?:that|whether|the (?:idea|question|issue|point|concern|possibility|option|risk)|an? (?:idea|question|issue|point|concern|possibility|option|risk))\b/,
    note: '"Kwame raised the idea of …", "HR raised that the lease is up" (not "raised the price")',
  },
  {
    cues: ['idea', 'ideas', 'proposal', 'suggestion'],
    pattern: /(?:^|[.;]\s*|[-*•]\s*)(?:\*\*)?(?:idea|ideas|proposal|suggestion)\b(?:\*\*)?\s*:/,
    note: '"Idea: push 3 roles to H2"',
  },
  {
    cues: ['worried', 'concerned', 'concerns', 'skeptical', 'sceptical', 'unhappy', 'frustrated', 'nervous'],
    pattern:
      /\b(?:is|are|was|were|seemed|seems|remain|got|felt) (?:\w+ )?(?:worried|concerned|skeptical|sceptical|unhappy|frustrated|nervous)\b|\braised (?:concerns?|a concern)\b/,
    note: '"customer success is worried about delivery times"',
  },
  {
    cues: ['pushed', 'objected', 'disagreed', 'questioned', 'challenged'],
    pattern: /\b(?:pushed back|objected|disagreed|questioned whether|challenged)\b/,
    note: 'disagreement reported',
  },
  {
    cues: ['issue', 'problem', 'risk', 'concern', 'blocker', 'bottleneck', 'challenge', 'pain'],
    pattern:
      /\bthe (?:biggest|main|real|other|first|second|bigger|core|underlying|root|key|remaining) (?:issue|problem|risk|concern|blocker|pain point|bottleneck|challenge) (?:is|was|here is|remains)\b/,
    note: 'problems laid out one by one: "The biggest issue is that the accruals process …"',
  },
  {
    cues: ['agreed', 'agree', 'agrees', 'admitted', 'acknowledged'],
    pattern:
      /\b(?:agreed|agree|agrees|admitted|acknowledged) (?:that )?(?:it'?s|it is|this is|that'?s|there'?s|they'?re|costs are|we'?re) (?:a |an )?(?:(?:real|big|growing) (?:problem|issue|mess|concern)|problem|issue|mess|concern|(?:way |far |much )?too (?:high|slow|long|expensive|big|many|much|late|complicated|hard))\b/,
    note: 'a problem everyone acknowledges: "everyone agreed it\'s a problem", "everyone agrees it\'s way too high"',
  },
  { cues: ['asked'], pattern: /\basked (?:for|whether|if|about|us to|again)\b/, note: '"Brightline asked whether we\'d consider on-prem"' },
  {
    cues: ['nobody', 'no'],
    pattern: /\b(?:nobody|no one|no-one) (?:has|had|owns|knows|is sure|modeled|modelled|costed|checked|looked)\b/,
    note: '"nobody has modeled the hybrid yet"',
  },
];

/** Recaps and notes: the message reports a discussion. Deliberation when combined with weighing or an open ending. */
export const RECAP: readonly SignalPhrase[] = [
  {
    cues: ['recap', 'summary', 'summarise', 'summarize', 'summarising', 'summarizing', 'debrief', 'takeaways', 'minutes'],
    pattern:
      /\b(?:to )?(?<!(?:status|weekly|daily|monthly|weekend|week|sprint|standup) )recap\b|\bsummary of\b|\bsummari[sz](?:e|ing)\b|\bdebrief\b|\btakeaways\b|\bminutes (?:from|of)\b|\bmeeting minutes\b/,
    note: '"to recap", "summary of today\'s call", "summarising the points"',
  },
  {
    cues: ['where'],
    pattern: /\bhere'?s where (?:we|things) (?:are|stand|landed)\b|\bwhere (?:we|things) (?:stand|landed)\b|\bwhere (?:we|things) are\s{0,2}:/,
    note: '"here\'s where we are"',
  },
  {
    cues: ['discussed', 'talked', 'covered', 'spent'],
    pattern:
      /\b(?:we|i|they)(?:'ve| have)? (?:now |already |again )?(?:discussed|talked about|covered|spent (?:most of |the )?(?:the |our )?(?:session|call|meeting|hour|time) (?:comparing|discussing|debating|on))\b|\bwe talked\b/,
    note: '"we talked about the on-call rotation again"',
  },
  {
    cues: ['feedback', 'impressions', 'notes', 'pitches', 'evaluation'],
    pattern: /\b(?:feedback|impressions|notes) from\b|\bpanel feedback\b|\bcollected feedback\b|\bfinal pitches\b|\bevaluation of\b/,
    note: 'reporting others\' views: "feedback from the panel", "evaluation of the three providers"',
  },
  {
    cues: [
      'discussion',
      'call',
      'meeting',
      'chat',
      'conversation',
      'sync',
      'offsite',
      'session',
      'review',
      'workshop',
      'thread',
      'interviews',
      'calls',
      'meetings',
      'demo',
      'demos',
      'visit',
      'visits',
      'survey',
      'presentations',
      'pitches',
      'tours',
      'came',
      'reviewing',
      'going',
      'reading',
    ],
    pattern:
      /\b(?:following up on|following|after|since|thank you for|thanks for) (?:our|the|today'?s|yesterday'?s|this morning'?s|last week'?s|tuesday'?s|monday'?s|wednesday'?s|thursday'?s|friday'?s) (?:[a-z-]{2,15} )?(?:discussion|call|meeting|chat|conversation|sync|offsite|session|review|workshop|thread|interviews|calls|meetings|demo|demos|visit|visits|survey|presentations|pitches|tours)\b|\bafter (?:reviewing|going through|reading through) (?:the|our|all the) \w+|\bwhat came out of (?:the|our|today'?s|yesterday'?s|this morning'?s) \w+/,
    note: '"following up on our discussion", "after yesterday\'s discussion", "thoughts after the customer interviews", "what came out of the budget review"',
  },
  {
    cues: ['share', 'sharing', 'write', 'writing'],
    pattern: /\b(?:share|sharing|write up|writing up|jot down) (?:some|a few|my) (?:thoughts|observations|notes|reflections|concerns)\b/,
    note: '"I wanted to share some thoughts on why …": a write-up that needs an outcome',
  },
  {
    cues: ['recap', 'discussion', 'thread', 'call', 'meeting', 'open', 'attendees', 'parking'],
    pattern:
      /\bthread recap\b|\bthe (?:discussion|thread|call|meeting) (?:started|went|ended)\b|\bopen (?:items|questions|issues|points)\b|\bparking lot\b|\battendees\b/,
    note: 'notes vocabulary',
  },
];

/**
 * A conversation mentioned by who and what ("good convo with support about the backlog", "talked
 * with Jin and Ola about the flaky tests"). Weaker than a recap: people mention chats in plain
 * FYIs ("talked with Sam about the trip, we'll see if he can make it"), so it counts only with
 * a concern or proposal reported and an open ending.
 */
export const MENTION: readonly SignalPhrase[] = [
  {
    cues: ['convo', 'conversation', 'chat', 'discussion', 'call', 'meeting', 'sync', 'talked', 'spoke', 'chatted', 'met'],
    pattern:
      /\b(?:convo|conversation|chat|discussion|call|meeting|sync) with [^.?!\n]{1,40}? (?:about|on|re:?|regarding) |\b(?:talked|spoke|chatted|met) (?:with|to) [^.?!\n]{1,40}? (?:about|re:?|regarding) /,
    note: 'a discussion reported by its participants and topic: "good convo with support + eng about the backlog"',
  },
];

/**
 * Titles that make a document meeting notes (matched against headings and a first line):
 * notes without a Decision / Next steps / owner to-dos are the notes-without-next-step case.
 */
export const NOTES_TITLE: readonly SignalPhrase[] = [
  {
    pattern: /\b(?:notes|minutes|recap|debrief|retro|retrospective|post-?mortems?|postmortems?|incident review|lessons learned|synthesis)\b/,
    note: 'explicit notes, post-mortems, research synthesis',
  },
  // Not standups: a standup is a status round, not a discussion that needs an outcome.
  {
    pattern:
      /\b(?:sync|meeting|call|session|crit|critique|1:1|one-on-one|offsite|workshop|kickoff|planning|prep|review|discussion|brainstorm|committee|panel)\b/,
    note: 'a meeting, review, panel or planning session',
  },
  { pattern: /\b(?:open items|open questions|open points)\b/, note: 'a list of open points' },
];

/**
 * Notes that only report status ("Release shipped", "Crash rate down to 0.2%", "Vacation 12–16
 * Aug") do not deliberate, so they need no outcome. Notes deliberate when an item raises
 * something open: a want, a worry, a problem, an idea, an unsettled question. Matched per line.
 */
export const NOTES_OPEN: readonly SignalPhrase[] = [
  {
    pattern:
      /(?<!\b(?:no|zero|without|fewer|less|any) )\b(?:wants?|wanted|would like|hoping|worried|worries|concerns?|concerned|unsure|not sure|unclear|undecided|issues?|problems?|pain|painful|risks?|risky|blocked|blockers?|struggl[a-z]*|frustrat[a-z]*|ideas?|suggest[a-z]*|propos[a-z]*|should|could|might|maybe|perhaps|whether|options?|tbd|leaned|leaning|leans|unanimous(?:ly)?|mixed|split|divided|weak|weaker|weakest|overdue|trade-?offs?|disagree[a-z]*|pushed back|objected|complain[a-z]*|confus[a-z]*|nobody|no one|too (?:long|slow|late|many|much|often|early|heavy)|not working|broken|missing|behind schedule|slipp(?:ed|ing)|over budget)\b/,
    note: 'an item that raises something open (a want, worry, problem, idea or doubt)',
  },
];

/**
 * Notes items that record a debate rather than a status: positions, doubts, objections, options.
 * ("Some prefer mornings, others want afternoons", "unclear whether we keep v1", "Ana pushed back").
 * "Shipped X, crash rate down" and "Goal: document the design space" have none.
 */
export const NOTES_DEBATE =
  /\b(?:disagree[a-z]*|pushed back|push-?back|objected|objections?|concerns? (?:about|that|over|with)|worried (?:about|that)|unsure|not sure (?:whether|if|about|how|what|which)|unclear (?:whether|if|how|what|which|who)|undecided|options? (?:are|is|would be|include)|either\b.{0,60}\bor\b|(?:some|others?) (?:prefer|want|think|argued|suggested)|argued|debated?|trade-?offs? (?:between|of|is|are)|mixed (?:feelings|views|opinions|reactions)|split (?:on|between)|divided (?:on|over)|lean(?:ed|ing|s)? (?:towards?|to)|pros and cons|versus|\bvs\.?|open questions?|no consensus|no agreement|(?:still|remains?) (?:open|unresolved|unclear|fuzzy)|to be decided|tbd|not unanimous(?:ly)?|worried|not sure|unclear|revisit|wants? (?:[\w-]+ ){1,4}first|keeps? asking|too many options|(?:nobody|no one) owns|no owner|leaned (?:\w+ )?towards?|[a-z+ ]{2,30} or [a-z+ ]{2,30}\?)/i;

/** Section titles inside notes whose items are open points by definition. */
export const OPEN_SECTION =
  /\b(?:didn'?t|did not|went wrong|go wrong|badly?|improve|improvements?|challenges|concerns|issues|problems|risks|questions|ideas|blockers|lows|tensions|open|parking lot|to discuss|discussion points|unresolved|pain points)\b/i;

/** Notes titles whose whole point is the changes they lead to (a post-mortem: something broke). */
export const CHANGE_NOTES_TITLE = /\b(?:post-?mortems?|postmortems?|lessons learned|incident review)\b/i;

/**
 * Titles of status rounds ("Status recap", "Weekly update", "Standup notes"): reports, not
 * discussions. And agendas: written before the meeting, they list what will be discussed.
 */
export const STATUS_TITLE = /\b(?:status|update|updates|standup|stand-up|changelog|release notes|progress report|weekly report|agenda)\b/i;

/**
 * A document titled as a list of problems ("Known issues with the partner API", "Risks:"): when
 * it is nothing but that list, it needs an owner or a next step like any deliberation.
 */
export const PROBLEMS_TITLE =
  /\b(?:known issues|issues|problems|pain points|blockers|risks|concerns|bugs|complaints|gaps|challenges|open items|what'?s broken|what went wrong)\b/i;

/**
 * Compile a family into one global alternation (for short inputs: titles, questions, list
 * items): case-insensitive entries, or with `caseSensitive` the entries that must match case.
 */
export function compileFamily(family: readonly SignalPhrase[], caseSensitive = false): RegExp {
  const entries = family.filter((e) => !!e.caseSensitive === caseSensitive);
  if (!entries.length) return /(?!)/g;
  return new RegExp(entries.map((e) => `(?:${e.pattern.source})`).join('|'), caseSensitive ? 'g' : 'gi');
}

export interface CompiledPhrase {
  re: RegExp;
  cues?: readonly string[];
}

/** One global regex per entry, tried only when one of its cue words is in the text. */
export function compileEntries(family: readonly SignalPhrase[]): CompiledPhrase[] {
  return family.map((e) => ({ re: new RegExp(e.pattern.source, e.caseSensitive ? 'g' : 'gi'), cues: e.cues }));
}
