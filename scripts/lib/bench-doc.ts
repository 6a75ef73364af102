// A realistic long document for benchmarks, built deterministically from the dev corpus: the
// user's own paragraphs (quoted history, signatures, greetings and sign-offs dropped), grouped
// under headings, with every fourth multi-sentence paragraph turned into a bullet list — the
// shape of a long Notion page or a project update email.

import { countWords } from '../../lib/analysis/document';

const SECTION_TITLES = [
  'Context',
  'What we heard',
  'Options on the table',
  'Risks and open questions',
  'Timeline',
  'Budget',
  'Customer feedback',
  'Engineering notes',
  'Hiring and team',
  'Next steps',
];

const HISTORY = /^(?:>|On\s.{0,300}wrote:\s*$|--\s?$|-{2,}\s*(?:Original|Forwarded))/;
const GREETING_OR_SIGNOFF = /^(?:hi|hey|hello|dear|thanks|thank you|best|cheers|regards|kind regards)\b[^.?!]{0,30}[,!]?$/i;

function ownParagraphs(text: string): string[] {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (HISTORY.test(line.trim())) break;
    kept.push(line);
  }
  return kept
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !GREETING_OR_SIGNOFF.test(p) && countWords(p) >= 4);
}

function bulletise(paragraph: string): string | undefined {
  const sentences = paragraph.replace(/\s*\n\s*/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/);
  if (sentences.length < 3) return undefined;
  return sentences.map((s) => `- ${s}`).join('\n');
}

/** About `targetWords` words (never fewer), from the corpus texts in the order given. */
export function buildLongDocument(texts: readonly string[], targetWords = 5000): string {
  const blocks: string[] = ['# Project update'];
  let words = 2;
  let paragraphsInSection = 0;
  let section = 0;
  let nth = 0;
  for (let pass = 0; words < targetWords; pass++) {
    for (const text of texts) {
      for (const p of ownParagraphs(text)) {
        if (words >= targetWords) break;
        if (paragraphsInSection === 0 || paragraphsInSection >= 6) {
          const title = SECTION_TITLES[section % SECTION_TITLES.length] + (pass ? ` (${pass + 1})` : '');
          blocks.push(`## ${title}`);
          words += countWords(title);
          section++;
          paragraphsInSection = 0;
        }
        nth++;
        const block = (nth % 4 === 0 && bulletise(p)) || p;
        blocks.push(block);
        words += countWords(block);
        paragraphsInSection++;
      }
      if (words >= targetWords) break;
    }
    if (pass > 20) break; // corpus without usable paragraphs: return what there is
  }
  return blocks.join('\n\n') + '\n';
}
