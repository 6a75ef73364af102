import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/index';
import { buildDoc } from '../../lib/analysis/document';

describe('document model', () => {
  it('masks quoted history and keeps offsets', () => {
    const t = 'Sounds good.\n\nOn Tue, Apr 8, 2025 at 9:14 AM Greg <g@x.com> wrote:\n> Per my last email';
    const d = buildDoc(t, 'gmail');
    expect(d.masked.length).toBe(t.length);
    expect(d.masked).not.toContain('Per my last');
    expect(d.sentences.map((s) => s.text)).toEqual(['Sounds good.']);
  });
  it('analyze returns findings and asks for empty input', () => {
    expect(analyze('', { site: 'slack' })).toEqual({ findings: [], asks: [] });
  });
});
