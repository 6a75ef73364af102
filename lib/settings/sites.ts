// The coached sites as the popup and options page name them. Hosts come from the one table in
// lib/sites/hosts.ts (which also feeds the manifest's host_permissions and site detection).

import type { Site } from '../analysis/types';
import { SITE_HOSTS, siteForHost } from '../sites/hosts';

const LABELS: Record<Site, string> = { slack: 'Slack', gmail: 'Gmail', notion: 'Notion' };

/** Label and today's host per site (the options page shows the host next to the switch). */
export const SITE_INFO: Record<Site, { label: string; host: string }> = {
  slack: { label: LABELS.slack, host: SITE_HOSTS.slack.primary },
  gmail: { label: LABELS.gmail, host: SITE_HOSTS.gmail.primary },
  notion: { label: LABELS.notion, host: SITE_HOSTS.notion.primary },
};

/** The coached site a tab URL belongs to (https only, exact host, legacy hosts included), or null. */
export function siteForUrl(url: string | undefined): Site | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return siteForHost(parsed.hostname);
}
