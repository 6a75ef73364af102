// The hint card's lasting off-switches ("Turn off this check", "Not on this site") as pure edits
// of Settings. Each is exactly the edit the options page's own switch makes, so that switch is
// where the user undoes it. ("Pause for this draft" is not a setting: it lives in memory in the
// composer's coach, lib/dom/coach.ts, and ends with the draft.)

import type { Site } from '../analysis/types';
import { setRuleEnabled, setSiteEnabled } from './edit';
import type { Settings } from './schema';

export type OffSwitch = { kind: 'rule'; ruleId: string } | { kind: 'site'; site: Site };

/** Rule ids are kebab-case and permanent (STYLE.md); anything else is not a rule to switch off. */
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The settings with `sw` switched off; unchanged (same object) when it already is, or is invalid. */
export function turnOff(s: Settings, sw: OffSwitch): Settings {
  if (isOff(s, sw)) return s;
  if (sw.kind === 'rule') return RULE_ID.test(sw.ruleId) ? setRuleEnabled(s, sw.ruleId, false) : s;
  return sw.site in s.sites ? setSiteEnabled(s, sw.site, false) : s;
}

export function isOff(s: Settings, sw: OffSwitch): boolean {
  return sw.kind === 'rule' ? s.disabledRules.includes(sw.ruleId) : s.sites[sw.site] === false;
}
