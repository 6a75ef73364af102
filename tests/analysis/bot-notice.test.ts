// bot-notice: a program's notice (list-server digests, automated reminders) is not the writer's prose.

import { describe, expect, test } from 'vitest';
import { BOT_MARKERS, automatedNotice } from '../../lib/analysis/bot-notice';
import { analyze } from '../../lib/analysis/index';

describe('bot-notice', () => {
  test.each(BOT_MARKERS.map((m) => [m.example, m.pattern] as const))('marker matches its example: %s', (example, pattern) => {
    expect(pattern.test(example)).toBe(true);
  });

  const MAILMAN =
    'The dev@lists.example.org mailing list has 3 request(s) waiting for your\nconsideration at:\n\n\thttp://lists.example.org/mailman/admindb/dev\n\nPlease attend to this at your earliest convenience.  This notice of\npending requests, if any, will be sent out daily.';

  test('a list server notice is a notice, and its asks are not flagged', () => {
    expect(automatedNotice(MAILMAN)).toBe(true);
    expect(analyze(MAILMAN, { site: 'gmail', sensitivity: 'strict' }).findings.filter((f) => f.category === 'vague-ask')).toEqual([]);
  });

  test.each([
    ['one marker alone', 'Please do not reply to this email, I am on leave. Can you send the deck when you get a chance?'],
    ['a person writing about a notice', 'The nightly report failed again. Can you look into it when you get a chance?'],
  ])('a person writing stays judged: %s', (_name, text) => {
    expect(automatedNotice(text)).toBe(false);
    expect(analyze(text, { site: 'gmail' }).findings.some((f) => f.category === 'vague-ask')).toBe(true);
  });
});
