// Not the author's words: each notation of quoted, pasted or machine text is blanked by the mask
// (so no rule reads it), and the author's prose around it is kept.

import { describe, expect, test } from 'vitest';
import { maskNonUserText } from '../../lib/analysis/mask';
import { buildDoc } from '../../lib/analysis/document';
import { proseBlocks } from '../../lib/analysis/blocks';
import type { Site } from '../../lib/analysis/types';

const masked = (line: string) => !/\S/.test(maskNonUserText(`Intro line here.\n${line}\nOutro line here.`).text.split('\n')[1]);

describe('mask: foreign lines', () => {
  test.each([
    ['> quoted with a chevron'],
    ['>> quoted twice'],
    ['| I think the installer is broken on arm64.'],
    ['alice> the deploy went out at noon'],
    ['$ npm run build --watch'],
    ['dev@box:~/src$ make test'],
    ['    at Object.render (/app/src/view.js:42:13)'],
    ['Traceback (most recent call last):'],
    ['  File "main.py", line 12, in <module>'],
    ['TypeError: cannot read properties of undefined'],
    ['2024-03-01 12:00:01 ERROR worker crashed'],
    ['[WARN] cache miss rate above threshold'],
    ['Jul 22 10:59:41.929484 check[29891]: [ 3] Unable to connect to ARRAY'],
    ['[10:42] <bob> anyone around?'],
    ['<carol> I pushed the fix'],
    ['dave          so we ship it on Monday then'],
    ['<div class="card"><span>Total</span></div>'],
    ['const total = items.reduce((a, b) => a + b, 0);'],
    ['if (user == null) {'],
    ['    for i in range(len(xs)): print(xs[i])'],
    ['def parse(text):'],
  ])('masks: %s', (line) => expect(masked(line)).toBe(true));

  test.each([
    ['I think we should ship on Monday (after the demo).'],
    ['Can you review the plan by Friday?'],
    ['| Name | Owner |'],
    ['The error rate went up at 10:30 and came back down.'],
    ['private repos are free now, which helps us a lot'],
    ['import the CSV first, then run the report'],
    ['Thanks :)'],
    ['$5 per seat is what they quoted us.'],
    ['Jul 22 was a good day for the launch, 10:59 sharp.'],
  ])('keeps: %s', (line) => expect(masked(line)).toBe(false));

  test('a mail header block is masked, a single "Subject:" in prose is kept', () => {
    const t = 'See below.\nFrom: Ana <ana@x.org>\nDate: Mon, 3 Mar\nSubject: Budget\n\nSubject: we still need one.';
    const lines = maskNonUserText(t).text.split('\n');
    expect(lines.slice(1, 4).every((l) => !/\S/.test(l))).toBe(true);
    expect(lines[5]).toContain('we still need one');
  });

  test('a log line wrapped by the mail client is masked with its pieces', () => {
    const t =
      'The goods:\nJul 22 10:59:39.878996 check[29891]: [ 1] Logging initiated\nLogDebugLevel=3 to file:razor-agent.log\nJul 22 10:59:39.880196 check[29891]: [ 2] starting razor-\ncheck\nJul 22 10:59:41.929484 check[29891]: [ 3] Unable to connect\nAny idea?';
    const lines = maskNonUserText(t).text.split('\n');
    expect(lines.slice(1, 6).every((l) => !/\S/.test(l))).toBe(true);
    expect(lines[6]).toBe('Any idea?');
  });

  test('a pasted article is masked from its byline to a separator line', () => {
    const t =
      'No analysis yet, raw bits below.\n\n=====\n\nDataPower delivers XML device\nBy Scott Tyler Shafer\nAugust 27, 2002\n\nDATAPOWER unveiled its device.\n\n=====\n\nMy take: interesting.';
    const lines = maskNonUserText(t).text.split('\n');
    expect(lines[5]).toBe(' '.repeat('By Scott Tyler Shafer'.length));
    expect(lines[8]).not.toMatch(/\S/);
    expect(lines[12]).toBe('My take: interesting.');
    // "By Friday" on its own line is a deadline, not a byline.
    expect(maskNonUserText('Please send it\nBy Friday Noon\nthanks').text).toBe('Please send it\nBy Friday Noon\nthanks');
  });

  test("a long rule near the end, then a few short lines, is a footer: the author's text ends above it", () => {
    const t =
      'Can anyone explain why fetchmail drops the headers?\n\nChris\n\n__________________________________________________\nDo You Yahoo!?\nYahoo! Finance - Get real-time stock quotes\nhttp://finance.yahoo.com';
    expect(t.slice(0, maskNonUserText(t).userEnd)).toBe('Can anyone explain why fetchmail drops the headers?\n\nChris');
    // A rule between the writer's own sections is not a footer.
    const long = `Intro.\n\n${'-'.repeat(30)}\n\n${'More of my own text, on and on. '.repeat(5)}\n${'Even more. '.repeat(3)}\nA\nB\nC\nD\nE\nF`;
    expect(maskNonUserText(long).userEnd).toBe(long.length);
  });

  test("a rule under the writer's name: what follows was pasted, not written (mail only)", () => {
    const blurb = 'Latest stats show a flattening of growth across the region this year. '.repeat(12).trimEnd();
    const t = `Gary's news service has an article on saturation.\n\nWouldn't you like a bit of distraction?\n\nEirikur\n\n--------\n\n${blurb}`;
    expect(t.slice(0, maskNonUserText(t).userEnd)).toBe(
      "Gary's news service has an article on saturation.\n\nWouldn't you like a bit of distraction?\n\nEirikur",
    );
    // The writer's own sections under a rule, with no name above it, stay theirs.
    const own = `Here is my summary.\n\n--------\n\n${blurb}`;
    expect(maskNonUserText(own).userEnd).toBe(own.length);
    // In markdown, "Name⏎-----" is a heading, and a name with no message above it is a title.
    const md = `Intro paragraph here.\n\nRoadmap\n\n--------\n\n${blurb}`;
    expect(maskNonUserText(md, { markdown: true }).userEnd).toBe(md.length);
    const titled = `Roadmap\n\n--------\n\n${blurb}`;
    expect(maskNonUserText(titled).userEnd).toBe(titled.length);
  });

  test('markdown: a block indented four spaces after a blank line is code (an IRC excerpt); under a list item it continues the item', () => {
    const t = '## Humor\n\nThe channel was set to quiet.\n\n        wumpus  topics?\n       luke-jr  crickets\n\nBack to work.';
    const lines = maskNonUserText(t, { markdown: true }).text.split('\n');
    expect(lines.slice(4, 6).every((l) => !/\S/.test(l))).toBe(true);
    expect(lines[7]).toBe('Back to work.');
    // Outside markdown (mail), indentation is often the writer's own layout.
    expect(maskNonUserText(t).text).toBe(t);
    const item = '- First item\n\n    Its second paragraph, still the writer’s.';
    expect(maskNonUserText(item, { markdown: true }).text).toBe(item);
  });

  test.each([['--- begin forwarded text'], ['------- Forwarded Message']])('"%s" ends the author\'s text', (marker) => {
    const t = `Worth a read.\n\n${marker}\n\nDate: Mon, 16 Sep 2002\nFrom: Phil <p@example.org>\n\nThe following prayer is from a story.`;
    expect(maskNonUserText(t).userEnd).toBe('Worth a read.'.length);
  });

  test('shell output after a prompt is masked up to the next blank line', () => {
    const t = 'It fails like this:\n$ npm test\nFAIL src/a.test.ts\n  expected 2 got 3\n\nAny idea why?';
    const lines = maskNonUserText(t).text.split('\n');
    expect(lines.slice(1, 4).every((l) => !/\S/.test(l))).toBe(true);
    expect(lines[5]).toBe('Any idea why?');
  });

  test('"Begin forwarded message:" ends the author\'s text', () => {
    const t = 'FYI, see the note below.\n\nBegin forwarded message:\n\nThe venue moved to hall B.';
    expect(maskNonUserText(t).userEnd).toBe('FYI, see the note below.'.length);
  });
});

describe('mask: replies under the quote', () => {
  // Mailing-list answers interleaved below "On … wrote:" are cut with the quote, on purpose for
  // now: reading them (tried 2026-12-02) took real email from 5.5 % to 6.7 % of units flagged
  // (target ≤ 6 %) with no gain on the labelled set. Revisit with a judged sample of those units.
  test('a top-posted reply still ends at the header (the quote runs to the end)', () => {
    const t = 'Sounds good, ship it.\n\nOn Tue, Apr 8, 2025 at 9:14 AM Greg <g@x.com> wrote:\n> Shall we ship?\n> Greg';
    expect(maskNonUserText(t).userEnd).toBe('Sounds good, ship it.'.length);
  });
  test('unquoted history after "Original Message" is not the writer\'s', () => {
    const t = 'See below.\n\n----- Original Message -----\nFrom: Bo <b@x.com>\nSent: Monday\n\nPlease send the invoice.';
    expect(maskNonUserText(t).userEnd).toBe('See below.'.length);
  });
});

describe('structure in any notation', () => {
  const kinds = (text: string, site: Site = 'gmail') => buildDoc(text, site).lines.map((l) => l.kind);
  test.each([
    ['o First point about the venue\no Second point about the date\nlast line.', 'bullet'],
    ['(1) book the room\n(2) send invites\nlast line.', 'bullet'],
    ['· one thing to check\n· another thing\nlast line.', 'bullet'],
    ['**Status**\nwe are on track.', 'heading'],
    ['__Risks__\nthe vendor is late.', 'heading'],
    ['*Next week*\nwe start testing.', 'heading'],
  ])('%s → first line is %s', (text, kind) => expect(kinds(text)[0]).toBe(kind));

  test.each([['o well, that was fun.'], ['**really** it is fine now']])('prose stays text: %s', (text) =>
    expect(kinds(`${text}\nmore words here.`)[0]).toBe('text'),
  );

  test('chat: each line is its own block', () => {
    const text = 'working on the importer today\nit reads the csv but the dates come out wrong\nmy guess is the timezone';
    expect(proseBlocks(buildDoc(text, 'slack'))).toHaveLength(3);
  });

  test('email: a hard-wrapped paragraph is one block, a list of short lines is not', () => {
    const wrapped =
      'We looked at the numbers from the last quarter and the trend is that\nmost of the growth came from the two new regions that opened in the\nspring, while the older regions stayed flat for the whole period.';
    expect(proseBlocks(buildDoc(wrapped, 'gmail'))).toHaveLength(1);
    const list = 'Opens the ticket\nAssigns it to nobody\nCloses it a week later\nAsks why nothing happened';
    expect(proseBlocks(buildDoc(list, 'gmail'))).toHaveLength(4);
  });
});

// Bitcoin Core meeting notes paste IRC excerpts as indented blocks with right-aligned nicks, so
// the longest nick starts at the margin; and web IRC logs as "9:31 pm   nick   text".
describe('maskNonUserText: IRC excerpts in notes', () => {
  test('a long nick at the margin continues the indented excerpt', () => {
    const text = '## Humor\n\n       luke-jr  crickets\nprovoostenator  (I guess it was crickets and the muffled voice)\n\nBack to work.';
    const { text: masked } = maskNonUserText(text, { markdown: true });
    expect(masked).not.toContain('provoostenator');
    expect(masked).toContain('Back to work.');
  });
  test('a web IRC log with am/pm times', () => {
    const text = 'Comic relief:\n9:30 pm   wumpus          any other topics?\n9:31 pm   sipa            *crickets*\nThanks all.';
    const { text: masked } = maskNonUserText(text);
    expect(masked).not.toContain('crickets');
    expect(masked).toContain('Thanks all.');
  });
  test('prose with a double space is not a log', () => {
    const text = 'We shipped it.\nReleases  are on Tuesdays now.';
    expect(maskNonUserText(text, { markdown: true }).text).toContain('Releases');
  });
});

// PGP-signed mail dash-escapes lines that start with "-": "- ------- Forwarded Message" still
// opens the forwarded part (real list mail, session 11 sample).
describe('maskNonUserText: a dash-escaped forward header', () => {
  test('ends the user text', () => {
    const text =
      'Anyone see the program about this guy last night?\n\n- --j.\n\n- ------- Forwarded Message\n\nDate: Mon, 22 Jul 2002\n\nHe was in the Bahamas when it happened.';
    const { text: masked, userEnd } = maskNonUserText(text);
    expect(masked.slice(0, userEnd)).not.toContain('Bahamas');
    expect(masked.slice(0, userEnd)).toContain('Anyone see the program');
  });
});

describe('mask: edits reuse the unchanged lines (linesBits)', () => {
  test('after each of many edits, the mask equals a cold mask of the same text', async () => {
    const { clearParseCache } = await import('../../lib/analysis/nlp');
    const { maskNonUserText } = await import('../../lib/analysis/mask');
    let text =
      'Hi all,\n\n> quoted line\n\n```\ncode here\n```\n\nBy Scott Tyler Shafer\nAn article line.\n=====\n\n$ npm test\noutput\n\nMy own words here.\n\nEirikur\n\n--------\n\npasted blurb\n';
    const inserts = ['x', '\n', '> ', '```', '\n-- \n', '=====\n', 'On Mon, Ann wrote:\n', ' ', '$ '];
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(rand() * (text.length + 1));
      if (rand() < 0.3 && text.length > 10) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 5));
      else text = text.slice(0, at) + inserts[Math.floor(rand() * inserts.length)] + text.slice(at);
      for (const markdown of [false, true]) {
        const warm = maskNonUserText(text, { markdown });
        clearParseCache();
        expect(warm).toEqual(maskNonUserText(text, { markdown }));
      }
    }
  });
});

describe('mask: URLs', () => {
  test('a URL thousands of characters long (a page percent-encoded into it) is masked whole', () => {
    const url = `http://www.example.com/challenge?solution=${'%3Cstyle%3E%0A%20%20h2%20%7B%20font-family%3A%20Lobster%3B%20%7D'.repeat(60)}`;
    expect(url.length).toBeGreaterThan(3000);
    const out = maskNonUserText(`@pete ${url} see this`).text;
    expect(out).toBe(`@pete ${'x'.repeat(url.length)} see this`);
  });
});
