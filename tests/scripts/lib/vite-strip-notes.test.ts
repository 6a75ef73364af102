// The build drops phrase-table notes from the bundles (scripts/lib/vite-strip-notes.ts). What
// must hold: every `note` property goes, and nothing else changes, in every table it is run on.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { stripNotes, stripNotesPlugin } from '../../../scripts/lib/vite-strip-notes';

const PHRASES = join(__dirname, '../../../lib/analysis/phrases');
const printer = ts.createPrinter({ removeComments: true });
const parse = (src: string) => ts.createSourceFile('x.ts', src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
// Printed code, trailing commas dropped: a comma left before "}" by a removed last property means nothing.
const print = (file: ts.SourceFile) => printer.printFile(file).replace(/,(\s*[}\]])/g, '$1');

function countNotes(src: string): number {
  let n = 0;
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'note') n++;
    ts.forEachChild(node, visit);
  };
  visit(parse(src));
  return n;
}

/** The source printed with its `note` properties removed by a TypeScript transformer. */
function withoutNotes(src: string): string {
  const drop: ts.TransformerFactory<ts.SourceFile> = (context) => (root) => {
    const visit = (node: ts.Node): ts.Node | undefined => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'note' && ts.isObjectLiteralExpression(node.parent))
        return undefined;
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(root, visit) as ts.SourceFile;
  };
  const out = ts.transform(parse(src), [drop]).transformed[0];
  return print(out);
}

describe('stripNotes', () => {
  test('drops note properties with their comma, whatever their quoting, and keeps the rest', () => {
    const src = `export const T = [\n  { name: 'a', note: 'it\\'s "quoted", with a comma', why: 'w' },\n  { note: \`tpl\` + 'cat', name: 'b' },\n  { name: 'c', note: "last" },\n];\nconst note = 'a variable named note stays';\n`;
    const out = stripNotes(src, 'x.ts')!;
    expect(countNotes(src)).toBe(3);
    expect(countNotes(out)).toBe(0);
    expect(out).toContain("const note = 'a variable named note stays'");
    expect(print(parse(out))).toBe(withoutNotes(src));
  });

  test.each(readdirSync(PHRASES).filter((f) => f.endsWith('.ts') && f !== 'ask-cues.ts'))('%s: only the notes go', (file) => {
    const src = readFileSync(join(PHRASES, file), 'utf8');
    const out = stripNotes(src, file) ?? src;
    expect(countNotes(out)).toBe(0);
    expect(print(parse(out))).toBe(withoutNotes(src));
  });

  test('the plugin runs on the phrase tables only, and keeps ask-cues (its notes are read at runtime)', () => {
    const plugin = stripNotesPlugin();
    const code = "export const T = [{ name: 'a', note: 'n' }];";
    expect(plugin.transform(code, '/repo/lib/analysis/phrases/vague-actions.ts')?.code).not.toContain('note');
    expect(plugin.transform(code, '/repo/lib/analysis/phrases/ask-cues.ts')).toBeNull();
    expect(plugin.transform(code, '/repo/lib/analysis/asks.ts')).toBeNull();
  });
});
