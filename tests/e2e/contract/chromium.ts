// The contract's Chromium driver: Debian's Chromium through playwright-core, on the existing rig
// (tests/e2e/support/browser.ts: --host-resolver-rules to the fixture server, MAP * ~NOTFOUND).

import type { Page } from 'playwright-core';
import { setSettings } from '../coach-helpers';
import { launchBrowser, readAllExtensionStorage, type Rig } from '../support/browser';
import type { Driver, Session, Tab } from './driver';

const DEFAULT_WAIT_MS = 8000;

function tabOf(page: Page): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as any, arg) as Promise<any>,
    async waitFor(fn, arg, timeout = DEFAULT_WAIT_MS) {
      await page.waitForFunction(fn as any, arg, { timeout, polling: 50 });
    },
    type: (text) => page.keyboard.type(text),
    insertText: (text) => page.keyboard.insertText(text),
    press: (key) => page.keyboard.press(key),
    async clickAt(x, y) {
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
    },
    click: (selector) => page.click(selector),
    attribute: (selector, name) => page.evaluate(([s, n]) => document.querySelector(s!)?.getAttribute(n!) ?? null, [selector, name] as const),
    async allowClipboard() {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    },
    pause: (ms) => page.waitForTimeout(ms),
    close: () => page.close(),
  };
}

export const chromiumDriver: Driver = async (spec = {}) => {
  const extension = spec.extension ?? true;
  const rig: Rig = await launchBrowser({ extension });
  const session: Session = {
    browser: 'chromium',
    extension,
    async open(site, open = {}) {
      return tabOf(await rig.open(site, open.query, { host: open.host }));
    },
    requests: () => [...rig.networkLog],
    pageErrors: () => [...rig.consoleErrors],
    extensionStorage: () => readAllExtensionStorage(rig),
    setSettings: (settings) => setSettings(rig, settings),
    async openPopup() {
      const page = await rig.context.newPage();
      await page.goto(`chrome-extension://${rig.extensionId}/popup.html`);
      await page.waitForSelector('[data-stat="messages"]');
      return tabOf(page);
    },
    close: () => rig.close(),
  };
  return session;
};
