// Which browser the contract suites run in: CANDOR_E2E_BROWSER=chromium (default) or another
// registered driver. A new browser adds one line here and nothing else.

import { chromiumDriver } from './chromium';
import type { Driver } from './driver';
import { firefoxDriver } from './firefox';

export const DRIVERS: Record<string, Driver> = {
  chromium: chromiumDriver,
  firefox: firefoxDriver,
};

export function selectedDriver(): { name: string; driver: Driver } {
  const name = process.env.CANDOR_E2E_BROWSER || 'chromium';
  const driver = DRIVERS[name];
  if (!driver) throw new Error(`CANDOR_E2E_BROWSER=${name}: no such driver (have ${Object.keys(DRIVERS).join(', ')})`);
  return { name, driver };
}
