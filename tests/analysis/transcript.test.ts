// Speaker-turn transcripts in notes and pasted tool output are not the writer's prose: no wall of
// text from them at the default sensitivity (lib/analysis/transcript.ts, lib/analysis/mask.ts).

import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/index';
import { buildDoc } from '../../lib/analysis/document';
import { transcriptTurnStarts } from '../../lib/analysis/transcript';
import { maskNonUserText } from '../../lib/analysis/mask';

const LONG_TURN =
  'The challenge with this situation is that the proposal works well when an entire class of accounts has money that is not accessible and where you can identify a party that money reasonably belongs to. ' +
  'One very natural case is if money goes into an empty contract, sending the money to a creator is not that bad to do. The challenge is that in other cases it is much harder to say who it belongs to, ' +
  'and then we would need some process to decide, which is the part that people keep disagreeing about in every call we have had on it so far, and I do not think that changes today either way. ' +
  'So my suggestion would be that we look again at the cases from the last few months, sort them by how clear the owner is, and only then come back to the question of a general rule, because otherwise we are going to keep having this same discussion.';

const walls = (text: string, sensitivity: 'balanced' | 'strict' = 'balanced') =>
  analyze(text, { site: 'notion', sensitivity }).findings.filter((f) => f.category === 'wall-of-text');

describe('transcripts in notes', () => {
  test('a long turn in a call transcript is not the notes writer’s wall (strict still shows it)', () => {
    const text = `## EIP 156\n\n**Piper**: Any updates on your end?\n\n**Vitalik**: ${LONG_TURN}\n\n**Piper**: Thanks.`;
    expect(walls(text)).toEqual([]);
    expect(walls(text, 'strict').length).toBe(1);
  });

  test.each([
    ['a dash between speaker and turn', `## Client updates\n\nDanny - Let's go ahead with client updates.\n\nBen - ${LONG_TURN}\n\nDanny - That's awesome.`],
    ['a bold speaker and a dash', `## Open discussion\n\n**Hudson** - Anybody else have comments?\n\n**Martin** - ${LONG_TURN}`],
    ['a lowercase bold nick on its own line', `## Testing\n\n**danny**\n\n${LONG_TURN}\n\n**terence**\n\nSo yeah, sounds good.`],
    ['a team in brackets, the colon touching the turn', `## Prysm\n\n**Terence (Prysmatic lab)**:${LONG_TURN}\n\n**Danny**: Thanks.`],
    ['a handle in brackets', `## EVM384\n\n**Alex (axic)**: ${LONG_TURN}\n\n**Danny**: Thanks.`],
    ['a handle in brackets with no space', `## Research\n\n**Leo(BSC)**: ${LONG_TURN}\n\n**Danny**: Thanks.`],
  ])('call notes: %s', (_name, text) => {
    expect(walls(text)).toEqual([]);
    expect(walls(text, 'strict').length).toBe(1);
  });

  test("a dash in the writer's own list is not a speaker", () => {
    const doc = buildDoc('## Status\n\n- Teku - shipped\n- the build - still red', 'notion');
    expect(transcriptTurnStarts(doc).size).toBe(0);
  });

  test('an IRC log wraps long turns onto indented lines: all of it is the log', () => {
    const t =
      '## Comedic relief\n\n<gmaxwell> probably rather than discussing this here\n           someone should go make some proposals (including\n           times in common timezones).\n<cfields> those annoying doodle polls\n\nBack to work.';
    const lines = maskNonUserText(t).text.split('\n');
    expect(lines.slice(2, 6).every((l) => !/\S/.test(l))).toBe(true);
    expect(lines[7]).toBe('Back to work.');
  });

  test('a bold name on its own line, then the turn', () => {
    const text = `## Devnets\n\n**Danny:**\n\n${LONG_TURN}\n\n**Terence:**\n\nSounds good.`;
    expect(walls(text)).toEqual([]);
  });

  test('the same paragraph written by the notes author is a wall', () => {
    expect(walls(`## EIP 156\n\n${LONG_TURN}`).length).toBe(1);
  });

  test('call notes with a video timestamp between name and colon are turns', () => {
    const doc = buildDoc(
      '## Devnets\n\n**Barnabas Busa** [9:35](https://www.youtube.com/watch?v=x&t=575s): Is it ready?\n\n**Terence** [9:42](https://www.youtube.com/watch?v=x&t=582s): Yes.',
      'notion',
    );
    expect(transcriptTurnStarts(doc).size).toBe(2);
  });

  test('without bold, a colon touching the next word is no speaker ("https://…", "Note:foo")', () => {
    const doc = buildDoc('## Links\n\nhttps://example.com/a\n\nNote:foo bar\n\nsee:this', 'notion');
    expect(transcriptTurnStarts(doc).size).toBe(0);
  });

  test('a pasted Zoom chat is recorded speech: a wish in it is not the notes writer’s ask', () => {
    const text =
      '## Chat\n\n- From pari to Everyone 02:25 PM\n\nCurrent versions used in devnet-4 are in the doc.\nWould be great if client teams can update it if/when there are new versions\n\n- From Marius Van Der Wijden (M) to Everyone 02:34 PM\n\nAll namespaces are available.';
    expect(transcriptTurnStarts(buildDoc(text, 'notion')).size).toBe(2);
    const asks = (sensitivity: 'balanced' | 'strict') => analyze(text, { site: 'notion', sensitivity }).findings.filter((f) => f.ruleId === 'ownerless-ask');
    expect(asks('balanced')).toEqual([]);
    expect(asks('strict').length).toBe(1);
  });

  test('a jab phrase in a recorded turn is strict-only, though the speaker thanks someone by name', () => {
    const text =
      '## Networking\n\n**FJL**: No update on the spec in the last two weeks.\n\n**Danny**: Thank you, Felix. Networking experts, provide feedback and like I said, we have a networking call coming up.';
    const pa = (sensitivity: 'balanced' | 'strict') =>
      analyze(text, { site: 'notion', sensitivity }).findings.filter((f) => f.category === 'passive-aggressive');
    expect(pa('balanced')).toEqual([]);
    expect(pa('strict').map((f) => f.ruleId)).toContain('repeated-nudge');
  });

  test('the notes writer’s own reprimand still shows', () => {
    const pa = analyze('## Access\n\nLike I said, you need the admin role before you can deploy.', { site: 'notion' }).findings;
    expect(pa.map((f) => f.ruleId)).toContain('repeated-nudge');
  });

  test('notes fields ("Goal:", "Decision:") are not speakers', () => {
    const doc = buildDoc('## Plan\n\nGoal: ship it\n\nDecision: we ship Tuesday\n\nOwner: Ana', 'notion');
    expect(transcriptTurnStarts(doc).size).toBe(0);
  });
});

describe('pasted tool output', () => {
  test('apt-style lines are masked', () => {
    const text =
      'I ran the update:\nHit http://apt.example.net redhat/7.2/en/i386/base/srclist.os\nGet:1 http://apt.example.net redhat/7.2/en/i386/base/pkglist.os [1035kB]\nIgn http://apt.example.net redhat/7.2/en/base/mirrors\nAny idea?';
    const masked = maskNonUserText(text).text;
    expect(masked).toContain('I ran the update:');
    expect(masked).not.toContain('apt.example.net');
    expect(masked).toContain('Any idea?');
  });

  test('one line with a URL in prose is kept', () => {
    const text = 'See http://example.org/docs for the details.';
    expect(maskNonUserText(text).text).toContain('See');
  });
});
