// The background's side of WarmRequest. Chrome stops an idle MV3 service worker after ~30 s; the
// analysis after that used to pay, at the user's typing pause, the worker's start, compromise's
// first parses, V8 compiling each rule's regexes on their first run, and cold parse caches: about
// 0.7 s on an idle machine (several seconds under load). The content script now says "an
// analysis is coming" on the first edit of each typing burst, so the worker starts while the user
// types, and a worker that has not analysed anything yet warms its engine with the messages below,
// one per task, so that a real request arriving meanwhile waits for one short message at most.
// Pure: importable from Node (the scheduler is passed in).

import type { AnalyzeOptions } from '../analysis/types';
import { analysesRun, analyzeRequest } from './analyze-request';
import type { EnginePool } from './engine-pool';
import type { WarmReply, WarmRequest } from './protocol';

/**
 * Short messages of the shapes people type (asks, a reminder, deliberation, an update, notes, an
 * emoji), each flagged on every site so its rule runs past the prefilter: vague-ask,
 * passive-aggressive and missing-decision, where the regexes and the tagger are. (Wall-of-text
 * only counts, cheap when cold.) In Node, after these a new short message's first analysis took
 * 50–80 ms instead of 0.9–1.3 s (same loaded machine, 3 runs each): the residue is its new words.
 */
export const WARM_UP_MESSAGES: readonly string[] = [
  'Hi team, can someone take a look at the deck when you get a chance? Thoughts?',
  'Per my last email, the numbers still need to be updated by Friday. Friendly reminder, thanks in advance!',
  'We went back and forth on option A vs option B; both have pros and cons, so not sure yet. As I said, fine.',
  'Quick update: the store listing is ready, the screenshots are in the folder and I will draft the partner email tomorrow 🙃',
  'Meeting notes\n- discussed the launch date\n- Sam raised the budget, not sure we can afford both\nCould you please review the doc?',
];

let warming = false;

function optionsOf(m: Partial<WarmRequest>): AnalyzeOptions {
  return m.options && typeof m.options === 'object' ? m.options : {};
}

/**
 * Answer at once (the reply says whether this worker was fresh), then warm in later tasks: the
 * sample messages when the engine has not run yet, and the composer's text when one was sent
 * (its parse fills the caches the pause's analysis will read; its findings are dropped). The
 * samples warm what every engine shares (compiled code, compromise's lexicon) in the default
 * engine; the composer's text goes to its own engine (`engines` + `key`), whose caches it fills.
 */
export function warmRequest(m: Partial<WarmRequest>, later: (fn: () => void) => void, engines?: EnginePool, key?: string): WarmReply {
  const options = optionsOf(m);
  const fresh = analysesRun() === 0 && !warming;
  const queue: Array<{ text: string; own: boolean }> = [];
  if (fresh) {
    warming = true;
    queue.push(...WARM_UP_MESSAGES.map((text) => ({ text, own: false })));
  }
  if (typeof m.text === 'string' && m.text) queue.push({ text: m.text, own: true });
  const step = () => {
    const next = queue.shift();
    if (next === undefined) return;
    analyzeRequest({ text: next.text, options }, next.own ? engines : undefined, key);
    if (queue.length) later(step);
  };
  if (queue.length) later(step);
  return { fresh };
}
