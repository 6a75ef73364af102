// An ask whose verb asks for attention, not an outcome: "take a look", "can you check this",
// "look into it", "touch base", "thoughts?", "any updates?", "help with the deck". The reader
// cannot act without coming back to ask what "done" looks like (LABELS.md, vague-ask "what").

import { askObject, listedOptions, namePlaceholder, type AskInfo } from '../asks';
import { countWords } from '../document';
import { decisionState } from '../deliberation';
import {
  aimedAtReader,
  embeddedAction,
  minutesRecord,
  problemLaidOut,
  questionFollows,
  recordedTurn,
  wrappedEnd,
  sharesLink,
  wordsBefore,
} from '../ask-target';
import type { FuzzyFamily } from '../phrases/vague-actions';
import { STRICT_ONLY_CONFIDENCE, type Hit, type Rule, type RuleContext } from '../rule';
import { catalogMeta } from '../catalog';

const WHY: Record<FuzzyFamily, (phrase: string) => string> = {
  inspect: (p) => `"${p}" doesn't say what you need back, so the reader has to guess what "done" looks like, or ask you.`,
  assist: (p) => `"${p}" leaves open which part you need and what counts as done, so the reader has to ask before starting.`,
  meet: (p) => `"${p}" asks for a conversation without saying what it should settle, so it tends to slip.`,
  opinion: (p) => `"${p}" invites an open-ended reply; people put off answering a question that has no clear shape.`,
  status: (p) => `"${p}" doesn't say what answer would close this out, so the reply is usually "still working on it".`,
  progress: (p) => `"${p}" names a goal, not a first step, so nobody knows what to do next.`,
  polish: (p) => `"${p}" signals that something is off without saying what to change.`,
  reply: (p) => `"${p}" leaves the reader guessing what reply or action you need.`,
  scope: (p) => `"${p}" is shorthand only you can unpack: the reader has to come back and ask which part and what "done" means.`,
};

function advice(ctx: RuleContext, ask: AskInfo, family: FuzzyFamily, phrase: string, obj: string): string {
  const who = namePlaceholder(ctx.site);
  const thing = obj === 'it' ? 'this' : obj;
  if (ask.kind === 'todo') {
    return `Make it an item someone can close: "${who}: <the outcome you need for ${thing}> by <day>".`;
  }
  switch (family) {
    case 'inspect':
      if (/\b(?:into|dig|digging|poke|poking|dive|diving)\b/i.test(phrase)) {
        return `Say what you want found out, e.g. "Can you find out why ${thing} <is failing / is off> and post what you find by <day>?"`;
      }
      return `Say what you need back, e.g. "Can you review ${thing} for <what to look for> and reply with <a yes/no, the issues, a fix> by <day>?"`;
    case 'assist':
      if (VAGUE_OBJECT.test(obj)) {
        return 'Say what you need and what "done" looks like, e.g. "Can you <pair with me on the failing deploy> for 30 minutes before <time>?"';
      }
      return `Say which part you need done, e.g. "Can you <draft the pricing slide> for ${thing} by <day>?"`;
    case 'meet':
      return `Say what the conversation should decide, or decide it in writing, e.g. "Can we settle <the open question> on ${thing} by <day>? I'd suggest <option>."`;
    case 'opinion': {
      const options = listedOptions(ctx.doc, ask.start);
      if (options >= 2) {
        const n = Math.min(options, 4);
        const list = Array.from({ length: n }, (_, i) => String(i + 1));
        return `Ask the exact question, e.g. "Which option should we go with: ${list.slice(0, -1).join(', ')} or ${list[n - 1]}? I need your pick by <day>."`;
      }
      return `Ask the exact question, e.g. "Do you approve ${thing} as is, yes or no, by <day>?" or "Is anything in it a blocker?"`;
    }
    case 'status':
      return `Ask for the specific thing, e.g. "Is ${thing} <signed / shipped / fixed> yet? If not, what's blocking it and when do you expect it?"`;
    case 'progress':
      return `Name the first concrete step and who takes it, e.g. "${who}, can you <first step> for ${thing} by <day>?"`;
    case 'polish':
      return `Say what would make it done, e.g. "${who}, can you <fix the totals on slide 3> in ${thing} by <day>?"`;
    case 'reply':
      return 'Say exactly what reply you need, e.g. "Please confirm <the amount> or send <the corrected invoice> by <date>."';
    case 'scope':
      return `Name the exact piece and the result, e.g. "${who}, can you <decide the annual-plan price on the pricing page> by <day>?"`;
  }
}

const VAGUE_OBJECT = /^(?:it|something|stuff|things|anything|a thing|smth|sth)$/i;

// How sure the fuzzy verb leaves the reader guessing (LABELS.md, "Reading real text"). In real
// chat most "check", "look at" and "help with" are directions with a concrete object ("check your
// PM", "look at the wiki", "help me with mounting the drive"), advice ("I'd advise you to look
// at…"), questions about what happened ("were you able to look at it?") or statements ("my first
// thoughts are…", "that section needs some love"). Those stay below the default threshold (shown
// on "strict" only); the finding keeps the default where the verb asks for attention to "it",
// "this" or a link, or for an opinion with nothing concrete before it.
const WEAK = STRICT_ONLY_CONFIDENCE;
// Own words before the ask that state what the opinion is wanted on.
const STATED_CONTEXT_WORDS = 12;
// Advice to the reader, a question about what already happened, or an offer ("what can we help with?").
const ADVICE_OR_PAST =
  /\b(?:you (?:should|could|might|may|can|need to|have to|want to)(?: also| probably| maybe| just)?(?: want to| wanna)?|(?:i'd|i would|i) (?:advise|suggest|recommend)(?: you)?(?: to)?|(?:were|was) (?:you|u) able to|(?:have|has|did) (?:you|u|anyone|someone)(?: (?:gotten|got|been|had|managed|get))?(?: in touch with \S+)?(?: a chance)?(?: to)?|if (?:you're|you are|ur) (?:interested|looking)\b.*)\s*$/i;
// The writer offering help ("what can we help with?").
const OFFER_BEFORE = /\b(?:can|could|may|shall) (?:we|i)(?: (?:also|maybe))?\s*$/i;
// The opinion words used as a statement ("my first thoughts are…", "I never got any feedback").
const OPINION_AS_STATEMENT = /\b(?:my|our|his|her|their|the|no|never got any|didn't get any|got some|got lots of)\s*(?:first |initial |own )?$/i;
// "you aren't supplying test() with any input", "a function of your input": the noun in a
// statement about something else, not feedback asked for.
const OPINION_NOUN_IN_STATEMENT = /\b(?:with|without|of|from)\s+$/i;
// An action the reader takes because of the message: "please", a modal to the reader, "let me know".
const REQUESTED =
  /\b(?:please|pls|plz|plse|kindly|mind|(?:can|could|would) (?:you|u|someone|somebody|anyone|anybody|we)|need (?:you|u|someone|somebody) to|if (?:anyone|someone|anybody|somebody)|let me know|lmk)\b/i;
// The writer's own view ("I agree, that section needs some love").
const STATE_OF_A_THING = /\b(?:assume|think|guess|believe|probably|likely|still|but|and|it|this|that|which|they|these|those)\s+(?:still\s+)?$/i;
const OWN_VIEW = /\b(?:i agree|agreed|i think|i feel|imo|imho|in my opinion|i guess|tbh)\b/i;

const NOTHING_NEEDED = /\bno (?:input|action|response|reply|feedback|answer)s? (?:is )?(?:required|needed|necessary|expected)\b/i;
const NOTHING_NEEDED_REACH = 80;

const WRITER_DOES =
  /(?:\bi(?:'ll|'d| will| would| should| could| can| must| might| need to| have to| want to| am going to|'m going to)?|\b(?:should|could|can|do|shall|must) i(?: (?:need to|have to|try to|also|first|just))?)\s+$/i;

// The verb inside a question about method or a generic subject: "how can we check that?", "how
// do I look into the logs?", "should one go poking around github?" (real chat: the question asks
// how, or muses, it hands no one the verb).
const HOW_OR_GENERIC =
  /(?:\bhow (?:can|could|do|does|should|would|to|might)(?: (?:i|we|you|one|people|someone))?|\b(?:should|could|would|can|does) one(?: (?:go|just|also|even))?|\bhow (?:i|we|you|one) (?:can|could|should|would|might))\s+$/i;
// "check it by doing iptables --list": how to check is given, so what done looks like is too.
const BY_METHOD = /^\s*(?:[\w'-]+\s+){0,4}?by (?:doing|running|typing|using|opening|entering|executing|calling|reading|looking (?:at|in))\b/i;

// The verb phrase followed by its predicate: "help with X is likely best suited for…".
const STATEMENT_AFTER = /^[^,;.?!]{0,50}?\b(?:is|are|was|were|would be|will be|seems|sounds|isn't|aren't|wasn't)\b/i;
// A purpose after the verb names what to look for ("take a look at the Makefile to see how the
// install target works", "check the configure line to see if…", "check here: <url> under
// 'Integration' and make sure you have that redirect URI set").
const PURPOSE =
  /^(?:[^.?!]|\.(?=\S))*?\b(?:(?:to|and) (?:see (?:if|whether)|make sure|ensure|confirm|verify)|to (?:see|check|find|understand|figure out|learn)|so (?:that|you can|you'll)|for (?:errors|typos|mistakes|bugs|details|more|how|what|the answer)|for (?:[\w-]+ ){0,3}(?:bugs|errors|issues|typos|regressions|failures|problems|conflicts)|to (?:be|get|stay|keep) (?:on the same page|up to speed|in sync)|to catch up)\b/i;
const VERIFY_PURPOSE =
  /^(?:[^.?!]|\.(?=\S))*?\b(?:to|and) (?:make sure|ensure|verify|confirm) (?:that )?(?:there (?:are|is) no|it (?:is|has|does|works|builds|passes)|the|all|every|nothing|no)\b/i;
// Opinion wanted on something named in the same breath: "what do people think of creating a
// package?", "thoughts about having a long video?".
const OPINION_ON_CONCRETE = /^\s*(?:of|on|about|regarding|re:?|around)\s+(?:us |we |me )?(?!(?:something|anything|nothing|thing)\b)[a-z]{2,}ing\b/i;

// "would it help to record separately and then sync after?": the writer proposing, not asking. ("Would it be ok to pick your brain…?" asks permission: still a request.)
const PROPOSAL_BEFORE = /\b(?:would|will|could|does|do|did) (?:it|that|this) (?:help|make sense|be (?:better|easier|worth|useful|simpler|cleaner))\b/i;
// An opinion asked on a stated proposal in the same breath: "what do you think about monofont
// instead of monospace?", "thoughts on the idea of creating an FP set?", "any thoughts before we
// move to a vote?", "what do you think of this morse code translator as a zipline challenge?"
// (LABELS.md: clear after a stated proposal).
const OPINION_ON_PROPOSAL =
  /^\s*(?:(?:on|about|of|regarding)\s+(?:my|our|the|these|those)\s+(?:questions?|idea|ideas|proposal|proposals|suggestions?|plan|points?)(?:\s+(?:above|i (?:posted|mentioned|raised|made|shared)))?\s*[?.!]|(?:of|on|about|regarding|re:?)\s+(?:the |this |that |my |our )?(?:idea|proposal|plan|suggestion|option|change|approach)s? (?:of|to|that|for)\b|[^?.!]*\b(?:instead of|rather than|vs\.?|versus)\b|\s*before (?:we|i)\b|(?:of|about|on)\s+[^?.!]{3,60}?\bas (?:a|an|the|our|one of)\b)/i;

// "What do you think we should cover besides testing?", "what do you think is causing it?": the
// verb takes a clause, and the clause is the question.
const THINK_CLAUSE =
  /^\s+(?:(?:that|we|i|you|they|it|this|he|she|people|the [a-z]+)\s+(?:should|could|would|might|need|needs|must|will|can|is|are|was|were|has|have|had|does|do|did)\b|(?:is|are|would|will|should|could|causes?|caused|happened)\b)/i;
// "what do you think WebStorm offers that vim or sublime don't?": a clause of four words or more
// straight after "think" (no "of", "about", "on" and no vocative) is the question itself.
const THINK_OBJECT_CLAUSE =
  /^\s+(?!(?:of|about|on|regarding|re|guys|all|everyone|everybody|folks|team|y'all|people|so far|here|there|now|then|overall)\b)[\w'-]+(?:\s+[\w'-]+){3,}/i;
function confidence(ctx: RuleContext, ask: AskInfo, family: FuzzyFamily, start: number, end: number, obj: string): number | undefined {
  const before = ctx.doc.masked.slice(ask.askStart ?? ask.sentence.start, start).replace(/’/g, "'");
  const sentence = ctx.doc.masked.slice(ask.sentence.start, ask.sentence.end);
  // Mail is hard-wrapped: the purpose may sit on the next line ("check the configure line run at⏎
  // the start of the rebuild to see if it includes…").
  const after = ctx.doc.masked.slice(end, Math.max(ask.sentence.end, wrappedEnd(ctx.doc, ask.sentence) ?? 0));
  const phrase = ctx.doc.text.slice(start, end).trim();
  const askedInWords = REQUESTED.test(sentence);
  const requested = ask.addressed || askedInWords;
  const groupOwner = ask.evidence?.owner?.kind === 'indefinite';
  if (ADVICE_OR_PAST.test(before)) return WEAK;
  // The writer's own next step, asked about: "can you tell me what I should look into?", "is
  // there something you think I should check?". The ask is the question; the verb is theirs.
  if (WRITER_DOES.test(before)) return WEAK;
  if (HOW_OR_GENERIC.test(before)) return WEAK;
  // "No input required, happy for any feedback": the writer says no answer is needed.
  if (NOTHING_NEEDED.test(ctx.doc.masked.slice(Math.max(0, ask.sentence.start - NOTHING_NEEDED_REACH), ask.sentence.end))) return WEAK;
  if (embeddedAction(before) || PROPOSAL_BEFORE.test(ctx.doc.masked.slice(ask.sentence.start, start))) return WEAK;
  switch (family) {
    case 'opinion':
      if (OPINION_AS_STATEMENT.test(before) || OPINION_ON_CONCRETE.test(after) || OPINION_ON_PROPOSAL.test(after)) return WEAK;
      if (!askedInWords && !ask.sentence.question && OPINION_NOUN_IN_STATEMENT.test(before)) return WEAK;
      if (/think|reckon/i.test(phrase) && (THINK_CLAUSE.test(after) || THINK_OBJECT_CLAUSE.test(after))) return WEAK;
      if (questionFollows(ctx, ask)) return WEAK;
      // The stated question may open the same sentence: "Would a few extra challenges be enough,
      // or what do you think?" follows a concrete proposal (LABELS.md, "Thoughts?").
      if (listedOptions(ctx.doc, ask.start) < 2 && wordsBefore(ctx, ask, STATED_CONTEXT_WORDS) + countWords(before) >= STATED_CONTEXT_WORDS) return WEAK;
      break;
    case 'inspect':
    case 'assist':
      // "Please check your box", "check boxes or raise objections", "* [ ] [check your boxes](…)":
      // tick the checkbox (an FCP vote in rust-lang minutes, a form), a concrete act.
      if (family === 'inspect' && /^check$/i.test(phrase) && /^\s*(?:your |the |my |their |all |those |these )?(?:check ?)?box(?:es)?\b/i.test(after))
        return WEAK;
      if (ask.kind === 'todo') break;
      if (sharesLink(ctx.doc, end, ask.end)) return WEAK;
      // "High-speed networks, check.": a ticked item, not a verb.
      if (/^check$/i.test(phrase) && /,\s*$/.test(ctx.doc.masked.slice(Math.max(0, start - 4), start)) && /^\s*[.,;]/.test(after)) return WEAK;
      // With a concrete object the reader knows where to look. "Check your PM", "take a look at
      // the Makefile to see how…": pointing or helping, for the reader's sake. Still vague: work
      // asked for with no outcome ("pls check the logs", "mind looking at the Q2 calc?").
      if (family === 'assist' && OFFER_BEFORE.test(before)) return WEAK;
      // "need some help with creating Connect accounts: <the details>", "help me out with this
      // error?" and the pasted error: the problem is on the page, so is what help means.
      // Asked of one reader ("could you help with the board deck? it's all over the place"), help
      // still needs its scope: that reader has to ask which part.
      // Asked of a group ("Hi, can anyone help me with a graphic problem, I'm using…"), whoever
      // knows the problem takes it: the call is for that.
      if (
        family === 'assist' &&
        (groupOwner || (!ask.addressed && !/\b(?:you|u)\b/i.test(sentence))) &&
        (problemLaidOut(ctx, ask, start) || countWords(after) >= STATED_CONTEXT_WORDS)
      )
        return WEAK;
      // "Help with the API is best suited for this channel": the phrase is the subject of a
      // statement, nothing is asked.
      if (!requested && !ask.sentence.question && !before.trim() && STATEMENT_AFTER.test(after)) return WEAK;
      if (obj !== 'it' && !VAGUE_OBJECT.test(obj) && (PURPOSE.test(after) || (family === 'inspect' && !askedInWords))) return WEAK;
      // "check it to ensure there are no factual errors in the article": the check says what done
      // looks like, whatever it is pointed at.
      if (family === 'inspect' && (VERIFY_PURPOSE.test(after) || BY_METHOD.test(after))) return WEAK;
      // "Please check your email / your DMs": where to look is the whole ask.
      if (family === 'inspect' && /^\s*(?:your|ur|the) (?:e-?mails?|inbox|dms?|pms?|private messages?|messages|spam|junk|mailbox|notifications)\b/i.test(after))
        return WEAK;
      break;
    case 'status':
      // "there are not supposed to be any word", "without any progress": the phrase inside a
      // statement, nothing asked.
      // "every time there is any update at all", "there isn't any feedback": the same inside a clause.
      if (/\b(?:be|been|being|is|are|was|were|isn't|aren't|wasn't|weren't|without|not|no|made|make|making|see|saw|seen)\s*$/i.test(before)) return WEAK;
      // "any updates made to client software": a noun with its participle, in a description.
      if (/^\s+(?:made|done|given|received|posted|shared|provided|applied|pushed|deployed)\b/i.test(after)) return WEAK;
      break;
    case 'scope':
      // "the way things work", "the XFree86 cvs stuff": a placeholder in a statement.
      if (!requested) return WEAK;
      break;
    case 'progress':
      // "to handle this huge curriculum": "this" is a determiner, the object is named.
      if (
        /\b(?:this|that)$/i.test(phrase) &&
        /^\s+(?!(?:asap|now|today|tomorrow|please|pls|for|by|before|when|soon|and|or|but|so|first|too|again|once|if|with|on|in|at)\b)[a-z]{3,}/i.test(after)
      )
        return WEAK;
      if (!requested && !ask.evidence?.owner) return WEAK;
      break;
    case 'reply':
      // "suggest a revert": the noun, not "please revert".
      if (/\b(?:a|the|this|that|to do the)\s+$/i.test(ctx.doc.masked.slice(Math.max(0, start - 12), start))) return WEAK;
      // "your confusion should revert": the verb in a statement, asked of no one.
      if (!requested && ask.kind !== 'imperative' && ask.kind !== 'todo') return WEAK;
      break;
    case 'polish':
      // "I agree, that section needs some love": the writer's view, not a request.
      if (!requested && OWN_VIEW.test(sentence)) return WEAK;
      // "would assume it needs a little work", "the bomb change still needs a lot of work": the
      // state of a thing reported, with no one asked (real minutes, judged wrong, session 11).
      if (!requested && !ask.sentence.question && STATE_OF_A_THING.test(before)) return WEAK;
      break;
  }
  if (ctx.site === 'notion' && /\blet(?:'|’)?s\s+$/i.test(ctx.doc.text.slice(Math.max(0, start - 8), start))) return WEAK;
  return undefined;
}

/**
 * The ask's fuzzy verb leaves it vague at the default threshold (the same judgment as this rule's
 * finding). ownerless-ask reads it: "Anyone any ideas?" after the problem is laid out is a call
 * whoever knows can answer, but "can someone take a look?" is vague whoever takes it.
 */
export function fuzzyActionStands(ctx: RuleContext, ask: AskInfo): boolean {
  const action = ask.evidence?.action;
  if (!action) return false;
  return confidence(ctx, ask, action.family, action.start, action.end, askObject(ctx.doc, action.end, ask.end)) === undefined;
}

// "Action item: nikomatsakis to follow up on the assembly question": an item the notes give to
// a named owner, who knows what they took on (the minutes' shorthand; blind readers judged such
// findings wrong, session 11). The item's line settles it in the notes' decision state.
function ownedInNotes(ctx: RuleContext, ask: AskInfo): boolean {
  if (ctx.site !== 'notion') return false;
  const line = ask.sentence.line;
  return decisionState(ctx.doc).settledBy.some((s) => s.start < line.end && line.start < s.end && s.why !== 'decision section');
}

export const fuzzyAction: Rule = {
  meta: catalogMeta('fuzzy-action'),
  check(ctx: RuleContext): Hit[] {
    const hits: Hit[] = [];
    for (const ask of ctx.asks()) {
      const action = ask.evidence?.action;
      if (!action || ask.kind === 'offer') continue;
      const phrase = ctx.doc.text.slice(action.start, action.end);
      const obj = askObject(ctx.doc, action.end, ask.end);
      hits.push({
        start: action.start,
        end: action.end,
        message: WHY[action.family](phrase.trim()),
        suggestion: advice(ctx, ask, action.family, phrase, obj),
        // A "take a look" or "any updates?" spoken on a call was answered on the call; one in the
        // minutes' record of a topic was put to the meeting (minutesRecord).
        confidence:
          aimedAtReader(ctx, ask, action.start) && !recordedTurn(ctx, ask) && !minutesRecord(ctx, ask) && !ownedInNotes(ctx, ask)
            ? confidence(ctx, ask, action.family, action.start, action.end, obj)
            : WEAK,
      });
    }
    return hits;
  },
};
