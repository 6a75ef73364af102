// Failures carry a name: an exception in a rule, an analyzer or a site adapter is logged once per
// id (refined-github's errors.ts), so a broken selector or rule shows up in the console with the
// id that owns it instead of as silence — and a rule that throws on every keystroke does not
// flood the page's console. Only the id and the error's class are logged, never its message:
// a message may quote the text being analysed. Pure: importable from Node.

/** rule / analyzer: the engine; adapter: a site's selectors (lib/sites); editor: a composer's driver (lib/dom/editors, keyed by editor kind). */
export type FailureKind = 'rule' | 'analyzer' | 'adapter' | 'editor';

const logged = new Set<string>();

/** Log the first failure of `kind` `id`; later ones are counted silently. Never throws. */
export function reportFailureOnce(kind: FailureKind, id: string, err: unknown): void {
  const key = `${kind}:${id}`;
  if (logged.has(key)) return;
  logged.add(key);
  const name = err instanceof Error ? err.name : typeof err;
  try {
    console.warn(`[candor] ${kind} "${id}" failed (${name}); it is skipped where it failed.`);
  } catch {
    /* console may be patched by the page */
  }
}

/** Tests only: forget what was logged. */
export function resetFailureLog(): void {
  logged.clear();
}
