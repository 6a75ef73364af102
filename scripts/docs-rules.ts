// Writes docs/rules.md from the rule catalog (see scripts/lib/rules-doc.ts).
import { writeFileSync } from 'node:fs';
import { rulesDoc } from './lib/rules-doc';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDoc());
console.log('wrote docs/rules.md');
