// SettleState: "settled" only once what is shown is the analysis of the text as it is now, and
// the attribute is written on changes of state only (Quill re-diffs on every write to its root).

import { describe, expect, test } from 'vitest';
import { SettleState, type AnalysisState } from '../../lib/dom/analysis-state';

function setup() {
  const writes: AnalysisState[] = [];
  return { state: new SettleState((s) => writes.push(s)), writes };
}

describe('SettleState', () => {
  test('a pause of typing is one pending and one settled write, however many keys', () => {
    const { state, writes } = setup();
    for (let i = 0; i < 20; i++) state.pending();
    state.settled('hello', 'hello');
    expect(writes).toEqual(['pending', 'settled']);
    expect(state.value).toBe('settled');
  });

  test('an analysis of text that has changed since does not settle', () => {
    const { state, writes } = setup();
    state.pending();
    state.settled('hello', 'hello w');
    expect(state.value).toBe('pending');
    state.settled('hello w', 'hello w');
    expect(writes).toEqual(['pending', 'settled']);
  });

  test('nothing due (paused, read-only page, failed analysis) settles without texts', () => {
    const { state, writes } = setup();
    state.pending();
    state.settled();
    state.settled();
    expect(writes).toEqual(['pending', 'settled']);
  });

  test('new work after settling goes back to pending', () => {
    const { state, writes } = setup();
    state.settled();
    state.pending();
    expect(writes).toEqual(['settled', 'pending']);
  });
});
