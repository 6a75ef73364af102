// Terminal rendering of an AnalysisResult for `npm run coach` (kept apart from the CLI so it can
// be exercised without spawning a process).

import type { AnalysisResult, Site } from '../../lib/analysis/types';

const CATEGORY_COLOR: Record<string, string> = {
  'vague-ask': '33', // yellow
  'wall-of-text': '36', // cyan
  'missing-decision': '35', // magenta
  'passive-aggressive': '31', // red
};

/** 1-based line and column (in characters, not UTF-16 units) of an offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: Array.from(text.slice(lineStart, offset)).length + 1 };
}

/** The flagged words on one line; long spans keep their start and end so both are recognisable. */
export function excerpt(span: string, max = 90): string {
  const chars = Array.from(span.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  const head = Math.round(max * 0.65);
  const tail = max - head - 3;
  return `${chars.slice(0, head).join('').trimEnd()} … ${chars
    .slice(chars.length - tail)
    .join('')
    .trimStart()}`;
}

function wrap(text: string, indent: string, width: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width - indent.length) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

export function formatHuman(text: string, site: Site, result: AnalysisResult, color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const width = Math.max(60, Math.min(process.stdout.columns || 100, 120));
  const out: string[] = [];
  const n = result.findings.length;
  out.push(c('1', `Candor · ${site} · ${n} finding${n === 1 ? '' : 's'} · ${result.asks.length} ask${result.asks.length === 1 ? '' : 's'}`));
  if (!n) out.push(c('32', 'No findings: this reads clearly.'));
  for (const f of result.findings) {
    const { line, col } = lineCol(text, f.start);
    out.push('');
    out.push(`${c('2', `${line}:${col}`)}  ${c(`1;${CATEGORY_COLOR[f.category] ?? '37'}`, f.category)} ${c('2', `(${f.ruleId})`)}`);
    out.push(`  ${c('1', `“${excerpt(text.slice(f.start, f.end))}”`)}`);
    out.push(`  Why: ${wrap(f.message, '       ', width)}`);
    if (f.replacement) out.push(`  ${c('32', '→ replace with:')} ${wrap(f.suggestion, '                  ', width)}`);
    else out.push(`  ${c('32', 'Try:')} ${wrap(f.suggestion, '       ', width)}`);
  }
  if (result.asks.length) {
    out.push('');
    out.push(c('1', 'Asks'));
    for (const a of result.asks) {
      const { line, col } = lineCol(text, a.start);
      const gaps = a.unclear.length ? c('33', `unclear: ${a.unclear.join(', ')}`) : c('32', 'clear (action, owner, deadline)');
      out.push(`  ${c('2', `${line}:${col}`)}  “${excerpt(text.slice(a.start, a.end), 70)}”  ${gaps}`);
    }
  }
  return out.join('\n') + '\n';
}
