// The one table of coached sites and the hosts each one answers at. Everything that names a host
// reads it from here: the manifest's matches and host_permissions (wxt.config.ts, the content
// scripts), site detection (lib/sites/index.ts), settings and the popup (lib/settings/sites.ts)
// and the e2e fixture server and host-resolver rules (tests/e2e/support/). Pure data: importable
// from Node, the build config and the extension alike.
//
// Adding a host here adds a host permission, and Chrome then asks every user to accept the
// update before it runs again (SITES.md, "What changed in 2026"). Keep the list to hosts the app
// really serves.

import type { Site } from '../analysis/types';

export interface SiteHosts {
  /** The host the app lives at today; the options page shows it and the fixtures default to it. */
  primary: string;
  /** Older hosts still in the wild (redirects, bookmarks, marketing pages that open the app). */
  legacy: readonly string[];
}

export const SITE_HOSTS: Readonly<Record<Site, SiteHosts>> = {
  // Slack web client; `slack.com` itself is the marketing site, no composer.
  slack: { primary: 'app.slack.com', legacy: [] },
  gmail: { primary: 'mail.google.com', legacy: [] },
  // Notion moved its web app to app.notion.com on 2026-05-15; www.notion.so links redirect there
  // and www.notion.com is the marketing site, which can host the app too (notion-enhancer #949 /
  // PR #950, Notion-Boost PRs #238/#239, NotionMate #35, May–June 2026; SITES.md).
  notion: { primary: 'app.notion.com', legacy: ['www.notion.so', 'www.notion.com'] },
};

/** Every host of one site, primary first. */
export function hostsOf(site: Site): readonly string[] {
  const { primary, legacy } = SITE_HOSTS[site];
  return [primary, ...legacy];
}

/** Every coached host, in table order. */
export function allHosts(): string[] {
  return (Object.keys(SITE_HOSTS) as Site[]).flatMap((site) => hostsOf(site));
}

/** Manifest match patterns (https only, any path) for the given sites (default: all of them). */
export function matchPatterns(sites: readonly Site[] = Object.keys(SITE_HOSTS) as Site[]): string[] {
  return sites.flatMap((site) => hostsOf(site)).map((host) => `https://${host}/*`);
}

/** The site a hostname belongs to (exact match, case-insensitive), or null. */
export function siteForHost(hostname: string): Site | null {
  const host = hostname.toLowerCase();
  for (const site of Object.keys(SITE_HOSTS) as Site[]) {
    if (hostsOf(site).includes(host)) return site;
  }
  return null;
}
