// A conversation's id from the Slack client URL. Pure. Slack web's URLs are
// /client/<team>/<channel> for channels and DMs (C… channel, D… DM; the first id is T… or, on
// Enterprise Grid, E…), and /client/<team>/<channel>/thread/<channel>-<ts> while a thread is open
// in the side pane (the thread composer writes there). Evidence: public Slack URL parsers and
// agent skills that document both forms (2025–26, e.g. i9wa4/dotfiles config/agents/skills/slack);
// not checked against the live app from here.

const CLIENT_PATH = /^\/client\/([A-Z0-9]+)\/([A-Z0-9]+)(?:\/thread\/([A-Z0-9]+-\d+\.\d+))?/;

/**
 * `kind` says which composer is asking: the channel composer belongs to the channel, the thread
 * composer to the open thread. Null when the URL names no conversation (then nothing is counted).
 */
export function slackConversationId(pathname: string, kind: 'channel' | 'thread'): string | null {
  const m = CLIENT_PATH.exec(pathname);
  if (!m) return null;
  const [, team, channel, thread] = m;
  if (kind === 'thread') return thread ? `${team}/${thread}` : null;
  return `${team}/${channel}`;
}
