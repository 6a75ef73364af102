// The popup's diagnostic: which plain-words sentence each case gets, and that the JSON "Copy
// diagnostic" produces holds counts and versions only, whatever the content script sent.

import { describe, expect, test } from 'vitest';
import {
  BRIDGE_KEYS,
  NOT_RUNNING,
  REPORT_KEYS,
  browserMajor,
  buildDiagnostic,
  diagnosticJson,
  diagnosticStatus,
  type DiagnosticCounts,
} from '../../lib/messaging/diagnostics';

const CHROME_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';
const ENV = { extensionVersion: '1.4.2', userAgent: CHROME_UA };

const slackBridge = (ready: number, absent: number, unknown = 0) => ({ announced: ready > 0, ready, absent, unknown });

function counts(over: Partial<DiagnosticCounts> = {}): DiagnosticCounts {
  return { site: 'slack', host: 'app.slack.com', hooked: 1, candidates: 1, bridge: slackBridge(1, 0), ...over };
}

describe('status in plain words', () => {
  test.each<[string, Partial<DiagnosticCounts>, string, string | undefined]>([
    ['Slack composer hooked, bridge ready', {}, 'ok', undefined],
    [
      'Slack: candidates, nothing hooked',
      { hooked: 0, candidates: 2, bridge: slackBridge(0, 0) },
      'no-composer-found',
      "Candor can't find Slack's message box on this page.",
    ],
    [
      'Gmail: candidates, nothing hooked',
      { site: 'gmail', host: 'mail.google.com', hooked: 0, candidates: 1, bridge: null },
      'no-composer-found',
      "Candor can't find Gmail's compose box on this page.",
    ],
    [
      'Notion: candidates, nothing hooked',
      { site: 'notion', host: 'app.notion.com', hooked: 0, candidates: 1, bridge: null },
      'no-composer-found',
      "Candor can't find Notion's page editor on this page.",
    ],
    [
      'Slack: hooked, bridge absent',
      { bridge: slackBridge(0, 1) },
      'apply-unavailable',
      "Candor can't apply suggestions safely on this page; it offers Copy instead.",
    ],
    ['Slack: bridge not asked yet', { bridge: slackBridge(0, 0, 1) }, 'ok', undefined],
    ['Slack: one composer ready, one absent', { hooked: 2, bridge: slackBridge(1, 1) }, 'ok', undefined],
    ['no editable on the page (Gmail inbox)', { site: 'gmail', hooked: 0, candidates: 0, bridge: null }, 'ok', undefined],
    ['Gmail hooked (no bridge there)', { site: 'gmail', bridge: null }, 'ok', undefined],
    // Nothing found comes first: Apply does not matter without a composer.
    ['Slack: nothing hooked and no bridge', { hooked: 0, candidates: 1, bridge: slackBridge(0, 2) }, 'no-composer-found', undefined],
  ])('%s', (_name, over, kind, sentence) => {
    const status = diagnosticStatus(counts(over));
    expect(status.kind).toBe(kind);
    if (sentence) expect('sentence' in status && status.sentence).toBe(sentence);
  });
});

describe('the copied JSON', () => {
  test('has only the allowed keys, in a stable order, and no long strings', () => {
    const report = buildDiagnostic(counts({ hooked: 0, candidates: 3, bridge: slackBridge(0, 0) }), ENV)!;
    const parsed = JSON.parse(diagnosticJson(report));
    expect(Object.keys(parsed)).toEqual([...REPORT_KEYS]);
    expect(Object.keys(parsed.bridge)).toEqual([...BRIDGE_KEYS]);
    expect(parsed).toEqual({
      extension: '1.4.2',
      site: 'slack',
      host: 'app.slack.com',
      hooked: 0,
      candidates: 3,
      bridge: { announced: false, ready: 0, absent: 0, unknown: 0 },
      browser: 'Chrome 131',
    });
    const strings = JSON.stringify(parsed).match(/"[^"]*"/g)!;
    for (const s of strings) expect(s.length, s).toBeLessThanOrEqual(42);
  });

  test('whatever else the content script sends is dropped or neutralised', () => {
    const secret = 'Can someone please look at the launch plan by Friday?';
    const reply = {
      ...counts(),
      text: secret,
      selector: '.ql-editor[aria-label="Message #launch"]',
      host: `app.slack.com/client/${secret}`,
      hooked: secret,
      candidates: 1e9,
      bridge: { announced: 'yes', ready: -3, absent: 2.7, unknown: NaN, note: secret },
    };
    const json = diagnosticJson(buildDiagnostic(reply, { extensionVersion: secret, userAgent: secret })!);
    expect(json).not.toContain('launch');
    expect(json).not.toContain('Friday');
    expect(JSON.parse(json)).toEqual({
      extension: 'unknown',
      site: 'slack',
      host: 'unknown',
      hooked: 0,
      candidates: 999,
      bridge: { announced: false, ready: 0, absent: 2, unknown: 0 },
      browser: 'unknown',
    });
  });

  test('a host of another site, or no bridge off Slack', () => {
    expect(buildDiagnostic(counts({ host: 'mail.google.com' }), ENV)!.host).toBe('unknown');
    const gmail = buildDiagnostic({ ...counts({ site: 'gmail', host: 'mail.google.com' }) }, ENV)!;
    expect(gmail.bridge).toBeNull();
    expect(gmail.host).toBe('mail.google.com');
  });

  test.each([null, undefined, 'slack', 42, { site: 'twitter', hooked: 1 }, {}])('no report from %j', (reply) => {
    expect(buildDiagnostic(reply, ENV)).toBeNull();
  });
});

describe('browser family and major version only', () => {
  test.each([
    [CHROME_UA, 'Chrome 131'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36', 'Chrome 131'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', 'Firefox 140'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86', 'Edge 131'],
    ['Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0', 'Opera 115'],
    ['curl/8.5.0', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (ua, expected) => {
    expect(browserMajor(ua)).toBe(expected);
  });
});

test('a coached tab that does not answer: reload, in plain words', () => {
  expect(NOT_RUNNING).toEqual({
    kind: 'not-running',
    sentence: "Candor isn't running in this tab yet. Reload the page to start it.",
  });
});
