// A site adapter that throws costs that site's coaching, never the page: each call falls back to
// "nothing here" and the failure is logged once with the site's id.

import { afterEach, beforeEach, expect, test, vi, type MockInstance } from 'vitest';
import { resetFailureLog } from '../../lib/errors';
import { ADAPTERS } from '../../lib/sites/index';
import { guardAdapter } from '../../lib/sites/guard';
import type { SiteAdapter } from '../../lib/sites/types';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetFailureLog();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const boom = () => {
  throw new SyntaxError("'.ql-editor:has(' is not a valid selector");
};

const broken: SiteAdapter = {
  ...ADAPTERS[0],
  site: 'slack',
  composersIn: boom,
  anchorFor: boom,
  scrollersFor: boom,
  isSendKey: boom,
  sendButtonFor: boom,
  sendKeyScopeFor: boom,
  sendHeld: boom,
};

test('every call falls back to nothing, and the site is named once', () => {
  const safe = guardAdapter(broken);
  const editor = {} as HTMLElement;
  expect(safe.composersIn({} as Document)).toEqual([]);
  expect(safe.composersIn({} as Document)).toEqual([]);
  expect(safe.anchorFor(editor)).toBe(editor);
  expect(safe.scrollersFor(editor)).toEqual([]);
  expect(safe.isSendKey({} as KeyboardEvent, editor)).toBe(false);
  expect(safe.sendButtonFor({} as Element)).toBeNull();
  expect(safe.sendKeyScopeFor?.({} as Element)).toBeNull();
  // A broken modal check never holds a send past the usual window.
  expect(safe.sendHeld?.(editor)).toBe(false);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0][0])).toContain('adapter "slack"');
  expect(String(warn.mock.calls[0][0])).toContain('SyntaxError');
  expect(String(warn.mock.calls[0][0])).not.toContain('ql-editor');
});

test('a working adapter is passed through unchanged', () => {
  const calls: unknown[] = [];
  const fine: SiteAdapter = {
    ...broken,
    composersIn: (root) => {
      calls.push(root);
      return [];
    },
    isSendKey: () => true,
  };
  const safe = guardAdapter(fine);
  expect(safe.isSendKey({} as KeyboardEvent, {} as HTMLElement)).toBe(true);
  safe.composersIn({} as Document);
  expect(calls).toHaveLength(1);
  expect(safe.site).toBe('slack');
  expect(safe.editorKind).toBe(fine.editorKind);
  expect(warn).not.toHaveBeenCalled();
});
