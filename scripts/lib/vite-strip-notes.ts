// Build-time only: drops the `note` of every phrase-table entry from the extension's bundles.
// A note says why an entry exists and what it must not catch (STYLE.md: phrase tables are data
// with their reasons); the meta-tests and the rules doc read them from source under Node, and
// nothing at runtime does. They were about 80 kB of source text, most of it in the background
// bundle. ask-cues.ts is left whole: asks.ts hands its notes on as an ask's `why`.
//
// The properties are found with the TypeScript parser (not a regex), so a note written with
// quotes, escapes or concatenation inside is removed whole, and nothing else is touched.

import ts from 'typescript';

const TABLES = /[\\/]lib[\\/]analysis[\\/]phrases[\\/](?!ask-cues\.ts$)[\w-]+\.ts$/;

export function stripNotes(source: string, fileName: string): string | undefined {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: Array<[number, number]> = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'note' && ts.isObjectLiteralExpression(node.parent)) {
      let end = node.getEnd();
      // The comma after the property goes with it.
      const after = source.slice(end).match(/^\s*,/);
      if (after) end += after[0].length;
      cuts.push([node.getStart(file), end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!cuts.length) return undefined;
  let out = '';
  let at = 0;
  for (const [from, to] of cuts) {
    out += source.slice(at, from);
    at = to;
  }
  return out + source.slice(at);
}

/** The Vite plugin: runs before TypeScript is stripped, on the phrase tables only. */
export function stripNotesPlugin() {
  return {
    name: 'candor-strip-phrase-notes',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!TABLES.test(id.split('?')[0])) return null;
      const out = stripNotes(code, id);
      return out === undefined ? null : { code: out, map: null };
    },
  };
}
