// The contract's Firefox driver: Debian's Firefox ESR through puppeteer-core over WebDriver BiDi,
// on the Firefox rig (tests/firefox/support/firefox.ts: the built .output/firefox-mv2 as a
// temporary add-on, a loopback proxy to the fixture server, Firefox's background traffic off).

import type { KeyInput, Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxRig } from '../../firefox/support/firefox';
import { pollUntil } from '../../firefox/support/poll';
import type { Driver, Session, Tab } from './driver';

const DEFAULT_WAIT_MS = 8000;

/** 'Alt+Shift+KeyC' → modifiers held in order around the last key (W3C key names, as Playwright). */
export async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop()!;
  for (const m of keys) await page.keyboard.down(m);
  try {
    await page.keyboard.press(key);
  } finally {
    for (const m of keys.reverse()) await page.keyboard.up(m);
  }
}

export function firefoxTab(page: Page): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as any, arg) as Promise<any>,
    async waitFor(fn, arg, timeout = DEFAULT_WAIT_MS) {
      await pollUntil(page, fn as (a: unknown) => unknown, [arg], { timeout, polling: 50 });
    },
    type: (text) => page.keyboard.type(text),
    // One input event carrying the whole text, as an IME commit or Playwright's insertText:
    // puppeteer's BiDi sendCharacter is the same execCommand, but one character at a time.
    async insertText(text) {
      await page.evaluate((t) => document.execCommand('insertText', false, t), text);
    },
    press: (key) => pressChord(page, key),
    async clickAt(x, y) {
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
    },
    click: (selector) => page.click(selector),
    attribute: (selector, name) => page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name),
    // Clipboard access is granted for the whole profile by prefs at launch (firefox.ts).
    allowClipboard: async () => {},
    pause: (ms) => new Promise((ok) => setTimeout(ok, ms)),
    close: () => page.close(),
  };
}

export const firefoxDriver: Driver = async (spec = {}) => {
  const extension = spec.extension ?? true;
  const rig: FirefoxRig = await launchFirefox({ extension });
  const session: Session = {
    browser: 'firefox',
    extension,
    async open(site, open = {}) {
      const query = open.query ? new URLSearchParams(open.query).toString() : '';
      return firefoxTab(await rig.open(site, query, { host: open.host }));
    },
    requests: () => [...rig.networkLog],
    pageErrors: () => [...rig.consoleErrors],
    extensionStorage: () => rig.extensionStorage(),
    setSettings: (settings) => rig.setSettings(settings),
    async openPopup() {
      const page = await rig.extensionPage('popup.html', '[data-stat="messages"]');
      return firefoxTab(page);
    },
    close: () => rig.close(),
  };
  return session;
};
