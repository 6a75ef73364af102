// The three coached sites as the popup and options page name them. Hosts match the manifest's
// host_permissions (wxt.config.ts) and lib/sites/index.ts.

import type { Site } from '../analysis/types';

export const SITE_INFO: Record<Site, { label: string; host: string }> = {
  slack: { label: 'Slack', host: 'app.slack.com' },
  gmail: { label: 'Gmail', host: 'mail.google.com' },
  notion: { label: 'Notion', host: 'www.notion.so' },
};

/** The coached site a tab URL belongs to (https only, exact host), or null. */
export function siteForUrl(url: string | undefined): Site | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  for (const [site, info] of Object.entries(SITE_INFO) as [Site, { host: string }][]) {
    if (parsed.hostname === info.host) return site;
  }
  return null;
}
