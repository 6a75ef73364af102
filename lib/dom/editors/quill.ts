// Slack's composer (a Quill 1 fork): read with emoji and mentions as their text, apply only
// through the MAIN-world Quill bridge, and verify. SITES.md (2026): the fork ignores hand-set
// sub-range selections and may miss execCommand edits in its Delta, so the message sent can
// differ from what is shown. There is deliberately no DOM fallback here: without a bridge that
// answered, or when the result cannot be verified, nothing is touched and the card offers Copy.

import { SLACK_EMBED, slackEmbedText } from '../../sites/slack';
import { bridgeState, forgetComposer, nextRequestId, pingBridge, recheckBridge, request } from '../main-world/bridge-client';
import { QUILL_APPLIED, QUILL_APPLY, QUILL_REVERT, type PathPoint, type QuillApplyReply, type QuillFailure } from '../main-world/protocol';
import type { ApplyOutcome, NotAppliedReason } from '../ui-contract';
import type { EditorDriver } from './index';
import { readEditor } from './read';
import { offsetOf } from './text-map';

/** Child indexes from `root` down to `node` (null when it is not inside). */
function pathTo(root: Node, node: Node): number[] | null {
  const path: number[] = [];
  for (let n: Node | null = node; n !== root; n = n.parentNode) {
    const parent: Node | null = n?.parentNode ?? null;
    if (!n || !parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.childNodes, n));
  }
  return path;
}

function point(root: Node, node: Node, offset: number): PathPoint | null {
  const path = pathTo(root, node);
  return path ? { path, offset } : null;
}

/** Does the range touch an emoji or mention (or start/end inside one)? */
function touchesEmbed(range: Range, editor: HTMLElement): boolean {
  const inEmbed = (n: Node) => !!(n instanceof Element ? n : n.parentElement)?.closest(SLACK_EMBED);
  if (inEmbed(range.startContainer) || inEmbed(range.endContainer)) return true;
  for (const el of editor.querySelectorAll(SLACK_EMBED)) if (range.intersectsNode(el)) return true;
  return false;
}

const FAILURE_TO_REASON: Record<QuillFailure, NotAppliedReason> = {
  'no-quill': 'unsafe',
  stale: 'stale',
  embed: 'failed',
  unverified: 'unverified',
  failed: 'failed',
};

export function quillDriver(editor: HTMLElement): EditorDriver {
  const read = () => readEditor(editor, { embedText: slackEmbedText });
  // Ask early so the card knows whether to offer Apply; a bridge that loads later says hello
  // and the client asks again (bridge-client.ts).
  void pingBridge(editor);
  return {
    read,
    // Drawing a card re-asks a bridge not yet known ready (one synchronous event, no wait).
    canApply: () => (bridgeState(editor) === 'ready' ? true : recheckBridge(editor) !== 'absent'),
    release: () => forgetComposer(editor),
    async apply(range, text): Promise<ApplyOutcome> {
      if (touchesEmbed(range, editor)) return { ok: false, reason: 'failed' };
      // A stale 'absent' may have become 'ready' (the bridge loaded late): ask once more.
      if (bridgeState(editor) !== 'ready' && (await pingBridge(editor)) !== 'ready') return { ok: false, reason: 'unsafe' };
      const before = read();
      const from = offsetOf(before, range.startContainer, range.startOffset);
      const to = offsetOf(before, range.endContainer, range.endOffset);
      const start = point(editor, range.startContainer, range.startOffset);
      const end = point(editor, range.endContainer, range.endOffset);
      if (from < 0 || to < from || !start || !end) return { ok: false, reason: 'stale' };
      const id = nextRequestId();
      const payload = { id, start, end, expected: range.toString(), replacement: text };
      const reply = await request<QuillApplyReply>(editor, QUILL_APPLY, QUILL_APPLIED, payload);
      // A bridge that answered the ping but not this: nothing is known to have changed.
      if (!reply) return { ok: false, reason: 'unsafe' };
      if (!reply.ok) return { ok: false, reason: FAILURE_TO_REASON[reply.reason ?? 'failed'] ?? 'failed' };
      // The bridge checked Quill's model; check what the user sees too (Quill renders
      // synchronously). On a mismatch the bridge takes its edit back.
      const shown = read().text;
      if (shown !== before.text.slice(0, from) + text + before.text.slice(to)) {
        await request(editor, QUILL_REVERT, QUILL_APPLIED, { id }, `${id}:revert`);
        return { ok: false, reason: 'unverified' };
      }
      return { ok: true };
    },
  };
}
