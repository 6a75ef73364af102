import { describe, expect, test } from 'vitest';
import { slackConversationId } from '../../lib/bursts/conversation';

describe('slackConversationId', () => {
  test.each([
    ['/client/T01CANDOR/C01GENERAL', 'channel', 'T01CANDOR/C01GENERAL'],
    ['/client/T01CANDOR/D01DANA', 'channel', 'T01CANDOR/D01DANA'],
    ['/client/E05CUN3JKJN/C07UW8G7C9H', 'channel', 'E05CUN3JKJN/C07UW8G7C9H'],
    // With a thread open the channel composer still writes to the channel...
    ['/client/T1/C1/thread/C1-1764669060.100001', 'channel', 'T1/C1'],
    // ...and the thread composer to the thread.
    ['/client/T1/C1/thread/C1-1764669060.100001', 'thread', 'T1/C1-1764669060.100001'],
  ] as const)('%s (%s) → %s', (path, kind, id) => {
    expect(slackConversationId(path, kind)).toBe(id);
  });

  test.each([
    ['/client/T1/C1', 'thread'],
    ['/', 'channel'],
    ['/client/T1', 'channel'],
    ['/messages/general', 'channel'],
  ] as const)('%s (%s) names no conversation', (path, kind) => {
    expect(slackConversationId(path, kind)).toBeNull();
  });
});
