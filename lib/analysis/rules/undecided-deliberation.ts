// A message that weighs options or recaps a discussion, then stops: no decision, no owner with a
// next step, no request for someone to decide. Readers finish it not knowing what happens now.
// Meeting notes are left to notes-without-next-step.

import { decisionState, joinOptions, type Mark } from '../deliberation';
import { sentenceAt, type Line, type Sentence } from '../document';
import { STRICT_ONLY_CONFIDENCE, type Rule, type RuleContext } from '../rule';
import { isTranscriptTurn, transcriptTurnStarts } from '../transcript';
import { catalogMeta } from '../catalog';
import { chatReplyToOne } from '../addressee';

// LABELS.md, "Missing decision needs a decision the writer's group owns": weighing that is the
// writer's or their group's ("we could…", "should we…", "my options are…") and ends open. Weighing
// in a description of others ("their CIO, either one or both…"), an answer that lays out the
// asker's options ("you have two options…") or a speaker's turn in a transcript is not: those
// stay strict-only. Options posted with no pronoun at all ("Options for the offsite: …") are the
// writer's context at work and still count. On the real set the rule was right 1 time in 12 without this.
const OWNED = /\b(?:we|we're|we'll|we'd|we've|our|ours|us|let's|lets|i|i'm|i'll|i'd|i've|my|mine|team)\b/i;
// A reply in a mailing-list thread ("… wrote:" and quoted lines) that weighs points with no
// "we" in it is arguing a position to the other side ("both make sense in isolation, but…",
// "go either way depending on which data"), not a choice the writer's group has to make.
const REPLY_THREAD = /(?:^|\n)[ \t]*(?:>|\|[ \t])|\bwrote:[ \t]*(?:\n|$)/;
const GROUP = /\b(?:we|we're|we'll|we'd|we've|our|ours|us|let's|lets|team)\b/i;
const HELPING = /\b(?:you|your|you're|you'll|you'd|u|ur)\b/i;
const UNOWNED = STRICT_ONLY_CONFIDENCE;
// Weighing about others, with nothing of the writer's in it.
const THIRD_PARTY = /\b(?:he|she|his|her|they|their|studies|analysts|experts|ceos?|cios?|critics|pundits)\b/i;

function ownedConfidence(ctx: RuleContext, marks: readonly Mark[]): number | undefined {
  const doc = ctx.doc;
  const text = marks
    .map((m) => doc.masked.slice(m.line.start, m.line.end))
    .join(' ')
    .replace(/’/g, "'");
  if (!OWNED.test(text) && THIRD_PARTY.test(text)) return UNOWNED;
  if (doc.site === 'gmail' && REPLY_THREAD.test(doc.text) && !GROUP.test(doc.masked.replace(/’/g, "'"))) return UNOWNED;
  // "You could do A or B": the reader's decision, laid out for them.
  const we = (text.match(/\b(?:we|we're|we'll|we'd|we've|our|us|let's|i|i'm|my)\b/gi) ?? []).length;
  const you = (text.match(new RegExp(HELPING.source, 'gi')) ?? []).length;
  if (you > we) return UNOWNED;
  // A chat reply to one person ("@sam …", "smoser: …", a quote of their words) weighs options in
  // their conversation: they asked, or they decide. On real chat, 11 of the rule's 24 hits were
  // such replies, every one an answer, a hedge or an opinion.
  if (chatReplyToOne(doc)) return UNOWNED;
  const turns = transcriptTurnStarts(doc);
  if (turns.size && marks.every((m) => isTranscriptTurn(doc, turns, m.line.start))) return UNOWNED;
  return undefined;
}

// On real chat and email the rule was judged right 0 times in 60 by two blind readers (session 6):
// what it read as weighing was help, opinion, explanation or a joke. What a reader misses is a
// discussion that *ends open*: the writer says they are torn, shrugs, defers, or asks only for
// opinions. Weighing alone ("A is cheaper but B has the API") is shown on "strict" only.
// Praise in place of an outcome ("Great discussion everyone!") closes nothing either.
const OPEN_ENDING = new Set(['ambivalence', 'indecision', 'shrug', 'deferral', 'praise']);

// The writer's own pick said plainly ("personally I prefer clean pages vs junk drawers", "I still
// prefer Choqok"): the message has landed for them. It is an opinion in a conversation, not a
// choice left open, unless it also shrugs, defers or says it is torn.
const STANCE =
  /\b(?:i|i'd|i'm|personally,? i)\s+(?:still |really |much |would |kind of |kinda |definitely |strongly )?(?:prefer|'d prefer|lean|am leaning|vote for|'d go with|would go with|'d pick|would pick)\b/i;

function statesOwnPick(ctx: RuleContext, state: ReturnType<typeof decisionState>): boolean {
  if (state.opinionQuestions.length > 0 || state.marks.some((m) => OPEN_ENDING.has(m.kind))) return false;
  return STANCE.test(ctx.doc.masked.replace(/’/g, "'"));
}

function endsOpen(ctx: RuleContext, state: ReturnType<typeof decisionState>): boolean {
  if (state.opinionQuestions.length > 0 || state.placeholders.length > 0 || state.marks.some((m) => OPEN_ENDING.has(m.kind))) return true;
  // The message stops mid-weighing: its last sentence is the "on the other hand".
  const prose = ctx.doc.sentences.filter((x) => x.line.kind !== 'signoff' && x.line.kind !== 'greeting');
  const last = prose[prose.length - 1];
  return !!last && state.marks.some((m) => m.kind === 'weighing' && m.start >= last.start && m.start < last.end);
}

// …or the writer's group laying out its own options ("We could push back to 96h, accept it, or ask
// for a carve-out", "we spent the session comparing ShipRight and Corvus"): the choice is theirs.
function groupWeighs(ctx: RuleContext, state: ReturnType<typeof decisionState>): boolean {
  // Alternatives posted as such ("Two candidates for the launch date: May 6 or May 20") need no pronoun.
  if (state.options.length >= 2) return true;
  // A doc laying out ways forward ("One way is… Another is…") is the team's own page.
  if (ctx.site === 'notion' && state.marks.filter((m) => m.kind === 'weighing').length >= 2) return true;
  return GROUP.test(ctx.doc.masked.replace(/’/g, "'")) && state.marks.some((m) => m.kind === 'weighing');
}

export const undecidedDeliberation: Rule = {
  meta: catalogMeta('undecided-deliberation'),
  check(ctx: RuleContext) {
    const state = decisionState(ctx.doc);
    if (!state.deliberates || state.resolved || state.notes) return [];
    if (state.shape === 'problems' && state.problemsTitle) {
      // A bare list of problems: point at its title, ask for owners rather than a pick.
      const title = state.problemsTitle;
      let start = title.start;
      let end = title.end;
      while (start < end && /[\s#*]/.test(ctx.doc.text[start])) start++;
      while (end > start && /\s/.test(ctx.doc.text[end - 1])) end--;
      return [
        {
          start,
          end,
          message: 'This lists the problems but not what happens about them: no owner, no priority, no next step.',
          suggestion:
            'Say what happens next: "Next step: <who> will <fix or triage what> by <when>", or ask for the call: "Can we decide which of these to fix first by <day>?"',
          // Issues listed for one person ("@ras Looking good! Two minor issues: 1) … 2) …") are
          // review feedback: the reader owns the fixes.
          confidence: chatReplyToOne(ctx.doc) ? UNOWNED : undefined,
        },
      ];
    }
    const anchor = anchorSentence(ctx, state.marks, state.opinionQuestions, state.placeholders);
    if (!anchor) return [];

    const options = state.options;
    const choice = options.length >= 2 ? joinOptions(options) : 'A or B';
    const suggestion =
      options.length >= 2
        ? `End with the call: "Decision: ${options[0]} — because …" or "Next step: <who> will <what> by <when>". If it isn't yours to make, ask for it: "Can we pick ${choice} by <day>?"`
        : `End with the call: "Decision: …" or "Next step: <who> will <what> by <when>". If it isn't yours to make, ask for it: "Can we pick ${choice} by <day>?"`;
    return [
      {
        start: anchor.start,
        end: anchor.end,
        message:
          state.shape === 'options'
            ? 'This weighs the options but never lands: no decision, no owner, no ask to decide. Readers will agree it is tricky and move on.'
            : 'This recaps the discussion but not its outcome: nothing is decided and nobody owns a next step, so it will be discussed again.',
        suggestion,
        confidence: !statesOwnPick(ctx, state) && (endsOpen(ctx, state) || groupWeighs(ctx, state)) ? ownedConfidence(ctx, state.marks) : UNOWNED,
      },
    ];
  },
};

// Highlight where the decision should have been: the last sentence that leaves things open
// (ambivalence, deferral, "thoughts?", a placeholder conclusion), else the last sentence that
// weighs options.
function anchorSentence(ctx: RuleContext, marks: readonly Mark[], opinion: readonly Sentence[], placeholders: readonly Line[]): Sentence | undefined {
  const sentences = ctx.doc.sentences;
  if (!sentences.length) return undefined;
  let best: { pos: number; rank: number } | undefined;
  const consider = (pos: number, rank: number) => {
    if (!best || rank > best.rank || (rank === best.rank && pos > best.pos)) best = { pos, rank };
  };
  for (const m of marks) {
    if (m.kind === 'ambivalence' || m.kind === 'indecision' || m.kind === 'shrug' || m.kind === 'deferral') consider(m.start, 2);
    else if (m.kind === 'weighing') consider(m.start, 1);
  }
  for (const q of opinion) consider(q.start, 2);
  // "Conclusion: more research needed": the slot where the decision should have been.
  for (const line of placeholders) consider(line.end - 1, 2);
  if (!best) return sentences[sentences.length - 1];
  return sentenceAt(sentences, best.pos) ?? sentences[sentences.length - 1];
}
