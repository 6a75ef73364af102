// Which coached site the active tab shows (any host of lib/sites/hosts.ts, legacy ones too). `tabs.query` needs no "tabs" permission to return the
// URL of a tab on one of our host permissions, which is exactly the case we care about; for any
// other tab the URL is absent and we report null.

import { useEffect, useState } from 'preact/hooks';
import type { Site } from '../../lib/analysis/types';
import { siteForUrl } from '../../lib/settings/sites';

export interface ActiveSite {
  site: Site | null;
  /** The active tab's id, to ask its content script for a diagnostic (absent when unknown). */
  tabId?: number;
  ready: boolean;
}

export function useActiveSite(): ActiveSite {
  const [state, setState] = useState<ActiveSite>({ site: null, ready: false });
  useEffect(() => {
    let live = true;
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then((tabs) => live && setState({ site: siteForUrl(tabs[0]?.url), tabId: tabs[0]?.id, ready: true }))
      .catch(() => live && setState({ site: null, ready: true }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
