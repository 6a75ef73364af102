// unstructured-message: 300+ words with no headings, bullets or TL;DR, in paragraphs
// that are each under the single-paragraph limit but not short.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';
import { EMAIL_ASK_FIRST, EMAIL_ASK_LAST, EMAIL_FIVE_PARAGRAPHS, EMAIL_UNSTRUCTURED, NOTION_STRUCTURED } from './wall-fixtures';

const RULE = 'unstructured-message';
const hits = (text: string, site: Site) => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

const paragraphs = EMAIL_FIVE_PARAGRAPHS.split('\n\n').slice(1, -1);
// The same content with the points as bullets and a TL;DR: structure fixes it.
const STRUCTURED = `Hi Jonas,\n\nTL;DR: two clauses need a call before we sign; the rest is marked up.\n\n${paragraphs[0]}\n\n${paragraphs
  .slice(1)
  .map((p) => `- ${p}`)
  .join('\n')}\n\nBest regards,\nAnja`;

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ['a 340-word email in three 115-word paragraphs', 'gmail', EMAIL_UNSTRUCTURED],
    ['the same as a Notion page', 'notion', paragraphs.join('\n\n')],
    ['a 340-word chat message in five chunks', 'slack', paragraphs.join('\n\n')],
  ])('flags: %s', (_name, site, text) => {
    const found = hits(text, site);
    expect(found).toHaveLength(1);
    expect(found[0].suggestion).toMatch(/TL;DR/);
    // It points at one paragraph (the longest), not the whole message.
    expect(found[0].end - found[0].start).toBeLessThan(text.length / 2);
  });

  test.each<[string, Site, string]>([
    ['with a TL;DR and bullets', 'gmail', STRUCTURED],
    // In mail, paragraphs of a few sentences are structure (real list mail, read blind).
    ['a 340-word email in five 65-word paragraphs', 'gmail', EMAIL_FIVE_PARAGRAPHS],
    ['short paragraphs, ask first', 'gmail', EMAIL_ASK_FIRST],
    ['short paragraphs, ~270 words', 'gmail', EMAIL_ASK_LAST],
    ['a structured doc', 'notion', NOTION_STRUCTURED],
    ['under the length limit', 'gmail', paragraphs.slice(0, 3).join('\n\n')],
    ['a 200-word chat message in three chunks (each under the chat block limit)', 'slack', paragraphs.slice(0, 3).join('\n\n')],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });
});
