// The background's side of AnalyzeRequest: the engine runs in the extension's service worker, so
// the host page's main thread never pays for compromise (typing never stutters, and the content
// script stays small). Pure: importable from Node.

import { analyze } from '../analysis/index';
import type { EnginePool } from './engine-pool';
import type { AnalyzeReply, AnalyzeRequest } from './protocol';

/** Longest text analysed (UTF-16 units); beyond this a page is not a message any more. */
export const MAX_ANALYZE_CHARS = 1_000_000;

let analyses = 0;

/** Analyses this worker has run (warm-ups included): 0 means its engine is cold. */
export function analysesRun(): number {
  return analyses;
}

/**
 * `engines` + `key`: the composer's own engine (the background); without them the default
 * engine (Node tools, tests).
 */
export function analyzeRequest(m: Partial<AnalyzeRequest>, engines?: EnginePool, key?: string): AnalyzeReply {
  const text = typeof m.text === 'string' ? m.text.slice(0, MAX_ANALYZE_CHARS) : '';
  const options = m.options && typeof m.options === 'object' ? m.options : {};
  analyses++;
  const run = engines && key !== undefined ? engines.get(key).analyze : analyze;
  return { findings: run(text, options).findings };
}
