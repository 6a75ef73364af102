import { describe, expect, test } from 'vitest';
import { classifyRows, initialRowState, type RowState } from '../../lib/bursts/rows';

const state = (over: Partial<RowState> = {}): RowState => ({ ...initialRowState(), ...over });

describe('classifyRows', () => {
  test('a row that follows one of the user’s sends is theirs and teaches their id', () => {
    const r = classifyRows(state({ expectedOwn: 1 }), [{ sender: 'U1' }]);
    expect(r.othersPosted).toBe(false);
    expect(r.state).toEqual({ selfId: 'U1', expectedOwn: 0, lastSender: 'U1' });
  });

  test('a row nobody expected, with the id unknown, is someone else', () => {
    expect(classifyRows(state(), [{ sender: 'U2' }]).othersPosted).toBe(true);
  });

  test('once the id is known, the sender decides, whatever is expected', () => {
    expect(classifyRows(state({ selfId: 'U1' }), [{ sender: 'U1' }]).othersPosted).toBe(false);
    expect(classifyRows(state({ selfId: 'U1', expectedOwn: 1 }), [{ sender: 'U2' }]).othersPosted).toBe(true);
  });

  test('continuation rows (no sender) repeat the previous sender', () => {
    const mine = classifyRows(state({ selfId: 'U1', lastSender: 'U1' }), [{ sender: null }]);
    expect(mine.othersPosted).toBe(false);
    const theirs = classifyRows(state({ selfId: 'U1', lastSender: 'U2' }), [{ sender: null }]);
    expect(theirs.othersPosted).toBe(true);
  });

  test('someone else in the middle of the user’s rows is seen', () => {
    const r = classifyRows(state({ selfId: 'U1', expectedOwn: 2 }), [{ sender: 'U1' }, { sender: 'U3' }, { sender: 'U1' }]);
    expect(r.othersPosted).toBe(true);
    expect(r.state.expectedOwn).toBe(0);
  });
});
