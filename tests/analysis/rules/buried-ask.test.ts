// buried-ask: the one request of a long message comes only at its end.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';
import { EMAIL_ASK_FIRST, EMAIL_ASK_LAST, EMAIL_SLAB } from './wall-fixtures';

const RULE = 'buried-ask';
const hits = (text: string, site: Site) => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

const ASK = 'Could you approve the revised budget of $59k by Friday so I can lock the hotel block?';
const body = EMAIL_ASK_LAST.split('\n\n').slice(1, -2);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ['a long email whose only ask is the last paragraph', 'gmail', EMAIL_ASK_LAST],
    // Chat needs ~150+ words before the ask (LABELS.md, "Chat length").
    ['the same in chat, short lines', 'slack', `${body.slice(0, 6).join('\n')}\n${ASK}`],
  ])('flags: %s', (_name, site, text) => {
    const found = hits(text, site);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe(ASK);
    expect(found[0].suggestion).toContain(`Lead with the ask: put "${ASK}"`);
  });

  test('a request in words at the end is buried; the same point as a bare question is not', () => {
    const ending = (last: string) => `Hi Priya,\n\n${body.join('\n\n')}\n\n${last}\n\nThanks,\nLeo`;
    expect(hits(ending('Let me know your thoughts on the split.'), 'gmail')).toHaveLength(1);
    expect(hits(ending('Is the split a problem?'), 'gmail')).toEqual([]);
  });

  test.each<[string, Site, string]>([
    ['the ask up front', 'gmail', EMAIL_ASK_FIRST],
    ['chat: ~100 words then the ask is not buried', 'slack', `${body.slice(0, 4).join('\n')}\n${ASK}`],
    ['the ask up front and repeated at the end', 'gmail', `Hi Priya,\n\n${ASK}\n\n${body.join('\n\n')}\n\n${ASK}\n\nThanks,\nLeo`],
    [
      'a TL;DR carries the ask',
      'gmail',
      `Hi Priya,\n\nTL;DR: budget goes from $48k to $59k, need your OK by Friday.\n\n${body.join('\n\n')}\n\n${ASK}\n\nThanks,\nLeo`,
    ],
    ['a short message ending with its ask', 'gmail', `Hi Priya,\n\n${body[0]}\n\n${ASK}\n\nThanks,\nLeo`],
    ['a long message with no ask', 'gmail', `Hi Priya,\n\n${body.join('\n\n')}\n\nThanks,\nLeo`],
    ['a courtesy line is not the ask', 'gmail', `Hi Priya,\n\n${body.join('\n\n')}\n\nLet me know if you have any questions!\n\nThanks,\nLeo`],
    [
      'action items at the end of long notes',
      'notion',
      `# Kickoff notes\n\n${body.join('\n\n')}\n\n## Action items\n[ ] @priya approve the revised budget by Friday`,
    ],
    // Real mail and chat (session 14): a question at the end with no request in its words is
    // rhetorical, a musing, or the question a support post ends on.
    ['a rhetorical question at the end', 'gmail', `Hi Priya,\n\n${body.join('\n\n')}\n\nWhy is that a problem?\n\nThanks,\nLeo`],
    ['a musing question at the end', 'gmail', `Hi Priya,\n\n${body.join('\n\n')}\n\nMaybe we could have tools that simplify the process?\n\nThanks,\nLeo`],
    // A dense paragraph gets one card (dense-paragraph) whose advice already leads with the ask.
    ['the ask is inside a wall', 'gmail', `${EMAIL_SLAB.split('\n\nBest')[0]} Could you sign off on the double rent by Wednesday?\n\nBest,\nSam`],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });
});
