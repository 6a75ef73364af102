// Tone-policing: commenting on how the reader said something instead of answering what they
// said ("let's keep this professional", "calm down"). It reads as a rebuke from above and
// escalates rather than cools the thread. Asking for a call or a pause in plain words is fine.

import type { JabPhrase } from './passive-aggressive-match';

const ANSWER_THE_POINT = 'Respond to the substance, or name the specific problem: "I\'d rather we discuss the estimate on a call — are you free at 3?"';

export const TONE_PHRASES: readonly JabPhrase[] = [
  {
    name: 'keep-it-professional',
    keys: ['professional', 'civil', 'respectful', 'constructive', 'courteous', 'adult', 'topic', 'grown'],
    pattern: /\b(?:keep|stay|remain|be)\b[^.!?\n]{0,40}?\b(?:professional|civil|civili[sz]ed|respectful|constructive|courteous|adult|grown-?up)\b/i,
    note: '"Let\'s keep this professional", "I\'d ask that we keep replies professional". Only when addressed to the group (let\'s, please, I\'d ask…); a style guide line ("keep client emails professional") has no such address.',
    why: 'Telling people to "keep it professional" implies they weren\'t; it lands as a public rebuke.',
    fix: { kind: 'advice', text: ANSWER_THE_POINT },
    // A team-norms page ("Please keep feedback constructive") states a norm; in a thread it polices.
    sites: ['slack', 'gmail'],
    sentenceAlso:
      /\b(?:let'?s|let us|please|i'?d ask|i would ask|i'?d like to ask|can we|could we|we need to|we should|try to|everyone|everybody|all of us|remind (?:everyone|people|you))\b/i,
  },
  {
    name: 'calm-down',
    keys: ['calm', 'settle', 'chill', 'cool it', 'breath', 'simmer', 'relax'],
    pattern:
      /(?:(?<=^[\s"'(*_]{0,3})|(?<=[,;:!.]\s{1,3})|(?<=\b(?:just|please|pls|ok|okay|everyone|everybody|guys|folks|all|need to|you should|(?:you|everyone|everybody|people|folks|guys|all|him|her|them) to) ))(?:calm down|settle down|chill out|cool it|take a (?:deep )?breath|simmer down)\b|(?<=^[\s"'(*_]{0,3})(?:(?:just|please|ok|okay|hey),? )?(?:relax|chill|breathe)\b[,.!]/i,
    note: '"Calm down", "relax," said to the reader (imperative position), or someone told to ("I\'d ask everyone to calm down"). "Once things settle down", "it needs time to settle down" and "relax and enjoy the weekend" are not matched.',
    why: 'Telling someone to calm down dismisses their point and usually escalates.',
    fix: { kind: 'advice', text: ANSWER_THE_POINT },
    sentenceNot: /\b(?:weekend|holiday|vacation|enjoy|time off|break)\b/i,
  },
  {
    name: 'no-need-to-get-upset',
    keys: [
      'no need',
      'not sure why',
      'emotional',
      'sensitive',
      'dramatic',
      'defensive',
      'overreact',
      'worked up',
      'heated',
      'personal',
      'upset',
      'calmed',
      'cooled',
      'settled down',
      'adults',
      'grown',
      'professionals',
    ],
    pattern:
      /\bno need (?:to (?:get|be|sound)|for) (?:so |that |this |such )?(?:upset|defensive|emotional|worked up|aggressive|rude|snippy|snarky|hostile|dramatic|personal|angry|heated|tone|attitude|like that)\b|\bno need to (?:shout|yell|use (?:all )?caps|swear)\b|\blet'?s not (?:get|be) (?:so |too )?(?:emotional|worked up|heated|personal|defensive|upset|dramatic)\b|\b(?:once|when) (?:you'?ve|you have|you'?re|you are|everyone'?s|everyone has|everyone is|you guys have|y'?all have) (?:calmed|cooled|settled) down\b|\b(?:we'?re|we are) all (?:adults|grown-?ups|professionals) here\b|\bas (?:adults|grown-?ups|professionals),? (?:(?:we|you) (?:should|can|could|need|must|ought|all)|we'?re all|i'?d expect|i would expect|let'?s)\b|\bnot sure why (?:you'?re|you are|you'?d be|everyone'?s) (?:so |getting )?(?:upset|angry|worked up|defensive|annoyed|bothered|heated)\b|\byou'?re (?:being )?(?:too |so |a bit |overly )?(?:emotional|sensitive|dramatic|defensive)\b|\boverreact(?:ing|ed)?\b/i,
    note: 'Labelling the reader\'s reaction ("no need to get defensive", "you\'re overreacting", "no need to shout", "once you\'ve calmed down", "we\'re all adults here").',
    why: 'Labelling the reader\'s reaction ("defensive", "overreacting") tells them their feelings are the problem.',
    fix: { kind: 'advice', text: ANSWER_THE_POINT },
  },
  {
    name: 'watch-your-tone',
    keys: ['tone', 'language'],
    pattern:
      /\bwatch (?:your|the) (?:tone|language)\b|\b(?:don'?t|do not) (?:appreciate|like|care for) (?:your|the|that|this) tone\b|\b(?:your|that|the) tone (?:is|was|isn'?t|wasn'?t) (?:not |un)?(?:helpful|necessary|appropriate|acceptable|ok|okay)\b|\bno need for (?:that|this|the) tone\b/i,
    note: 'Direct tone-policing.',
    why: "Commenting on someone's tone instead of their point shuts the conversation down.",
    fix: { kind: 'advice', text: ANSWER_THE_POINT },
  },
  {
    name: 'comments-not-necessary',
    keys: ['comment', 'remark', 'repl', 'message', 'response'],
    pattern:
      /\b(?:(?:some of )?(?:the|those|these|your|some) (?:comments?|remarks?|replies|messages?|responses?)(?: [a-z]+){0,3}) (?:(?:were|was|is|are)(?: really| just| frankly| honestly)? (?:not|n'?t) (?:necessary|needed|helpful|appropriate|constructive|okay|ok|professional)|(?:were|was|is|are)(?: really| just| frankly)? uncalled for)/i,
    note: '"Some of the comments above were really not necessary" — a group reprimand with no named issue.',
    why: 'A vague reprimand of "some comments" leaves everyone feeling scolded and nobody knowing what to change.',
    fix: { kind: 'advice', text: 'Name the specific problem and what you want instead, ideally to the person directly.' },
  },
  {
    name: 'shall-we',
    keys: ['shall we'],
    pattern: /\blet'?s (?:try to |all |just )?[^.!?\n]{1,40}?,? shall we\b/i,
    note: '"Let\'s try to stay on topic, shall we" — the tag question turns a suggestion into a schoolteacher\'s rebuke.',
    why: 'The "…, shall we?" tag talks down to the reader; it reads as a rebuke rather than a suggestion.',
    fix: { kind: 'advice', text: 'Make the suggestion plainly: "Can we move the pricing question to #pricing?"' },
  },
];
