// Sarcasm: praise or enthusiasm that means its opposite. The idea is positive words aimed at a
// negative event, so most entries need a grievance in the sentence (a late meeting, a redo,
// a missed deadline) and no sincere warmth in the message: "great, another meeting at 5:30 on a
// friday" is sarcasm, "great, another green nightly — nice work everyone" is praise.

import { GRIEVANCE_CUE, WARMTH_CUE } from './passive-aggressive-cues';
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
    keys: ['yet another'],
    pattern: /(?<=^[\s"'(*_]{0,3})yet another\b/i,
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
      /(?:(?<=^[\s"'(*_]{0,3})|(?<=[.!,;:]\s{0,3})|\b(?:ah|oh) (?:yes|yeah),? |(?<=\b(?:just|gotta|got to|don'?t you(?: just)?) ))(?:i )?love (?:that|how|a|an|it when|when)\b/i,
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
];
