// topics.ts: a conclusion heading nested under a topic settles that topic, across blank lines.

import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/index';
import { buildDoc } from '../../lib/analysis/document';
import { topicPlaces } from '../../lib/analysis/topics';

const RULE = 'notes-without-next-step';
const nwns = (text: string) => analyze(text, { site: 'notion' }).findings.filter((f) => f.ruleId === RULE);

// Shaped like Bitcoin Core's IRC-meeting summaries (bitcoincore.org/en/meetings, 2016): each topic
// a "##" heading with "### background / meeting comments / meeting conclusion" under it.
const topic = (name: string, comments: string, conclusion: string) =>
  `## ${name}\n\n### background\n\nThe release is due in February.\n\n### meeting comments\n\n${comments}\n\n### meeting conclusion\n\n${conclusion}\n`;
const page = (...topics: string[]) => `## Meeting notes\n\n- Logs are linked below.\n\n${topics.join('\n')}`;
const DEBATE = 'There was discussion whether to backport this to 0.12 and 0.11, and some objections to doing it now.';

describe('topics', () => {
  test('a nested conclusion with content settles its topic: no finding', () => {
    const text = page(topic('Backports', DEBATE, 'Backport to 0.12 only; wumpus tags rc3.'));
    expect(nwns(text)).toEqual([]);
  });

  test('a nested conclusion that is a placeholder settles nothing', () => {
    const text = page(topic('Backports', DEBATE, 'TBD'));
    expect(nwns(text).length).toBe(1);
  });

  test('the open topic is named, not the part heading, and a settled one does not count', () => {
    const text = page(topic('Backports', DEBATE, 'Backport to 0.12 only.'), `## Fee estimation\n\n### meeting comments\n\n${DEBATE}\n`);
    const f = nwns(text);
    expect(f.length).toBe(1);
    expect(f[0].message).toContain('"Fee estimation"');
    expect(f[0].message).not.toContain('more');
  });

  test('a conclusion settles only the topic it sits under', () => {
    const doc = buildDoc(page(topic('Backports', DEBATE, 'Backport to 0.12 only.'), `## Fee estimation\n\n${DEBATE}\n`), 'notion');
    const debateLines = doc.lines.filter((l) => l.text.startsWith('There was discussion'));
    const places = topicPlaces(doc, new Set(debateLines.map((l) => l.index)));
    expect(debateLines.map((l) => places.get(l.index)?.settled)).toEqual([true, false]);
  });
});
