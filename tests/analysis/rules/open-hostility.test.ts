// open-hostility: put-downs aimed at a person, with no disguise (fresh messages written for these tests).

import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis/index';
import type { Site } from '../../../lib/analysis/types';

const RULE = 'open-hostility';
const hits = (text: string, site: Site = 'slack') => analyze(text, { site }).findings.filter((f) => f.ruleId === RULE);

describe(RULE, () => {
  test.each<[string, Site, string]>([
    ['you of all people', 'slack', 'you of all people should know this by now'],
    ['should know better', 'gmail', 'Hi Ken,\n\nHe ought to know better than to merge on a Friday.\n\nLi'],
    ['nobody asked you', 'slack', 'nobody asked you, Pete'],
    ['insult with a subject', 'slack', "honestly he's an idiot, the migration was never tested"],
    ['only an idiot would', 'slack', 'only an idiot would deploy this without a backup'],
    ['group insult in a question', 'gmail', 'Why do morons like these get quoted\nin every newsletter?'],
    ["what's your problem", 'slack', "what's your problem with the new layout?"],
    ['learn to read', 'slack', 'learn to read, it says Tuesday'],
    ['how to ask a question', 'gmail', "Hi,\n\nwhere's that old guide about how to ask a question?\n\nL."],
    ['explain it slowly', 'slack', 'let me explain this slowly so you get it'],
    ['too complicated for you', 'slack', 'is that too complicated for you?'],
    ['no idea what he is talking about', 'slack', 'she clearly has no idea what she is talking about'],
    ['dig at a third person', 'slack', 'I wonder if someone should point out to her that the weather data is from 1960'],
    ['you might actually learn', 'gmail', 'Hi,\n\nRead past the first page and you might actually learn something.\n\nR'],
    ['whatever you say', 'slack', 'whatever you say, boss.'],
    ['you people never', 'slack', 'you people never read the changelog'],
  ])('flags: %s', (_name, site, text) => {
    expect(hits(text, site).length).toBeGreaterThan(0);
  });

  test.each<[string, Site, string]>([
    ['the writer calls themselves one', 'slack', "I'm such an idiot, I pushed to main"],
    ['idiot-proof', 'slack', 'the new installer is idiot-proof'],
    ['a thing, not a person', 'slack', "what's wrong with the build today?"],
    ['a plan to learn', 'slack', "you'll learn to read the flame graph in a day"],
    ['own confusion', 'slack', "I have no idea what they're talking about either"],
    ['warm suggestion', 'slack', 'you might actually like the new editor'],
    ['farewell', 'slack', 'see you people tomorrow!'],
    ['praise', 'slack', 'you people are amazing, thanks for the help'],
    ['a request to tell a client', 'slack', 'someone should tell the client about the delay'],
    ['explaining slowly for new hires', 'slack', "I'll explain it slowly for the new hires on Monday"],
    ['a plural insult in a rant about public figures', 'gmail', 'Useful idiots on both sides of the aisle.'],
    ['agreement with thanks', 'slack', "if you say so, I'll merge it now, thanks for checking"],
    ['grow a number', 'notion', '## Goals\n- Grow up to 10% next quarter'],
    ['the writer scolding themselves', 'gmail', 'oops, I am bad, I need to learn how to spell......'],
  ])('does not flag: %s', (_name, site, text) => {
    expect(hits(text, site)).toEqual([]);
  });
});
