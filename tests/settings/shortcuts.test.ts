import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SHORTCUTS } from '../../lib/settings/shortcuts';

test('the options page documents the shortcut the hint UI actually listens for', () => {
  const ui = readFileSync(join(__dirname, '../../lib/dom/ui/keyboard.ts'), 'utf8');
  const label = /CANDOR_SHORTCUT\s*=\s*\{[^}]*label:\s*'([^']+)'/.exec(ui)?.[1];
  expect(label, 'CANDOR_SHORTCUT.label in lib/dom/ui/keyboard.ts').toBeTruthy();
  expect(SHORTCUTS[0].keys.join('+')).toBe(label);
});
