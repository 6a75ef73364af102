// Helpers for reading samples of real text (scripts/eval-real.ts): a seeded generator so a
// sample can be drawn again, and an excerpt that marks the flagged words with «».

/** Park–Miller-style LCG: deterministic across Node versions (Math.random is not seedable). */
export function seededRandom(seed: number): () => number {
  let s = Math.abs(Math.floor(seed)) % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

export function shuffleInPlace<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** ~`around` characters of context on both sides of text[start, end), the span in «». */
export function excerpt(text: string, start: number, end: number, around: number): string {
  const half = Math.floor(around / 2);
  const from = Math.max(0, start - half);
  const to = Math.min(text.length, end + half);
  // Code fences inside the excerpt would end the markdown block it is printed in.
  const clean = (s: string) => s.replace(/```/g, "'''");
  return (
    (from > 0 ? '…' : '') +
    clean(text.slice(from, start)) +
    '«' +
    clean(text.slice(start, end)) +
    '»' +
    clean(text.slice(end, to)) +
    (to < text.length ? '…' : '')
  );
}
