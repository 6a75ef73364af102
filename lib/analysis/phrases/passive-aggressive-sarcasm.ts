// Sarcasm: praise or enthusiasm that means its opposite. The idea is positive words aimed at a
// negative event, so most entries need a grievance in the sentence (a late meeting, a redo,
// a missed deadline) and no sincere warmth in the message: "great, another meeting at 5:30 on a
// friday" is sarcasm, "great, another green nightly — nice work everyone" is praise.

import { APOLOGY_CUE, COLD_ACK_CUE, GRIEVANCE_CUE, SETBACK_CUE, STALL_CUE, THANKS_CUE, WARMTH_CUE } from './passive-aggressive-cues';
import type { JabPhrase } from './passive-aggressive-match';

const SAY_WHATS_WRONG =
  'Say what\'s actually wrong and what you\'d like instead: "Could we move this to Monday morning? Friday 5:30 is hard for me."';

const WHY_SARCASM = 'Sarcasm makes the reader decode the complaint and feel mocked; the actual request gets lost.';

export const SARCASM_PHRASES: readonly JabPhrase[] = [
  {
    name: 'great-another',
    keys: ['another', 'more'],
    pattern:
      /\b(?:oh )?(?:great|perfect|awesome|fantastic|wonderful|lovely|brilliant|excellent|super|yay|terrific|amazing|just great|oh good|joy|cool|oh cool|nice|oh nice)[,!.]* (?:yet )?(?:another|more|one more)\b/i,
    note: '"Great, another meeting" — enthusiasm for one more of something unwelcome. Needs a grievance; warmth in the message (nice work, 🎉) means it is sincere.',
    why: '"Great, another…" is sarcasm: the reader hears the eye-roll, not what you\'d like changed.',
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    sentenceAlso: GRIEVANCE_CUE,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'yet-another',
    keys: ['yet another', 'another'],
    pattern: /(?<=^[\s"'(*_]{0,3})(?:yet another\b|another (?:day|week|month|sprint|quarter|monday|friday|year|release|launch),? another\b)/i,
    note: 'A sentence opening "Yet another…" is exasperation at a repeat.',
    why: '"Yet another…" complains about a pattern without saying what should change.',
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    sentenceAlso: GRIEVANCE_CUE,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'love-that',
    keys: ['love'],
    pattern:
      /(?:(?<=^[\s"'(*_]{0,3})|(?<=[.!,;:]\s{0,3})|\b(?:ah|oh) (?:yes|yeah),? |(?<=\b(?:just|gotta|got to|don'?t you(?: just)?|really) ))(?:i )?lov(?:e|ed|ing) (?:that|how|a|an|it when|when|getting|being|having|finding|hearing|waking|learning|seeing|spending|starting|watching|reading|doing|redoing)\b/i,
    note:
      'Subject-less chat "love that I found out from the customer", "ah yes, love a 47-comment thread". Sincere "love that idea!" has no grievance and is not flagged.',
    why: 'Saying you "love" something that went wrong is sarcasm; the reader feels mocked and the fix goes unsaid.',
    fix: { kind: 'advice', text: 'Name the problem and the change you want: "I\'d like to hear about launch dates before customers do — can you loop me in?"' },
    sentenceAlso: GRIEVANCE_CUE,
    sentenceNot: /\b(?:idea|suggestion|plan|design|work|energy|this team)\b/i,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'ah-yes',
    keys: ['ah ', 'ahh ', 'oh ', 'ohh '],
    pattern: /(?<=^[\s"'(*_]{0,3})(?:ah|ahh|oh|ohh) (?:yes|yeah|joy|goody|fun)\b[,.!]*/i,
    note: '"Ah yes, …", "oh joy" open a sarcastic remark (with a grievance). "Oh great" is left to great-another: "oh great, it works again" is sincere.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    sentenceAlso: GRIEVANCE_CUE,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'fixed-sarcasm',
    keys: ['nothing', 'nice', 'surprise', 'shock', 'coincidence', 'colo', 'who could', 'why not', 'wrong', 'cool', 'convenient', 'good luck', 'mature', 'slow clap', 'i guess', 'love that', 'love that', 'helped', 'went well', 'worked out', 'not surprised', 'find it'],
    pattern:
      /\b(?:thanks? for nothing|what a (?:surprise|shock|shocker|coincidence)|surprise,? surprise|colou?r me (?:shocked|surprised)|who could have (?:guessed|predicted|seen (?:that|this) coming)|because why not|why not,? right|what could possibly go wrong|cool,? cool,? cool|how convenient|good luck with that|real mature|slow clap|thanks,? i guess|why am i not surprised|i(?:'m| am) shocked,? shocked|(?:i )?find it (?:mildly |rather |quite |slightly |somewhat )?(?:amusing|funny|hilarious|cute) (?:that|how)|love that for (?:us|me)|(?:yeah|yes|well),? that (?:really )?(?:helped|went well|worked out (?:great|well))(?:,? didn'?t it)?)\b/i,
    note: 'Stock sarcastic phrases with no sincere reading in a work message.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
  },
  {
    name: 'must-be-nice',
    keys: ['must be nice'],
    pattern: /\bmust be nice\b/i,
    note: '"Must be nice to have a four-day week" — envy as a dig. "Must be nice and warm in Lisbon" / "to be back home" are sincere.',
    why: '"Must be nice" is resentment dressed as a compliment; the reader feels judged.',
    fix: { kind: 'advice', text: 'If the difference matters, raise it directly: "Can we share the support load more evenly?"' },
    sentenceNot: /\b(?:weather|warm|sunny|and warm|to be (?:back|home)|out there|holiday|vacation|congrat\w*)\b/i,
  },
  {
    name: 'wow-a-reply',
    keys: ['wow', 'look', 'nice of you', 'whoa'],
    pattern:
      /\b(?:wow|oh look|look|whoa),? (?:a|an) (?:reply|response|answer|update)\b|\blook who(?:'s| is| decided to) (?:back|alive|awake|here|show up|join|reply|finally)\b|\bnice of you to (?:join|show up|reply|respond|grace|let (?:me|us) know|drop (?:by|in)|stop by|turn up|make it|come in|finally)\b/i,
    note: 'Mock surprise that the reader responded at all.',
    why: 'Mock surprise at a reply ("wow, a reply") shames the reader for the delay instead of moving things on.',
    fix: { kind: 'advice', text: 'Just pick up the thread: "Thanks — so, on X, can we…?"' },
    sentenceNot: /\b(?:thanks|thank you|fast|quick|already|so soon)\b/i,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'mock-praise-fragment',
    keys: ['progress', 'planning', 'communication', 'teamwork', 'timing', 'organi', 'efficiency', 'leadership', 'coordination', 'foresight'],
    pattern:
      /^(?:wow[,!]? |just |truly |really )?(?:amazing|great|fantastic|stellar|impressive|excellent|incredible|outstanding|brilliant|solid|top-notch|world-class) (?:progress|planning|communication|teamwork|timing|organi[sz]ation|efficiency|leadership|coordination|foresight)[.!]*$/i,
    note: 'A one-line verdict ("Amazing progress.") after describing a stall. Needs a stall in the message (still, again, same, after N meetings).',
    why: 'Mock praise after describing a stall is sarcasm; the reader hears contempt and no next step.',
    fix: { kind: 'advice', text: 'Say what\'s stuck and propose the next step: "We\'ve compared these twice; can we decide by Friday?"' },
    messageAlso: /\b(?:still|again|same|after (?:\w+ )?(?:meetings|weeks|months|rounds|calls|syncs))\b/i,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'cant-wait-fragment',
    keys: ['can\'t wait', 'cant wait', 'cannot wait'],
    pattern: /^(?:i )?(?:can'?t|cannot) wait[.!]*$/i,
    note: 'A bare "can\'t wait." after describing something unwelcome. "Can\'t wait to see you!" has an object and is not matched.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    messageAlso: GRIEVANCE_CUE,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'hyperbolic-deadline',
    keys: ['quarter', 'year', 'decade', 'century', 'millennium', 'lifetime', 'retire', 'month'],
    pattern:
      /\b(?:any ?time|whenever|sometime|at some point) (?:this|next|in the next) (?:quarter|year|decade|century|millennium|lifetime)\b(?: (?:is|would be|works)(?: (?:fine|great|nice|ok|okay|good|lovely))?)?|\bthis (?:decade|century|lifetime|millennium) would be (?:nice|great|lovely|good)\b|\bbefore (?:i|we) retire\b|\bhopefully (?:this|before (?:the )?end of (?:the|this)|sometime this|at some point this) (?:month|quarter|year|decade|century|lifetime)\b/i,
    note: '"Any time this quarter is fine" — an exaggerated deadline that mocks the delay.',
    why: 'An exaggerated deadline ("any time this quarter") mocks the delay instead of setting a real one.',
    fix: { kind: 'advice', text: 'Give the real deadline: "Could you send feedback by Thursday?"' },
  },
  {
    name: 'sarcastic-prediction',
    keys: ['sure', 'forward', 'always'],
    pattern:
      /\b(?:i'?m|i am) sure (?:the|this|that) (?:next|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)|new|other) (?:meeting|sync|call|round|attempt|try|time|one|workshop|offsite|review|reorg|version)\b[^.!?\n]{0,40}?\bwill\b|\b(?:i )?look(?:ing)? forward to (?:the next|another|more|yet another) (?:round|set|batch|wave|surprise|change|meeting|reorg|pivot|fire ?drill)s?\b|\bas (?:it|they|things) (?:somehow )?always (?:does|do)\b/i,
    note: '"I\'m sure the fifth meeting will crack it", "I look forward to the next round of changes".',
    why: 'A mock-hopeful prediction is sarcasm about the pattern; it doesn\'t tell anyone what to do differently.',
    fix: { kind: 'advice', text: 'Propose the change instead: "Can we decide this in Thursday\'s meeting, with Alan making the call if we\'re split?"' },
    sentenceAlso: /\b(?:sure|next|another|more|somehow|changes)\b/i,
  },
  {
    name: 'wonderful-use-of-time',
    keys: ['use of'],
    pattern: /\b(?:great|wonderful|fantastic|excellent|brilliant|productive|good|lovely) use of (?:his|her|my|our|their|everyone'?s|your|the team'?s|everybody'?s) time\b/i,
    note: 'Praise of wasted time. Sincere ("that workshop was a great use of our time!") carries no grievance and no mock concession.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: 'Say what it cost and what you need: "Our manager waited on site three times; please confirm a date this week."' },
    sentenceAlso: /\b(?:i'?m sure|which|didn'?t|did not|waited|waiting|nothing|never|no one|nobody)\b/i,
  },
  {
    name: 'but-sure',
    keys: ['sure', 'at least'],
    pattern: /\bbut sure,? (?:let'?s|why not|go ahead|whatever)\b|\b(?:but )?hey,? at least\b|\boh well,? at least (?:the|we|it)\b/i,
    note: '"…but sure, let\'s talk about process", "but hey, at least the emails look great now" — the turn into sarcasm.',
    why: 'Turning to "but sure…" / "but hey, at least…" is sarcasm; the reader hears resentment rather than a request.',
    fix: { kind: 'advice', text: 'Say the frustration plainly and what would help: "I\'d have liked to know on Friday; next time, can someone ping me?"' },
  },
  {
    name: 'sigh',
    keys: ['sigh', 'ugh', 'smh', 'facepalm', 'roll'],
    pattern: /^(?:\*?sigh\*?|ugh+|smh|\*?facepalm\*?|eye ?roll)[.!]*(?=\s|$)/i,
    note: 'An opening "Sigh." or "smh" performs exasperation at the reader.',
    why: 'Opening with a sigh tells the reader they are a burden before they hear the point.',
    fix: { kind: 'advice', text: 'Start with the point itself.' },
  },
  {
    name: 'x-much',
    keys: [' much?'],
    pattern: /^[a-z-]{3,20} much\?+$/i,
    note: 'The "Bitter much?" construction — a one-line taunt.',
    why: 'A taunt ("bitter much?") shuts the conversation down; say what you disagree with.',
    fix: { kind: 'advice', text: 'Respond to the point itself: "I see it differently because…"' },
    sentenceNot: /^(?:how|too|not|so|very|that|this) much/i,
  },
  {
    name: 'seriously',
    keys: ['serious', 'srsly', 'kidding', 'joking'],
    pattern: /^(?:seriously|srsly|are you (?:serious|kidding(?: me)?)|you'?re (?:kidding|joking)(?: me)?,? right)\s*[?!]+[?!]*$/i,
    note: 'A one-word "Seriously?" reply — exasperation with no content.',
    why: '"Seriously?" conveys exasperation and leaves the reader to guess what is wrong.',
    fix: { kind: 'advice', text: 'Say what surprised you and what you need: "This changes the launch date — can we talk before it goes out?"' },
  },
  {
    name: 'take-your-time',
    keys: ['take your time', 'no rush', 'no hurry'],
    pattern: /\b(?:take your time|no rush|no hurry)\b[,.;]?\s*(?:it'?s|it is|its) (?:only|just) (?:the|a|our|my|your)\b/i,
    note: '"Sure, take your time, it\'s only the board deck" — mock patience.',
    why: 'Mock patience ("take your time, it\'s only…") is sarcasm about the delay; give the real deadline.',
    fix: { kind: 'advice', text: 'Give the real deadline: "I need the board deck by 3pm today."' },
  },
  {
    name: 'input-matters',
    keys: ['matter', 'count', 'valued', 'appreciated'],
    pattern: /\bmy (?:input|opinion|time|work|feedback|effort|vote|view|weekend|evening)s? (?:really |clearly |obviously |totally )?(?:matters?|counts?|is (?:valued|appreciated|important))\b/i,
    note: '"Good to know my input matters" — sarcasm about being ignored. Needs an ironic frame (good to know, glad, clearly).',
    why: 'Sarcasm about your input "mattering" voices hurt without asking for anything.',
    fix: { kind: 'advice', text: 'Say what you want: "I\'d like to be consulted before the spec changes — can we add me as a reviewer?"' },
    sentenceAlso: /\b(?:good to know|nice to know|glad to (?:see|know)|great to (?:see|know)|clearly|obviously|really|love)\b/i,
  },
  {
    name: 'cool-cool-cool',
    keys: ['cool'],
    pattern: /^cool(?:[,.!]* cool)*[.!]*$/i,
    note: '"cool. cool cool." split over sentences: three flat "cool"s are the sarcastic form; one "cool" is fine.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    messageAlso: /\bcool\W{1,3}cool\W{1,3}cool\b/i,
  },
  {
    name: 'interesting-choice',
    keys: ['choice', 'decision', 'move', 'strategy'],
    pattern: /\b(?:interesting|bold|brave|curious|fascinating|creative) (?:choice|decision|move|strategy) to\b|\bbold strategy\b/i,
    note: '"Interesting choice to ship that on a Friday" — mock appraisal of someone else\'s call.',
    why: 'Mock appraisal ("interesting choice to…") criticises without saying what you\'d do instead.',
    fix: { kind: 'advice', text: 'Say the concern: "Shipping on Friday leaves no one on call for the weekend — can we move it to Monday?"' },
  },
  {
    name: 'ill-wait',
    keys: ['wait'],
    pattern: /^(?:i'?ll|i will|we'?ll) (?:just )?wait[.!]*$/i,
    note: 'A bare "I\'ll wait." after a question is a sarcastic demand for a reply.',
    why: 'A bare "I\'ll wait." is a sarcastic demand; the reader feels stared at.',
    fix: { kind: 'advice', text: 'Ask with a time: "Can you reply by 3pm? I need it for the client call."' },
  },
  {
    name: 'guilt-trip',
    keys: ['disappointed', 'bless', 'used to it'],
    pattern: /\bnot (?:mad|angry|upset),? (?:just|i'?m just|only) disappointed\b|\bbless (?:your|his|her|their) (?:heart|hearts|soul)\b|\bi'?m used to it\b/i,
    note: '"Not mad, just disappointed", "bless your heart", "I\'m used to it" (after "it\'s fine") — guilt delivered as calm.',
    why: 'Guilt delivered calmly ("I\'m used to it") makes the reader feel bad without telling them what to change.',
    fix: { kind: 'advice', text: 'Say what happened and what you need next time.' },
    messageAlso: /\b(?:disappointed|bless|it'?s fine|its fine|don'?t worry|no worries|whatever|as usual|again)\b/i,
  },
  {
    name: 'after-the-fact-fragment',
    keys: ['after', 'once'],
    pattern: /^(?:and |just |only )?(?:after|once|right after|two hours after|an hour after|a day after) (?:i|we|the|it|everyone)\b[^.!?\n]{0,40}[.!]*$/i,
    note: '"Appreciate you letting me know the meeting moved. After I drove in." — a trailing fragment that turns thanks into a rebuke.',
    why: 'The trailing "after I…" turns the thanks into sarcasm; say what you need next time.',
    fix: { kind: 'advice', text: 'Ask for the change: "Next time the meeting moves, can you tell me before 8am?"' },
    messageAlso: /\b(?:thanks|thank you|appreciate|great|nice|helpful|good to know)\b/i,
    sentenceNot: /\b(?:will|'ll|can|could|please|let'?s|should|shall)\b/i,
  },
  {
    name: 'praise-fragment',
    keys: ['love', 'great', 'neat', 'nice', 'super', 'awesome', 'perfect', 'wonderful', 'lovely', 'fun', 'yay', 'amazing', 'brilliant', 'fantastic', 'classic', 'cool', 'good times'],
    pattern: /^(?:just |really |so |oh |how )?(?:love it|love this|love that|great|neat|nice|super|awesome|perfect|wonderful|lovely|fun|yay|amazing|brilliant|fantastic|classic|good times|fun times|cool)[.!]*$/i,
    note: 'A one-word verdict right after a setback ("The client call got moved to 7am. Love it.") is sarcasm; after good news it is praise.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    previousAlso: SETBACK_CUE,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'positive-opener-setback',
    keys: ['great', 'perfect', 'fantastic', 'wonderful', 'brilliant', 'awesome', 'lovely', 'super', 'excellent', 'terrific', 'amazing', 'nice to', 'good to', 'glad', 'happy to', 'pleased to', 'delighted to', 'thrilled to', 'fine that'],
    pattern:
      /(?<=^[\s"'(*_]{0,3})(?:oh )?(?:great|perfect|fantastic|wonderful|brilliant|awesome|lovely|super|excellent|terrific|amazing)[,!]+ (?:so )?(?:the|our|my|we|it|they|now)\b|\b(?:nice|good|great|lovely|fun) to (?:see|know|hear) (?:that )?(?:the|we|our|it|they|nobody|no one|everyone|you)\b|\b(?:so |really )?glad (?:we|you|they|everyone)\b|\b(?:so |really )?(?:glad|happy|pleased|delighted|thrilled) to (?:see|know|hear|learn) (?:that )?(?:the|we|our|it|they|nobody|no one|everyone|you)\b|\b(?:totally |completely |perfectly )?fine that (?:nobody|no one|you|they|we|someone)\b/i,
    note: 'Positive framing of a setback: "fantastic, the client call got moved to 7am", "nice to see the estimate tripled overnight", "so glad we spent an hour on the font again". Needs a setback in the sentence.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    sentenceAlso: SETBACK_CUE,
    sentenceNot: /\b(?:fixed|resolved|back up|green|passing|shipped|on time|early|ahead)\b/i,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'thanks-for-ignoring',
    keys: ['ignoring', 'skipping', 'forgetting', 'leaving', 'not '],
    pattern:
      /\b(?:thanks?|thank you|appreciate|love) (?:(?:everyone|you all|y'?all|you|everybody|all of you|the team) )?(?:so much |a lot )?(?:for )?(?:ignoring|skipping|forgetting|leaving me|not (?:reading|replying|answering|showing up|telling|responding|inviting|including|letting))\b/i,
    note: '"Appreciate everyone ignoring my question", "thanks for not telling me" — thanks for a slight.',
    why: 'Thanking someone for a slight is sarcasm; say what you need from them instead.',
    fix: { kind: 'advice', text: 'Ask directly: "Can someone answer my question about the API limits by 3pm?"' },
  },
  {
    name: 'mock-concern',
    keys: ['alive', 'left the company', 'quit', 'face of the earth', 'disappeared'],
    pattern:
      /\b(?:you(?:'re| are)? still alive|are you (?:still )?alive|thought you'?d (?:left|quit|died|disappeared|forgotten about us)|(?:fell|fall|fallen|dropped) off the face of the (?:earth|planet)|did you (?:leave|quit) the company)\b/i,
    note: '"Just checking you are still alive?" — mock concern about a slow reply.',
    why: 'Mock concern about whether the reader is "alive" shames them for the delay.',
    fix: { kind: 'advice', text: 'Ask for what you need: "Haven\'t heard back since Monday — can you confirm the booking today?"' },
  },
  {
    name: 'sarcastic-tail',
    keys: ['oh wait', 'but sure', 'but ok', 'but okay', 'but fine', 'but whatever', 'so whatever', 'late', 'behind', 'overdue'],
    pattern:
      /\boh wait\b[.!]*$|\b(?:but|so),? (?:sure|ok|okay|fine|whatever)[.!]*$|\bonly (?:\w+ ){0,2}(?:days?|weeks?|hours?|months?) (?:late|behind|overdue)\b/i,
    note: '"…before the meeting, oh wait", "I did flag this in January, but sure", "great job, only three days late".',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
  },
  {
    name: 'mock-thrill',
    keys: ['riveting', 'thrilling', 'gripping', 'scintillating', 'electrifying', 'edge of my seat', 'page-turner', 'page turner'],
    pattern:
      /\b(?:riveting|thrilling|gripping|scintillating|electrifying)(?: (?:stuff|times|content|discussion|debate|read|meeting|as (?:always|usual|ever)))+\b|\b(?:on|at) the edge of my seat\b|\b(?:real |a real |quite the )?page[- ]turner\b/i,
    note:
      '"Riveting stuff as always" about a circular meeting — mock excitement about something tedious. Sincere "a thrilling launch" has no "stuff/as always" tail; edge-of-seat and page-turner are almost never literal at work.',
    why: 'Mock excitement tells the reader the thing was a waste of time without saying what should change.',
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    messageNot: WARMTH_CUE,
  },
  {
    name: 'missed-the-previous',
    keys: ['missed', 'eventually'],
    pattern:
      /\bfor (?:anyone|anybody|those(?: of you)?|everyone) who (?:missed|skipped|slept through|wasn'?t (?:at|in)) (?:the )?(?:previous|last|first|other) (?:two|three|four|five|several|\d{1,2}|few|many|meetings?|calls?|syncs?|times?|rounds?)\b|\bi'?m (?:sure|confident|certain) (?:we|it|they|you|this)(?:'ll| will) (?:get there|get to it|figure it out|sort it out|land it|decide|get it done)(?: one day)? (?:eventually|someday|one day|at some point)\b/i,
    note:
      '"…for anyone who missed the previous three", "I\'m sure we\'ll get there eventually" — counting the failed rounds and mock-hoping about the next one.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: 'Propose the way out: "Can we decide this Friday? I suggest option B unless someone objects by Thursday."' },
  },
  {
    name: 'hyperbolic-compliance',
    keys: ['every', 'each'],
    pattern:
      /\b(?:i'?ll|i will|we'?ll|i shall|i'?m going to) (?:be sure to |make sure to |remember to |just |of course |obviously )?(?:run|clear|check|pass|send|show|ask about|cc you on|get approval for) (?:every|each) (?:single |last |little )?(?:\w+ ){0,2}?(?:past|by|with|through|to) you\b/i,
    note:
      '"Understood. I\'ll make sure to run every comma past you from now on." — complying by exaggeration so the reader feels accused of micromanaging. A real process ("I\'ll send each draft to you for sign-off going forward") has no hyperbole, so the sentence must also say "every single/last", "each and every" or name something absurdly small (every comma, every pixel).',
    why: 'Exaggerated compliance is sarcasm: it tells the reader they\'re micromanaging without saying so. Say what you disagree with.',
    fix: { kind: 'advice', text: 'Say the disagreement directly: "Happy to have you review the copy — can we agree which changes need your sign-off?"' },
    sentenceAlso: /\b(?:every (?:single|last|little)|each and every|every (?:comma|word|pixel|typo|full stop|period|sentence|emoji|semicolon|font|breath|keystroke))\b/i,
  },
  {
    name: 'hope-it-was-worth-it',
    keys: ['worth it', 'happy now', 'satisfied now', 'proud of'],
    pattern:
      /\b(?:i )?hope (?:that|it|this|all that|the [a-z]+)(?: was| were) (?:all |really |totally )?worth it\b|\bhope (?:you'?re|you are|everyone'?s|everyone is|they'?re|they are) (?:happy|satisfied|pleased|proud of (?:yourselves|yourself|themselves))(?: now)?[.!]*$/i,
    note:
      '"Saw the hotfix skipped QA. Hope that was worth it", "hope you\'re happy now" — an ironic wish that is really a verdict on what the reader did. Past tense only: "long flight but hope it\'s worth it!" looks forward and is sincere.',
    why: 'An ironic "hope it was worth it" passes judgement without saying what went wrong or what should change.',
    fix: { kind: 'advice', text: 'Say the concern and the ask: "The hotfix skipped QA — can we run the regression suite on it today?"' },
    sentenceNot: /\b(?:fun|trip|vacation|holiday|photos?|view|wait|hike|drive|flight|enjoy\w*|amazing|beautiful)\b/i,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'mock-productive',
    keys: ['productive', 'useful', 'fruitful', 'efficient', 'enlightening', 'valuable', 'illuminating', 'successful', 'effective', 'constructive', 'well-spent', 'well spent'],
    pattern:
      /\b(?:another|yet another|what an?|such an?|truly an?|a very|a really|an incredibly|a super|a deeply) (?:productive|useful|fruitful|efficient|enlightening|valuable|illuminating|successful|effective|constructive|well[- ]spent) (?:hour|hours|half[- ]hour|meeting|call|sync|afternoon|morning|day|session|discussion|week|thread|workshop|review|standup|debate|conversation)\b/i,
    note:
      '"Another productive hour on the logo" in a recap that goes nowhere — praise for time that was wasted. Needs a stall in the message (still, again, no decision, discuss it some more); "another productive sprint, thanks all" is sincere.',
    why: 'Calling a going-nowhere meeting "productive" is sarcasm: the reader hears contempt and no next step.',
    fix: { kind: 'advice', text: 'Say what is stuck and propose the way out: "We still have two options; can Dana make the call by Friday?"' },
    messageAlso: STALL_CUE,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'keeping-score',
    keys: ['keeping'],
    pattern: /\bfor (?:those|anyone|anybody|everyone|all)(?: of you)? (?:keeping|who'?s keeping|who are keeping|still keeping) (?:score|track|count)(?: at home)?\b/i,
    note:
      '"For those keeping score: the CEO likes blue, marketing likes green…" — a tally of a stalemate told as a joke at the participants\' expense. A cheerful tally ("for those keeping score, we hit 10k users 🎉") has warmth and no stall.',
    why: 'Keeping score of a stalemate mocks the people in it; the reader hears a dig rather than a way forward.',
    fix: { kind: 'advice', text: 'Lay out the options neutrally and ask for a decision: "Options: blue (CEO), green (marketing). Can we decide by Friday?"' },
    messageAlso: STALL_CUE,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'mock-aside-prediction',
    keys: ['assume', 'presume', 'suppose', 'imagine', 'no doubt', 'of course', 'naturally', 'presumably'],
    pattern:
      /,\s?(?:i assume|i presume|i suppose|i imagine|no doubt|presumably|of course|naturally),\s?[^.!?\n]{0,60}?\b(?:again|some more|once more|yet again|all over again|another (?:round|meeting|hour|call))\b|\b(?:we|they|you)(?:'ll| will) no doubt (?:\w+ ){0,4}?(?:again|some more|once more|all over again)\b/i,
    note:
      '"We will, I assume, meet again next week to discuss it some more" — the mock-resigned aside ("I assume", "no doubt") predicts another round of the same. A plain "we\'ll meet again Tuesday to decide" has no aside.',
    why: 'A resigned aside predicting more of the same is sarcasm; it tells the reader the process is pointless without offering a way out.',
    fix: { kind: 'advice', text: 'Propose how to end it: "Next week, let\'s bring one recommendation and decide in the meeting."' },
    messageNot: WARMTH_CUE,
  },
  {
    name: 'verdict-after-setback',
    keys: ['who', 'figure', 'typical', 'shocking', 'quelle', 'imagine', 'fancy', 'naturally', 'as expected', 'called it', 'worth it', 'of course it', 'interesting', 'good to know', 'noted', 'cool', 'then', 'love it', 'lovely', 'favo'],
    pattern:
      /^(?:who (?:would|could)(?:'ve| have) (?:thought|guessed|known|predicted)(?: it)?|who knew|go figure|figures|typical|how typical|shocking|quelle surprise|imagine that|fancy that|naturally|as expected|called it|interesting|very interesting|good to know|noted|cool|ok then|okay then|love it|lovely|my (?:absolute )?favou?rite(?: part)?|was it worth it|of course (?:it|they|he|she) (?:did|does|is|was|has|had|didn'?t|doesn'?t|wasn'?t))[.!?]*$/i,
    note:
      'A one-line verdict ("Typical.", "Go figure.", "Who knew.") right after describing a setback. After good news ("we shipped early. who knew!") warmth or the lack of a setback keeps it clean.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    previousAlso: SETBACK_CUE,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'pointed-thanks-timing',
    keys: ['only', 'just', 'mere', 'barely', 'minutes', 'hour', 'notice', 'heads', 'quick', 'speedy', 'prompt', 'swift', 'timely', 'fast'],
    pattern:
      /^(?:and |but )?(?:only|just|a mere|merely|barely)(?: \w+){1,2} (?:(?:days?|weeks?|months?|years?|sprints?|quarters?) (?:after|late|past|overdue|behind)|(?:minutes?|hours?) (?:before|after|late))\b[^.!?\n]{0,40}[.!?]*$|\b(?:thanks?|thank you|appreciate)(?: (?:so|very) much| a lot)?,? (?:for )?(?:the|your) (?:quick|speedy|prompt|fast|swift|timely|lightning[- ]fast|rapid|early|advance) (?:reply|response|turnaround|answer|action|feedback|notice|heads[- ]?up|warning|update)\b[^.!?\n]{0,60}?\b(?:(?:only |just |a mere )?(?:\d+|a|one|two|three|four|five|six|several|a few) (?:days?|weeks?|months?|years?)|(?:\d+|ten|five|fifteen|twenty|thirty|a few) minutes (?:before|after)|an hour before|after the (?:fact|deadline|meeting|call|launch)|the (?:night|day|morning) (?:before|of))\b/i,
    note:
      '"Thanks so much for the signed contract. Only five weeks after kickoff!", "appreciate the advance notice, ten minutes before the call" — thanks turned into a tally of the delay. The fragment counts only in a message that thanks; "only two weeks left" or a plan ("just two days after launch we will…") is not matched.',
    why: 'Thanks followed by a tally of the delay is sarcasm: the reader feels the rebuke, not the gratitude.',
    fix: { kind: 'advice', text: 'Keep the thanks; if the timing is a problem, ask for what you need next time: "For the next contract, could we aim for two weeks?"' },
    messageAlso: THANKS_CUE,
    sentenceNot: /\b(?:will|'ll|can|could|please|let'?s|should|shall|left|to go|remaining|early|ahead)\b/i,
  },
  {
    name: 'better-late-than-never',
    keys: ['better late'],
    pattern: /\bbetter late than never\b/i,
    note: 'Said about someone else\'s late delivery it is a dig. Said about yourself ("sorry for the slow reply, better late than never") it is self-deprecation and is not matched.',
    why: '"Better late than never" points at the delay; the reader hears the reproach more than the thanks.',
    fix: { kind: 'advice', text: 'Thank them plainly; if the delay matters, ask for what you need next time.' },
    messageNot: /\b(?:sorry|apologi[sz]e|apologies|my bad|i'?m late|i was late|my (?:late|slow)|oops)\b/i,
  },
  {
    name: 'scare-quotes',
    keys: ['"', "'", 'so-called'],
    pattern:
      /\b(?:your|his|her|their|this|that|these|those) ["'](?:[a-z-]{1,15} )?(?:quick|urgent|small|minor|tiny|simple|easy|final|finished|done|fixed|fix|tested|reviewed|feedback|help|input|plan|process|priority|emergency|improvements?|tweaks?|suggestions?|strategy|working|solution|clean-?up|expert|experts|professional|ready|stable|agreed|heads[- ]up|notice|asap|soon|research)(?: [a-z-]{1,15})?["'](?![a-z])(?! ?(?:column|status|label|button|field|state|lane|option|checkbox|folder|channel|stage|tag|list|filter|section|menu|tab|page|template|link|key|flag|setting|mode|view|board|workflow|doc|file|sheet|notation|tray|ticket|card|item|task|issue|pr|pull request)s?\b)|\bthe (?:[a-z]{1,15} )?["'](?:[a-z-]{1,15} )?(?:quick|urgent|simple|final|minor|small|tiny|asap|emergency|flexible|optional|improvements?|fix|feedback|plan|process|help|priority|brief|short|friendly)(?: [a-z-]{1,15})?["'](?![a-z])(?! ?(?:column|status|label|button|field|state|lane|option|checkbox|folder|channel|stage|tag|list|filter|section|menu|tab|page|template|link|key|flag|setting|mode|view|board|workflow|doc|file|sheet|ticket|card|item|task|issue)s?\b)|\b(?:your|his|her|their|this|that|these) so-called\b/i,
    note:
      'Scare quotes around the reader\'s own word (your "quick" fix, this "final" version, their so-called plan) say "I don\'t believe it". Only with a pointing word (your, this, their): quoted terms in explanations ("there is some form of \'solution\'") and UI labels ("move it to the \\"Done\\" column") are not matched.',
    why: 'Scare quotes mock the reader\'s word instead of saying what is wrong with the thing.',
    fix: { kind: 'advice', text: 'Say the actual problem: "The fix took three days and still fails on Safari — can we look at it together?"' },
    sentenceNot: /\b(?:(?<!so-)called|known as|named|titled|labell?ed|type|typing|enter|select|choose|click|search for|tag(?:ged)? (?:it )?(?:as|with)|marked? (?:it )?as|set (?:it )?to|means|mean|defined?|definition|term|says|said|wrote|writes|subject|quote|quoted)\b/i,
  },
  {
    name: 'resigned-i-guess',
    keys: ['i guess', 'the boss', 'the expert'],
    pattern:
      /^(?:fine|sure|ok|okay|great|cool|whatever(?: works)?|your call|noted|good to know|if you say so|works for me|perfect|lovely)[,.]? i guess[.!]*$|\byou'?re the (?:boss|expert)(?:,? (?:i guess|after all|apparently|right)|[.!]*$)/i,
    note: '"Fine, I guess.", "your call, I guess", "you\'re the expert, after all" — a concession that announces disagreement without saying why.',
    why: 'A grudging "…I guess" concedes while signalling you disagree; the reader hears the sulk, not your view.',
    fix: { kind: 'advice', text: 'If you disagree, say so and why: "I\'d have gone with X because Y, but I can go with this."' },
  },
  {
    name: 'mock-permission',
    keys: ['permission', 'approval', 'blessing', 'sign-off', 'sign off', 'signoff', 'authori'],
    pattern:
      /\b(?:i'?ll|i will|i shall|i'?m going to|we'?ll|we will) (?:be sure to |make sure to |make certain to |remember to |of course |certainly |definitely |now |always )?(?:ask|request|seek|get|wait for|obtain) (?:for )?(?:your |written |explicit |formal |prior |official |express ){0,2}(?:permission|approval|blessing|sign-?off|authori[sz]ation) (?:before|prior to|to)\b/i,
    note:
      '"Understood. In future I will make sure to ask permission before fixing production outages" — obedience so exaggerated it is a protest. Needs the correction frame (in future, going forward, from now on) and no apology; "I\'ll get approval from finance before ordering" is a plan and is not matched.',
    why: 'Mock obedience tells the reader they are being unreasonable without saying why; the disagreement goes unspoken.',
    fix: { kind: 'advice', text: 'Say the disagreement directly: "I fixed it because customers were down — can we agree when I can act without asking first?"' },
    sentenceAlso: /\b(?:in (?:the )?future|going forward|moving forward|from now on|next time|henceforth|from here on)\b/i,
    messageNot: APOLOGY_CUE,
  },
  {
    name: 'cold-ack-compliance',
    keys: ['future', 'forward', 'from now', 'next time', 'henceforth', 'here on'],
    pattern:
      /\b(?:in (?:the )?future|going forward|moving forward|from now on|next time|henceforth|from here on),? (?:i|we)(?:'ll| will| shall) (?:be sure to|make sure to|make certain to|remember to|of course|certainly|definitely|always|never|only)\b|\b(?:i|we)(?:'ll| will| shall) (?:be sure to|make sure to|make certain to|remember to|of course)\b[^.!?\n]{1,80}?\b(?:in (?:the )?future|going forward|from now on|henceforth|from here on)\b/i,
    note:
      'A cold "Understood." or "Duly noted." followed by an emphatic promise to comply ("In future I will make sure to…") reads as a protest. After a plain "Got it" or with an apology ("sorry, I\'ll make sure to cc you going forward") it is sincere.',
    why: 'A clipped acknowledgement followed by an exaggerated promise reads as mock obedience; the reader hears the resentment.',
    fix: { kind: 'advice', text: 'Say what you actually think: "Got it. For outages, can I still act first and tell you right after?"' },
    previousAlso: COLD_ACK_CUE,
    messageNot: APOLOGY_CUE,
  },
  {
    name: 'duly-noted',
    keys: ['duly noted', 'message received'],
    pattern: /^(?:duly noted|message received)[.!]*$/i,
    note: '"Duly noted." on its own line is over-formal and cold: an acknowledgement that signals annoyance. "Duly noted, thanks — I\'ll update the deck" has warmth and content and is not matched.',
    why: 'A formal "Duly noted." reads as a cold brush-off; the reader hears annoyance.',
    fix: { kind: 'replace', text: 'Thanks, noted.', advice: 'Acknowledge warmly and say what you\'ll do: "Thanks — I\'ll update the deck."', startOnly: true },
    messageNot: /\b(?:thanks|thank you|appreciate|will do|i'?ll)\b/i,
  },
  {
    name: 'one-of-these-days',
    keys: ['one of these', 'someday', 'some day', 'ever'],
    pattern:
      /\b(?:would|'d|could|might|will|'ll)\b[^.!?\n]{0,20}?\b(?:nice|great|lovely|good|helpful|refreshing|amazing|wonderful|swell|cool)? ?(?:if|when) (?:someone|somebody|anyone|anybody|people|folks|y'?all|the (?:team|rest of (?:you|us)))\b[^.!?\n]{0,80}?\b(?:one of these (?:days|weeks|months|years|decades)|some ?day|ever)\b|\b(?:someone|somebody|anyone|anybody) (?:could|would|might|will|'ll)\b[^.!?\n]{0,80}?\bone of these (?:days|weeks|months|years|decades)\b/i,
    note:
      '"It\'d be nice if someone documented the release process one of these days" — an unowned wish with a sigh ("one of these days", "ever"; "for once" is implied-blame\'s) that blames the group. "It\'d be nice if someone could grab lunch for the visitors" has no sigh and is a plain (vague) request.',
    why: 'A sighing wish aimed at "someone" blames everyone and asks no one; the reader feels the reproach but nobody owns the task.',
    fix: { kind: 'advice', text: 'Ask one person with a date: "@sam, could you write up the release process by Friday?"' },
    sentenceNot: /\b(?:visit|come (?:by|over)|grab (?:a )?(?:coffee|lunch|drink)|catch up|meet up)\b/i,
  },
  {
    name: 'not-marker',
    keys: ['(not', '/s', 'jk)'],
    pattern: /\((?:not|not really|kidding|jk|sarcasm|\/s)\)|(?:^|\s)\/s$/i,
    note: '"Thanks for the super clear instructions (not)" — an explicit sarcasm marker.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
  },
  {
    name: 'went-so-well-last-time',
    keys: ['last time', 'before'],
    pattern:
      /\b(?:because|since|cause|'cause|as) (?:that|it|this|those|they) (?:went|worked(?: out)?|turned out|ended) (?:so|really|super|soo+|oh so|just so) (?:well|great|smoothly|nicely|brilliantly) (?:last time|the last time|before|the previous time|in (?:q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december))\b/i,
    note: '"Let\'s launch on a Friday, because that went so well last time" — mock endorsement of a repeat mistake.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: 'Name the risk: "Last Friday launch needed a weekend rollback — can we launch Tuesday?"' },
  },
  {
    name: 'just-what-we-needed',
    keys: ['what we needed', 'what i needed', 'what the team needed', 'what we wanted', 'what i wanted', 'doctor ordered', 'nothing like', 'living the dream'],
    pattern:
      /\b(?:just|exactly|precisely) what (?:i|we|the team|everyone) (?:needed|wanted)\b|\bjust what the doctor ordered\b|\bnothing (?:quite )?like (?:a|an|another|getting|being|finding|having|spending|starting|ending|learning|waking|hearing) \b|\bliving the dream\b/i,
    note:
      '"Another outage. Just what we needed.", "nothing like a 7pm call to end the week" — mock delight about a setback. Needs a grievance in the sentence or a setback just before; "nothing like a good coffee" or "exactly what we needed, thank you!" is sincere.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    messageAlso: GRIEVANCE_CUE,
    messageNot: WARMTH_CUE,
    sentenceNot: /\b(?:thanks|thank you|perfect timing|great work|nice work|good work|love it)\b/i,
  },
  {
    name: 'nice-of-them-to-tell',
    keys: ['nice of', 'kind of', 'good of', 'thoughtful of', 'considerate of'],
    pattern:
      /\b(?:so |how |really |very |awfully )?(?:nice|kind|good|thoughtful|considerate|sweet) of (?:you|them|him|her|someone|somebody|everyone|[a-z]+|the [a-z]+(?: team)?) to (?:tell|let|loop|warn|inform|include|invite|update|give|mention|share|cc|copy|consult|ask|send)\b[^.!?\n]{0,60}?\b(?:finally|eventually|at last|after|the (?:day|night|morning) (?:of|before)|(?:\d+|two|three|five|ten|a few) (?:minutes|hours|days|weeks)|only|just now|last[- ]minute)\b/i,
    note:
      '"So nice of legal to let us know, the day before launch" — praise for a courtesy that came too late. Without a lateness marker ("nice of Ana to share her notes") it is sincere and not matched.',
    why: 'Praising a late heads-up is sarcasm; ask to be told earlier instead.',
    fix: { kind: 'advice', text: 'Ask for the change: "Next time terms change, can legal tell us a week before launch?"' },
    messageNot: WARMTH_CUE,
  },
  {
    name: 'hope-that-makes-sense-now',
    keys: ['now'],
    pattern:
      /\b(?:hope|hopefully|i trust) (?:that|this|it|everything|things) (?:makes (?:sense|more sense)|is (?:clear|clearer|clear enough)|clears (?:it|things|that|everything) up|is (?:easier|simpler) to (?:follow|understand)) now\b/i,
    note: '"Hope that makes sense now" after a repeated explanation — "now" implies the reader was slow the first time. "Hope that makes sense!" is friendly and not matched.',
    why: '"…now" implies the reader was slow before; the explanation lands as condescension.',
    fix: { kind: 'replace', text: 'Let me know if anything is unclear.', advice: 'Invite questions instead: "Let me know if anything is unclear."' },
  },
  {
    name: 'you-had-your-reasons',
    keys: ['your reasons', 'bold', 'brave', 'interesting'],
    pattern:
      /\b(?:i'?m sure )?you (?:had|have) your reasons\b|(?<=^[\s"'(*_]{0,3}|\b(?:that'?s|what|quite|a|such) (?:a |an )?)(?:bold|brave|interesting|creative|courageous) (?:move|choice|call|decision)\b(?=\s*(?:[.!,;]|$|\p{Extended_Pictographic}))/iu,
    note: '"I\'m sure you had your reasons", "Bold move." — mock concession about someone else\'s call. A sincere "brave decision, proud of the team" carries warmth and is not matched.',
    why: 'Mock appraisal criticises without saying what you\'d do instead.',
    fix: { kind: 'advice', text: 'Say the concern: "I\'d have kept the old pricing for existing customers — can we talk about it?"' },
    messageNot: WARMTH_CUE,
  },
  {
    name: 'thanks-scare-quotes',
    keys: ['"', "'"],
    pattern:
      /\b(?:thanks?|thank you|appreciate|loved?|enjoy(?:ed)?) (?:so much |a lot )?(?:for )?(?:the|that|this|your|all the|those) ["'](?:[a-z-]{1,15} )?(?:quick|urgent|small|minor|tiny|simple|easy|final|helpful|useful|constructive|feedback|help|input|heads[- ]up|notice|update|sync|chat|meeting|call|review|support|suggestions?|advice|clarification|fix|plan)(?: [a-z-]{1,15})?["'](?![a-z])/i,
    note: '"Thanks for the \'quick\' sync", "appreciate the \"feedback\"" — gratitude with scare quotes is sarcasm.',
    why: 'Thanks with scare quotes is sarcasm: the reader hears the mockery, not the thanks.',
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
  },
  {
    name: 'praise-then-setback',
    keys: ['great', 'wonderful', 'perfect', 'fantastic', 'lovely', 'brilliant', 'awesome', 'super', 'excellent', 'amazing', 'terrific', 'yay', 'oh good', 'marvel', 'splendid'],
    pattern: /^(?:oh )?(?:great|wonderful|perfect|fantastic|lovely|brilliant|awesome|super|excellent|amazing|terrific|yay|good|marvellous|marvelous|splendid)[.!]*$/i,
    note:
      '"Wonderful. So the launch is moving again." — a one-word cheer that opens a complaint. A cheer before good news or a plan ("Great. I\'ll send the invite.") is not matched.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    nextAlso:
      /^(?!\s*(?:i'?ll|i will|we'?ll|we will|let'?s|can|could|please|thanks|thank|see you|talk)\b)[^\n]{0,300}?\b(?:again|yet again|still|once more|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|broke|broken|failed|down again|delayed|slipped|postponed|cancel(?:l)?ed|pushed (?:back|out)|missed|nobody|no one|without (?:telling|asking|warning))\b/i,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'stock-sarcasm-2',
    keys: ['coincidence', 'charm', 'deserves', 'deserve', 'in front of'],
    pattern:
      /\b(?:i'?m sure )?(?:it'?s|it was|this is|that'?s|that was) (?:just |purely |pure |a )?(?:a )?(?:total |complete |pure )?coincidence (?:that|how)\b|\bthird time'?s (?:the|a) charm\b|\b(?:all )?the (?:consideration|attention|thought|respect|weight|time) (?:it|they|that|this) (?:deserves?|merits?)\b|\b(?:always|so|really|super|very) (?:helpful|nice|great|fun|lovely|useful) to (?:hear|get|receive|find out|learn|be told)(?: [a-z]+){0,3} in front of (?:the (?:whole|entire)|everyone|everybody|all|the client|the board|leadership|the ceo|my (?:boss|manager|team))\b/i,
    note:
      '"I\'m sure it\'s just a coincidence that…", "third time\'s the charm", "I\'ll give it all the consideration it deserves", "always helpful to hear it in front of the whole team" — stock sarcasm with no sincere reading at work.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    messageNot: WARMTH_CUE,
  },
  {
    name: 'thanks-for-escalating',
    keys: ['boss', 'manager', 'director', 'lead', 'vp', 'ceo'],
    pattern:
      /\b(?:thanks?|thank you|appreciate|love) (?:so much |a lot )?(?:for |you )?(?:cc'?ing|copying|looping in|escalating (?:this |it )?to|forwarding (?:this|it|that) to|bringing (?:this|it) to|telling|going (?:straight )?to) (?:my|our) (?:boss|manager|director|vp|ceo|lead|team lead|line manager|skip-level|skip level)\b/i,
    note: '"Thanks for cc\'ing my boss" — thanks for a slight: going over the writer\'s head.',
    why: 'Thanking someone for going over your head is sarcasm; say what bothered you and what you\'d prefer.',
    fix: { kind: 'advice', text: 'Say it directly: "I\'d rather you came to me first before looping in Dana — can we agree on that?"' },
    messageNot: WARMTH_CUE,
  },
  {
    name: 'my-favourite',
    keys: ['favourite', 'favorite'],
    pattern: /^(?:just )?(?:my|everyone'?s|our) (?:absolute |very )?favou?rite(?: part| thing| kind)?[.!]*$/i,
    note: '"Ah, the quarterly \"quick check-in\" that takes the whole afternoon. My favourite." — a fragment of mock delight after a grievance.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    previousAlso: GRIEVANCE_CUE,
    messageNot: WARMTH_CUE,
  },
  {
    name: 'sarcastic-afterthought',
    keys: ['of it', 'apparently', 'welcome', 'pretend', 'wait to'],
    pattern:
      /\ball (?:\w+ ){1,2}(?:words?|minutes?|seconds?|lines?|pages?|sentences?|characters?|emails?|slides?|comments?) of (?:it|them)\b|^apparently (?:not|nobody|no one|none|so|yes|never)[.!?]*$|\b(?:are|were) (?:we|you|they) (?:still |just |all )?pretending\b|\blet'?s (?:all )?(?:just )?(?:keep )?pretend(?:ing)?\b|\b(?:can'?t|cannot) wait to (?:learn|find out|see|hear|discover) (?:who|what|how|which|where|if|whether)\b/i,
    note:
      '"Thanks for the detailed review. All two words of it.", "Who knew? Apparently nobody.", "are we still pretending the deadline is real?", "can\'t wait to find out who I report to this time" — a sarcastic afterthought or mock anticipation. Sincere anticipation ("can\'t wait to see what you build!") carries warmth or no grievance.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    messageNot: WARMTH_CUE,
    sentenceNot: /\b(?:excited|congrat\w*|proud|welcome aboard|fun game|role[- ]?play|improv)\b/i,
  },
  {
    name: 'youre-welcome-unasked',
    keys: ['welcome'],
    pattern: /^you'?re (?:very |so |most )?welcome[.!]*$/i,
    note: '"I\'ve gone ahead and fixed your code. You\'re welcome." — thanking yourself on the reader\'s behalf. A reply to someone\'s thanks ("You\'re welcome!") has nothing of the writer\'s own before it and is not matched.',
    why: 'An unasked "You\'re welcome" tells the reader they should have thanked you; it reads as a dig.',
    fix: { kind: 'advice', text: 'Drop it; say what you did and anything they need to know: "I fixed the null check in your PR — shout if it conflicts with your branch."' },
    previousAlso: /\b(?:i'?ve|i have|i|i'?ll|i went|went ahead)\b/i,
    messageNot: /\b(?:thanks|thank you|thx|ty)\b/i,
  },
  {
    name: 'credit-taking',
    keys: ['liked', 'loved', 'enjoyed'],
    pattern: /\b(?:especially|particularly|mostly|really|most of all) (?:liked|loved|enjoyed) the (?:parts?|bits?|sections?|slides?|pages?|ideas?) (?:that )?i (?:wrote|did|made|built|designed|drafted|suggested|came up with)\b/i,
    note: '"Great job on the slides, I especially liked the parts I wrote" — praise that claims the credit.',
    why: 'Praise that claims your own share is a dig about credit; say it directly if credit matters.',
    fix: { kind: 'advice', text: 'Say it directly: "I wrote sections 2 and 3 — can we list contributors on the title slide?"' },
  },
  {
    name: 'as-usual-setback',
    keys: ['usual', 'always'],
    pattern: /(?<=^[\s"'(*_]{0,3})(?:per usual|as usual|as always|like always|same as always|as per usual),\s/i,
    note: '"Per usual, the kitchen sink is full of dishes" — a setback reported as a pattern. "As usual, the kitchen gets deep cleaned on Friday" (a routine) has no setback and is not matched.',
    why: '"As usual" turns one problem into a pattern and puts everyone on trial.',
    fix: { kind: 'drop', advice: 'Describe this instance and the fix: "The sink is full — please load the dishwasher before you leave."' },
    sentenceAlso: /\b(?:full of|broken|broke|late|missing|nobody|no one|again|still|empty|dirty|left (?:in|on|out)|forgot|forgotten|failed|ignored|skipped|down|over budget|overran|ran over)\b/i,
    sentenceNot: /\b(?:thanks|thank you|great|amazing|well done|congrat\w*|proud|delicious)\b/i,
  },
  {
    name: 'mock-delight-repeat',
    keys: ['thrilled', 'delighted', 'overjoyed', 'ecstatic', 'stoked', 'made my', 'one way to', 'silly me', 'my mistake for', 'my bad for', 'supposed to', 'more than'],
    pattern:
      /\b(?:thrilled|delighted|overjoyed|ecstatic|stoked|over the moon)\b[^.!?\n]{0,80}?\b(?:in a row|yet again|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:weekend|time|week|night|sprint|month|holiday|release) (?:in a row|running|straight))\b|\b(?:really |totally |truly )?made my (?:day|week|morning|month)\b|\bthat'?s (?:certainly |definitely |sure |one )?(?:one|a) (?:way|approach|strategy|choice) to (?:run|do|handle|approach|go about|start|end|manage|plan)\b|\bsilly me(?:,| for)\b|\bmy (?:mistake|bad|fault) for (?:assuming|thinking|expecting|believing|trusting|hoping)\b|^(?:oh,? )?(?:were|was) (?:we|i) (?:supposed|meant|expected) to\b|\b(?:good|nice|great|glad) to (?:know|see|hear)\b[^.!?\n]{0,60}?\b(?:matters?|counts?|weighs?|is valued) more than\b/i,
    note:
      '"Thrilled to be on call for the fourth weekend in a row", "really made my day" (after bad news), "that\'s one way to run a meeting", "my mistake for assuming", "oh, were we supposed to read the brief?", "good to know the client\'s opinion matters more than ours" — mock delight and mock apology.',
    why: WHY_SARCASM,
    fix: { kind: 'advice', text: SAY_WHATS_WRONG },
    messageAlso: /\b(?:in a row|again|cut|cancel\w*|late|without|from the|before|after|supposed|assum\w*|matters?|one way|silly|mistake|weekend|on-?call|nobody|no one)\b/i,
    messageNot: WARMTH_CUE,
    sentenceNot: /\b(?:won|win|award|record|top|best|promotion|promoted|congrat\w*)\b/i,
  },
  {
    name: 'thanks-for-the-bad-outcome',
    keys: ['for the'],
    pattern:
      /\b(?:thanks?|thank you) (?:so much |a lot )?for the (?:empty (?:room|office|call|meeting)|wasted (?:trip|morning|afternoon|hour|day|evening|weekend|journey)|extra work|late night|all-nighter|weekend work|last[- ]minute (?:change|notice|request|surprise)s?)\b/i,
    note: '"…but thanks for the empty room", "thanks for the last-minute change" — thanks for an outcome nobody would want.',
    why: 'Thanking someone for a bad outcome is sarcasm; say what went wrong and what you need next time.',
    fix: { kind: 'advice', text: 'Ask for the change: "Next time a meeting is cancelled, can you update the invite?"' },
  },
];
