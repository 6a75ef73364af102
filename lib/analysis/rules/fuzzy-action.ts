// An ask whose verb asks for attention, not an outcome: "take a look", "can you check this",
// "look into it", "touch base", "thoughts?", "any updates?", "help with the deck". The reader
// cannot act without coming back to ask what "done" looks like (LABELS.md, vague-ask "what").

import { askObject, listedOptions, namePlaceholder, type AskInfo } from '../asks';
import type { FuzzyFamily } from '../phrases/vague-actions';
import type { Hit, Rule, RuleContext } from '../rule';

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

export const fuzzyAction: Rule = {
  meta: {
    id: 'fuzzy-action',
    category: 'vague-ask',
    description: 'An ask with a fuzzy action ("take a look", "thoughts?", "any updates?") instead of the outcome you need.',
  },
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
      });
    }
    return hits;
  },
};
