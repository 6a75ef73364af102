import { describe, expect, test } from 'vitest';
import { chatReplyToOne, lineAddressedToNick, openedToOne } from '../../lib/analysis/addressee';
import { buildDoc } from '../../lib/analysis/document';

const slack = (t: string) => buildDoc(t, 'slack');

describe('addressee', () => {
  test.each(['@sam can you look?', '@dana.k, thoughts?', '@iheartkode: do you have the logo?'])('one person: %s', (t) => {
    expect(openedToOne(slack(t))).toBe(true);
    expect(chatReplyToOne(slack(t))).toBe(true);
  });
  test.each(['@here office closed Monday', '@design-team eyes on this?', '@channel standup moved'])('a group handle: %s', (t) => {
    expect(openedToOne(slack(t))).toBe(false);
    expect(chatReplyToOne(slack(t))).toBe(false);
  });
  test('a nick, not a line label', () => {
    expect(lineAddressedToNick('soren: can it be closed?')).toBe(true);
    expect(lineAddressedToNick('Note: the build is red')).toBe(false);
    expect(lineAddressedToNick('Update: shipped')).toBe(false);
  });
  test.each([
    ['Andrea, the nightly has the fix', true],
    ['Team, after the call we still have two options', false],
    ['Thanks, that worked', false],
    ['> which one?\nboth are fine', true],
    ['so, which one do we pick?', false],
  ])('reply shapes: %s', (t, want) => {
    expect(chatReplyToOne(slack(t as string))).toBe(want);
  });
  test('only chat', () => {
    expect(chatReplyToOne(buildDoc('@sam see below', 'gmail'))).toBe(false);
  });
});
