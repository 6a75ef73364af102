// Which adapter runs on which host. Hosts come from the one table in ./hosts (which also feeds
// the manifest's match patterns), so a new host reaches the content script and detection at once.

import type { Site } from '../analysis/types';
import { gmail } from './gmail';
import { siteForHost } from './hosts';
import { notion } from './notion';
import { slack } from './slack';
import type { SiteAdapter } from './types';

export type { SiteAdapter, EditorKind, SendTrigger } from './types';

const BY_SITE: Record<Site, SiteAdapter> = { slack, gmail, notion };

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  const site = siteForHost(hostname);
  return site ? BY_SITE[site] : undefined;
}

export const ADAPTERS: readonly SiteAdapter[] = [slack, gmail, notion];
