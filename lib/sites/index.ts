// Which adapter runs on which host. The manifest's match patterns (entrypoints/content.ts) list
// the same three origins.

import { gmail } from './gmail';
import { notion } from './notion';
import { slack } from './slack';
import type { SiteAdapter } from './types';

export type { SiteAdapter, EditorKind, SendTrigger } from './types';

const BY_HOST: Record<string, SiteAdapter> = {
  'app.slack.com': slack,
  'mail.google.com': gmail,
  'www.notion.so': notion,
};

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return BY_HOST[hostname];
}

export const ADAPTERS: readonly SiteAdapter[] = [slack, gmail, notion];
