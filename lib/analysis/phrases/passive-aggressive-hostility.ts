// Open hostility and condescension: the jab without the disguise (LABELS.md, "Reading real
// text": "you of all people should know this by now", "nobody asked you"; issue 8, family 7:
// digs at a third person). Every entry names whom it lands on — the reader ("you"), a named or
// pronoun-ed third person ("him", "her", "they"), or people as a group ("morons") — so a writer
// cursing a tool ("this build is garbage") or laughing at themselves stays clean. Blunt
// disagreement with a claim ("that's wrong, the limit is 5 MB") is direct, not hostile, and no
// entry matches it.

import type { JabPhrase } from './passive-aggressive-match';

// Someone a put-down can land on, as a pattern fragment (lowercase: the matcher lowers the text).
const WHO = '(?:you|you guys|you people|he|she|they|these people|those people)';
const _OBJ = '(?:you|him|her|them|these people|those people)';

const ADDRESS_THE_POINT = 'Answer the point, not the person: "I read it differently: the limit is 5 MB, see section 2."';
const SHARE_IT = 'Share what they are missing, once and neutrally: "The retry limit is in the runbook, section 3."';
const TALK_TO_THEM = 'If someone needs telling, tell them yourself and say what you need: "Dana, the weather data predates the plant; can you fix the slide?"';

export const HOSTILITY_PHRASES: readonly JabPhrase[] = [
  {
    name: 'you-of-all-people',
    keys: ['of all people'],
    pattern: /\byou,? of all people\b/,
    note: '"You of all people should know this by now": singles the reader out as the one who has no excuse.',
    why: '"You of all people" turns a reminder into a personal put-down: the reader hears that they should be ashamed.',
    fix: { kind: 'advice', text: SHARE_IT },
  },
  {
    name: 'should-know-by-now',
    keys: ['by now', 'know better', 'known better'],
    pattern: new RegExp(
      `\\b${WHO} (?:really |surely |honestly )?(?:should|ought to|must) (?:really |surely )?(?:know|understand|have learned|have learnt|get) (?:this |that |it |how [a-z]+ [a-z]+ )?by now\\b|\\b${WHO} (?:should|ought to) (?:have )?know(?:n)? better\\b`,
    ),
    note: '"He should know this by now", "they ought to know better". A plan ("you should know the results by now, the job ran at 9") is excluded by sentenceNot.',
    why: '"Should know this by now" scolds the person for not knowing instead of telling them.',
    fix: { kind: 'advice', text: SHARE_IT },
    sentenceNot:
      /\b(?:results?|email|mail|invite|package|parcel|letter|confirmation|notification|answer|reply|job|build) (?:ran|went|was sent|arrived|should)|\bran at\b|\bby now you (?:should|will) have (?:received|got)/i,
  },
  {
    name: 'nobody-asked-you',
    keys: ['asked you', 'asked for your', 'asked him', 'asked her'],
    pattern: /\b(?:nobody|no one|no-one|who) asked (?:you|him|her|for your (?:opinion|input|take))\b/,
    note: '"Nobody asked you", "who asked for your opinion?": dismisses the person instead of the point.',
    why: '"Nobody asked you" shuts the person out of the conversation; it is a put-down, not an argument.',
    fix: { kind: 'advice', text: ADDRESS_THE_POINT },
  },
  {
    name: 'insult-for-people',
    keys: [
      'moron',
      'idiot',
      'imbecile',
      'cretin',
      'clown',
      'muppet',
      'plonker',
      'halfwit',
      'half-wit',
      'dimwit',
      'nitwit',
      'numpt',
      'dumbass',
      'jackass',
      'buffoon',
      'nincompoop',
    ],
    pattern:
      /\b(?:you|he|she|they|you guys)(?:'re| are| is|'s) (?:an? |such an? |a complete |a total |an absolute |an utter |complete |total |absolute )?(?:moron|idiot|imbecile|cretin|clown|muppet|plonker|halfwit|dimwit|nitwit|numpty|dumbass|jackass|buffoon|nincompoop|morons|idiots|clowns)s?\b|\b(?:what|such) an? (?:moron|idiot|imbecile|cretin|clown|muppet|plonker|halfwit|dimwit|nitwit|numpty|dumbass|jackass|buffoon)\b|\b(?:only|any) an? (?:moron|idiot|imbecile|halfwit) would\b/,
    note: '"He\'s an idiot", "what a muppet", "only an idiot would ship this": an insult with a person as its subject. "Idiot-proof", "idiot light" and the writer calling themselves one ("I\'m such an idiot, I pushed to main") are not matched.',
    why: 'Calling someone an idiot is open contempt: the reader stops listening to the point and defends the person.',
    fix: { kind: 'advice', text: ADDRESS_THE_POINT },
    sentenceNot: /\bidiot[- ](?:proof|light|box|check)\b|\bi(?:'m| am) (?:an? |such an? |a complete |a total )?(?:moron|idiot|muppet|clown)\b/i,
  },
  {
    name: 'insult-for-a-group',
    keys: ['moron', 'idiot', 'imbecile', 'cretin', 'plonker', 'halfwit', 'dimwit', 'nitwit', 'numpt', 'dumbass', 'jackass', 'buffoon', 'nincompoop'],
    pattern: /\b(?:morons|idiots|imbeciles|cretins|plonkers|halfwits|dimwits|nitwits|numpties|dumbasses|jackasses|buffoons|nincompoops)\b/,
    note: '"Why do morons like him get a platform?", "some idiots are using the old API for their bots". Only in a question (hard-wrapped mail can cut it before its "?": an opening "why do…" counts) or with "some / these / those" picking out real people: on real mail, a plural insult alone was as often a rant about public figures or a quote ("useful idiots") as a dig.',
    why: 'Calling people idiots is open contempt: whoever reads it and recognises themselves stops listening to the point.',
    fix: { kind: 'advice', text: ADDRESS_THE_POINT },
    sentenceAlso: /\?|\b(?:some|these|those)\b|^\W*(?:why|how come|who|what|are|do|does|did|is)\b/i,
    sentenceNot: /\buseful idiots\b/i,
  },
  {
    name: 'whats-wrong-with-you',
    keys: ['wrong with', 'your problem', 'his problem', 'her problem', 'their problem'],
    pattern: /\bwhat(?:'s| is) wrong with (?:you|him|her|them|these people|people)\b|\bwhat(?:'s| is) (?:your|his|her|their) (?:problem|deal)\b/,
    note: '"What\'s wrong with you?", "what is his problem": a personal attack phrased as a question. "What\'s wrong with the build" names a thing and is not matched.',
    why: '"What\'s your problem?" attacks the person; the reader can only get defensive.',
    fix: { kind: 'advice', text: 'Say what went wrong and what you need: "The release notes were missing again; can you add them before Friday\'s build?"' },
  },
  {
    name: 'learn-to-read',
    keys: ['learn to', 'learn how to', 'homework', 'try reading', 'try using google', 'google it', 'ask a question', 'ask questions'],
    pattern:
      /(?<=^[\s"'(*_]{0,3}|[,;:!.]\s{1,3}|\b(?:just|maybe|please|go|should|could|might want to|need to) )(?:learn (?:how )?to (?:read|google|search|spell|think|use a search engine)|do (?:your|some) (?:own )?homework|try reading|try using google|google it)\b|\b(?:where'?s|where is|read|see|try) (?:that|the)? ?[a-z' -]{0,30}?\bhow to ask (?:a )?(?:smart |good |proper |decent )?questions?\b/,
    note: '"Learn to read", "do your homework before posting", "where\'s that Rick Moen thing about how to ask a question?": a put-down posing as advice. A how-to ("you\'ll learn to read the flame graph in a day") is not in imperative position and is not matched.',
    why: 'Telling someone to learn to read, or pointing them to "how to ask a question", talks down to them instead of answering.',
    fix: { kind: 'advice', text: 'Answer, or point to the one thing they need: "It\'s in the FAQ, section 2: [link]."' },
  },
  {
    name: 'explain-it-slowly',
    keys: [
      'slowly',
      'small words',
      'smaller words',
      'even a child',
      'even a toddler',
      'even a monkey',
      'even a five',
      'even my',
      'too complicated for',
      'too hard for',
      'too difficult for',
      'believe i have to',
      'believe we have to',
      'believe i need to',
    ],
    pattern:
      /\b(?:let me|i'?ll|i will|i'?m going to) (?:try to )?(?:explain|say|spell|put|type) (?:this|it|that)? ?(?:out )?(?:again )?(?:very |really |nice and )?(?:slowly|in (?:small|smaller|simple|short) words)\b|\b(?:use|using) (?:small|smaller|little) words\b|\beven a (?:child|toddler|monkey|five[- ]year[- ]old|kid|intern|first[- ]year) (?:could|can|would)\b|\beven my (?:grandmother|grandma|mother|mum|mom|kid|dog) (?:could|can|would|knows)\b|\bis (?:that|this|it) too (?:complicated|hard|difficult|technical) for (?:you|him|her|them)\b|\b(?:can'?t|cannot) believe (?:i|we) (?:have|need) to (?:explain|tell|say|spell|repeat)\b/,
    note: '"Let me explain this slowly", "even a child could do this", "is that too complicated for you?", "I can\'t believe I have to explain this". "Explain it slowly for the new hires" in a plan has no put-down target and still reads as a plan: sentenceNot.',
    why: 'Explaining "slowly" or saying "even a child could" tells the reader you think they are slow; they hear contempt, not the explanation.',
    fix: { kind: 'advice', text: 'Just give the explanation: short steps read as help, not as a lecture.' },
    sentenceNot: /\b(?:new hires?|newcomers?|onboarding|workshop|class|students?|kids? (?:will|can)|for beginners)\b/i,
  },
  {
    name: 'has-no-clue',
    keys: ['no idea what', 'no clue', 'a clue', 'any clue what', 'any idea what', 'get a grip', 'grow up', 'get over yourself', 'get over it'],
    pattern: new RegExp(
      `\\b${WHO} (?:clearly |obviously |honestly |really |just |simply )?(?:ha(?:s|ve)|ha(?:s|ve)n'?t got|(?:don'?t|doesn'?t) have) (?:no |a )?(?:idea|clue) what (?:you'?re|you are|he'?s|he is|she'?s|she is|they'?re|they are) (?:talking|on) about\\b|\\b${WHO} (?:clearly |obviously |really )?(?:ha(?:s|ve) no clue|(?:don'?t|doesn'?t) have a clue)\\b|(?<=^[\\s"'(*_]{0,3}|[,;:!.]\\s{1,3}|\\b(?:just|please|oh|seriously) )(?:get a clue|grow up|get a grip|get over yourself|get over it)(?=\\s*(?:[.!?,]|$))`,
    ),
    note: '"He clearly has no idea what he\'s talking about", "you don\'t have a clue", "grow up". "I have no idea what they\'re talking about either" is the writer\'s own confusion: sentenceNot.',
    why: 'Saying someone has no clue dismisses them instead of their argument; it invites a fight, not a fix.',
    fix: { kind: 'advice', text: ADDRESS_THE_POINT },
    sentenceNot: /^(?:i|we)\b|\b(?:i|we) (?:have|had) no (?:idea|clue)\b/i,
  },
  {
    name: 'someone-should-tell-her',
    keys: [
      'should point',
      'should tell',
      'should remind',
      'should explain',
      'should inform',
      'should teach',
      'ought to tell',
      'needs to tell',
      'point out to',
      'break it to',
    ],
    pattern:
      /\b(?:i wonder if |maybe |perhaps |surely )?(?:someone|somebody|anyone|anybody|someone here)(?: really)? (?:should|ought to|needs to|might want to|could) (?:gently |kindly |politely )?(?:point (?:it )?out to|tell|remind|explain to|inform|teach|break it to) (?:him|her|them|the (?:poor |dear )?(?:guy|man|woman|lady|author|op|poster|reporter|writer))\b/,
    note: '"I wonder if someone should point out to her that…", "maybe someone should tell him how email works": a dig at a third person, said to everyone else.',
    why: 'Wondering aloud whether "someone should tell him" mocks a person behind their back; the group hears the dig, the person never hears the point.',
    fix: { kind: 'advice', text: TALK_TO_THEM },
  },
  {
    name: 'you-might-actually',
    keys: ['might actually', 'may actually', 'could actually', 'would actually'],
    pattern: /\byou (?:might|may|could|would) (?:even )?actually (?:learn|find|run into|read|see|understand|notice|get|come across|discover)\b/,
    note: '"Once you go past the propaganda you might actually run into real studies": mock surprise that the reader could manage it. "You might actually like it" (a warm suggestion) is excluded by sentenceNot.',
    why: '"You might actually learn something" implies the reader never bothered; it reads as a sneer, not a pointer.',
    fix: { kind: 'advice', text: SHARE_IT },
    sentenceNot: /\b(?:like|enjoy|love|fun|glad|happy|nice|cool|useful)\b/i,
  },
  {
    name: 'whatever-you-say',
    keys: ['whatever you say', 'if you say so', 'whatever floats'],
    pattern:
      /(?<=^[\s"'(*_]{0,3}|[,;:!.]\s{1,3}|\b(?:ok|okay|sure|fine|yeah|oh|well) )(?:whatever you say|if you say so)(?=\s*(?:[.!]|,\s*(?:boss|chief|mate|buddy|pal)\b|$))|\bwhatever floats your boat\b/,
    note: '"Whatever you say, boss", "if you say so": mock agreement that dismisses the reader. "Do whatever you say in the brief" has no lead-in and is not matched.',
    why: '"Whatever you say" agrees in words and dismisses in tone; the reader knows you don\'t mean it.',
    fix: { kind: 'advice', text: 'Say whether you agree, and why not if you don\'t: "I\'ll do it, but I think it costs us the Friday slot."' },
  },
  {
    name: 'you-people',
    keys: ['you people', 'typical of', 'typical '],
    pattern:
      /\byou people (?:never|always|can'?t|cannot|don'?t|won'?t|just don'?t|have no|need to|should|are (?:unbelievable|impossible|ridiculous|hopeless|useless|incompetent|clueless|pathetic|the worst))\b|(?<=^[\s"'(*_]{0,3}|[,;:!.]\s{1,3})typical(?: of (?:him|her|them|you|that (?:guy|team|lot)))?[.!]|\btypical of (?:him|her|them|you)\b/,
    note: '"You people never learn", "Typical.", "typical of him to disappear". Only with a reproach after "you people": "see you people!" and "you people are amazing" are not matched.',
    why: '"You people" and "typical of him" lump a person into a category of disappointments; they feel judged, not asked.',
    fix: { kind: 'advice', text: 'Name the one thing that went wrong and what you need: "The handover notes were missing; can you add them today?"' },
  },
];
