// dense-paragraph: one block of prose too long to read as one (chat ~100+ words, email/doc ~150+).

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';
import { EMAIL_ASK_FIRST, EMAIL_SLAB, NOTION_STRUCTURED, SLACK_LONGISH, SLACK_RAMBLE } from './wall-fixtures';

const RULE = 'dense-paragraph';
const hits = (text: string, site: Site) => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

// The same ~170-word paragraph as a Notion section under a heading.
const NOTION_SECTION = `## Warehouse move\n\n${EMAIL_SLAB.split('\n\n')[1]}\n\n## Next steps\n- Dan sends the floor plan to the broker by Friday`;
// Hard-wrapped plain-text email: line breaks mid-sentence do not break the block.
const WRAPPED = `Hi Marta,\n\n${EMAIL_SLAB.split('\n\n')[1].replace(/(.{60,72}?) /g, '$1\n')}\n\nBest,\nSam`;

const SLAB = EMAIL_SLAB.split('\n\n')[1];
const WRAPPED_SLAB = SLAB.replace(/(.{60,72}?) /g, '$1\n');

describe(RULE, () => {
  test("a quoted phrase or an inch mark inside the writer's paragraph does not hide it", () => {
    const text = `Hi,\n\n${SLAB.replace(/\. /, '. We call it "the move" internally, all 13" laptops included. ')}\n\nSam`;
    expect(hits(text, 'gmail')).toHaveLength(1);
  });

  test.each<[string, Site, string]>([
    ['a chat ramble of ~130 words', 'slack', SLACK_RAMBLE],
    ['an email paragraph of ~165 words', 'gmail', EMAIL_SLAB],
    ['a doc section of ~165 words', 'notion', NOTION_SECTION],
    ['a hard-wrapped email paragraph', 'gmail', WRAPPED],
    ['the chat ramble pasted into an email is still long for chat but fine for email', 'slack', `${SLACK_RAMBLE} 🙏`],
  ])('flags: %s', (_name, site, text) => {
    const found = hits(text, site);
    expect(found).toHaveLength(1);
    const span = text.slice(found[0].start, found[0].end);
    expect(span.split(/\s+/).length).toBeGreaterThan(100);
    expect(span).not.toMatch(/^(?:Hi|##)/);
    expect(found[0].suggestion).toMatch(/paragraphs|lines|bullets/);
  });

  test.each<[string, Site, string]>([
    ['~80 words of chat', 'slack', SLACK_LONGISH],
    ['the chat ramble is under the email limit', 'gmail', SLACK_RAMBLE],
    ['a long email in short paragraphs', 'gmail', EMAIL_ASK_FIRST],
    ['a long doc with headings and bullets', 'notion', NOTION_STRUCTURED],
    ['the same words split into lines', 'slack', SLACK_RAMBLE.replace(/, (and|so|because) /g, '.\n$1 ')],
    [
      'a long quoted reply under a short answer',
      'gmail',
      `Sounds good, go ahead.\n\nOn Mon, Jun 2, 2025 at 9:00 AM Marta <m@example.com> wrote:\n> ${EMAIL_SLAB.split('\n\n')[1]}`,
    ],
    ['code in a fenced block', 'slack', `this is what fails:\n\`\`\`\n${'SELECT a, b, c FROM t WHERE x = 1 AND y = 2; '.repeat(20)}\n\`\`\``],
    ['a short request', 'slack', 'Can you send me the signed MSA for Globex by EOD?'],
    // Not the writer's words (LABELS.md, "Reading real text"): a pasted article under its byline,
    // a passage quoted at length, a block quote indented in plain text, a licence; and a
    // paragraph break marked by indenting the first line.
    ['a pasted article under its byline', 'gmail', `Interesting read.\n\nWarehouse moves are hard\nBy Jeanne E. Fredriksen\n\n${SLAB}`],
    ['a pasted article under a lowercase byline', 'gmail', `Interesting read.\n\nTHE NEXT WAREHOUSE\nby NICHOLAS LEMANN\n\n${SLAB}`],
    ['a passage quoted at length', 'gmail', `From the book:\n\n"${SLAB}"\n\nThoughts welcome.`],
    ['a block quote indented in plain text', 'gmail', `I'm sure this is common knowledge, but just in case:\n\n${WRAPPED_SLAB.replace(/^/gm, '   ')}`],
    ['a pasted licence', 'gmail', `Here it is:\n\nTHIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS". ${SLAB}`],
    [
      'two paragraphs, the second indented',
      'gmail',
      `Hi,\n\n${WRAPPED_SLAB.split('\n').slice(0, 7).join('\n')}\n    ${WRAPPED_SLAB.split('\n').slice(7).join('\n')}`,
    ],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });

  test('leads with the ask when the ask sits inside the wall', () => {
    const text = `${EMAIL_SLAB.split('\n\nBest')[0]} Could you sign off on the extra ten days of double rent by Wednesday?\n\nBest,\nSam`;
    const [f] = hits(text, 'gmail');
    expect(f.suggestion).toMatch(/^Lead with the ask: "Could you sign off on the extra ten days/);
  });

  test('suggests where to break the paragraph', () => {
    const [f] = hits(EMAIL_SLAB, 'gmail');
    expect(f.suggestion).toMatch(/Start new paragraphs at "[^"]+"/);
  });
});

describe('dense-paragraph: pasted prose in mail has no one speaking in it', () => {
  // Two long impersonal paragraphs, as a pasted press release or article reads.
  const BIO =
    'During over twenty years in the technology industry, the chief executive has led sales and marketing teams at three companies, growing revenue from nothing to more than forty million dollars a year at the last of them. Before that the executive ran field operations for a networking vendor across the eastern region, opened offices in four cities and hired the first hundred people of the sales organisation. The executive holds a degree in electrical engineering and serves on the boards of two startups in the area. The company was founded to build hardware that processes structured data at the speed of the network, and its first product ships this quarter to customers in finance and telecommunications, with a second product planned for the following year and partners already testing it in their labs. Analysts expect the market for such devices to triple within three years, driven by the spread of web services between businesses and the cost of the servers that now do the work in software.';
  const FUND =
    'The venture firm was founded as the investment arm of a family office and continues a tradition of funding entrepreneurs that now spans over seven decades. Its partners have backed more than three hundred companies in computing, communications and life sciences, and the firm manages several funds with commitments from universities, foundations and pension plans. The firm typically invests at the earliest stages, often as the first institutional investor, and works with founders over many years as the companies grow. Portfolio companies have gone on to define whole industries, and many of the founders it backed have later returned to start new companies with the same partners, which the firm regards as the best measure of how it treats the people it works with over the long run of a company. Its offices are in three cities on both coasts, and its newest fund, announced last spring, is the largest in its history.';
  const mail = `Here is the press release for all to peruse, I have no analysis yet.\n\n${BIO}\n\n${FUND}\n\nRohit`;

  test('paragraph after paragraph with no "I", "we" or "you" in mail: strict-only', () => {
    expect(hits(mail, 'gmail')).toEqual([]);
    expect(analyze(mail, { site: 'gmail', sensitivity: 'strict' }).findings.filter((f) => f.ruleId === RULE)).toHaveLength(2);
  });

  test("one impersonal paragraph between the writer's own is still theirs", () => {
    const own = `Hi all,\n\nI read the whole proposal again last night and I think we should talk about it before Friday.\n\n${BIO}\n\nWe can cover the rest on the call, and you can send me questions before then.\n\nThanks,\nSam`;
    expect(hits(own, 'gmail').map((f) => own.slice(f.start, f.end))).toContain(BIO);
  });

  // An op-ed or a policy document speaks as an editorial "we" (blocks.ts, editorial).
  const WE = (p: string) => p.replace(/^The company/, 'We').replace('The firm typically', 'Our firm typically');
  test('paragraphs that speak only as "we", pasted in mail: strict-only', () => {
    const pasted = `Worth a read:

${WE(BIO)}

${WE(FUND)}

R`;
    expect(hits(pasted, 'gmail')).toEqual([]);
    expect(analyze(pasted, { site: 'gmail', sensitivity: 'strict' }).findings.filter((f) => f.ruleId === RULE)).toHaveLength(2);
  });

  test('the same paragraphs answering a quoted passage are the writer’s', () => {
    const reply = `> how does the fund work?

${WE(BIO)}

${WE(FUND)}

R`;
    expect(hits(reply, 'gmail').length).toBeGreaterThan(0);
  });

  test('in notes the writer’s summary is impersonal by habit and stays a wall', () => {
    expect(hits(`## Funding\n\n${BIO}\n\n${FUND}`, 'notion')).toHaveLength(2);
  });
});
