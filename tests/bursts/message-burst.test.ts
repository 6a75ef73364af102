// The burst check's catalog entry behaves like a rule's: a permanent kebab-case id equal to its
// file name, no clash with the text rules, and a description for the options page.

import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../lib/analysis/rules/index';
import { MESSAGE_BURST, MESSAGE_BURST_ID } from '../../lib/bursts/message-burst';

describe('message-burst catalog entry', () => {
  test('id equals the file name, kebab-case, and no text rule has it', () => {
    const file = basename(new URL('../../lib/bursts/message-burst.ts', import.meta.url).pathname, '.ts');
    expect(MESSAGE_BURST.id).toBe(file);
    expect(MESSAGE_BURST_ID).toBe('message-burst');
    expect(MESSAGE_BURST.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(RULES.map((r) => r.meta.id)).not.toContain(MESSAGE_BURST.id);
  });

  test('described for the options page; Slack only', () => {
    expect(MESSAGE_BURST.description.length).toBeGreaterThan(20);
    expect(MESSAGE_BURST.sites).toEqual(['slack']);
  });
});
