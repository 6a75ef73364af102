// Sarcasm: praise or enthusiasm that means its opposite. The idea is positive words aimed at a
// negative event, so most entries need a grievance in the sentence (a late meeting, a redo,
// a missed deadline) and no sincere warmth in the message: "great, another meeting at 5:30 on a
// friday" is sarcasm, "great, another green nightly — nice work everyone" is praise.

import { GRIEVANCE_CUE, SETBACK_CUE, WARMTH_CUE } from './passive-aggressive-cues';
import type { JabPhrase } from './passive-aggressive-match';

const SAY_WHATS_WRONG =
  'Say what\'s actually wrong and what you\'d like instead: "Could we move this to Monday morning? Friday 5:30 is hard for me."';

const WHY_SARCASM = 'Sarcasm makes the reader decode the complaint and feel mocked; the actual request gets lost.';

export const SARCASM_PHRASES: readonly JabPhrase[] = [
  {
    name: 'great-another',
    keys: ['another', 'more'],
    pattern:
      /\b(?:oh )?(?:great|perfect|awesome|fantastic|wonderful|lovely|brilliant|excellent|super|yay|terrific|amazing|just great|oh good|joy)[,!.]* (?:yet )?(?:another|more|one more)\b/i,
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
      /(?:(?<=^[\s"'(*_]{0,3})|(?<=[.!,;:]\s{0,3})|\b(?:ah|oh) (?:yes|yeah),? |(?<=\b(?:just|gotta|got to|don'?t you(?: just)?) ))(?:i )?love (?:that|how|a|an|it when|when|getting|being|having|finding|hearing|waking|learning|seeing|spending|starting|watching|reading|doing|redoing)\b/i,
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
      /\b(?:wow|oh look|look|whoa),? (?:a|an) (?:reply|response|answer|update)\b|\blook who(?:'s| is| decided to) (?:back|alive|awake|here|show up|join|reply|finally)\b|\bnice of you to (?:join|show up|reply|respond|grace|let (?:me|us) know)\b/i,
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
    keys: ['quarter', 'year', 'decade', 'century', 'millennium', 'lifetime', 'retire'],
    pattern:
      /\b(?:any ?time|whenever|sometime|at some point) (?:this|next|in the next) (?:quarter|year|decade|century|millennium|lifetime)\b(?: (?:is|would be|works)(?: (?:fine|great|nice|ok|okay|good|lovely))?)?|\bthis (?:decade|century|lifetime|millennium) would be (?:nice|great|lovely|good)\b|\bbefore (?:i|we) retire\b/i,
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
    keys: ['great', 'perfect', 'fantastic', 'wonderful', 'brilliant', 'awesome', 'lovely', 'super', 'excellent', 'terrific', 'amazing', 'nice to', 'good to', 'glad', 'fine that'],
    pattern:
      /(?<=^[\s"'(*_]{0,3})(?:oh )?(?:great|perfect|fantastic|wonderful|brilliant|awesome|lovely|super|excellent|terrific|amazing)[,!]+ (?:so )?(?:the|our|my|we|it|they|now)\b|\b(?:nice|good|great|lovely|fun) to (?:see|know|hear) (?:that )?(?:the|we|our|it|they|nobody|no one|everyone|you)\b|\b(?:so |really )?glad (?:we|you|they|everyone)\b|\b(?:totally |completely |perfectly )?fine that (?:nobody|no one|you|they|we|someone)\b/i,
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
];
