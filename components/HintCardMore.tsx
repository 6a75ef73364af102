// The hint card's "More" menu: the off-switches that reach further than one hint. Collapsed by
// default so the card stays calm; each item says what it switches off and how it is undone (the
// options page for the lasting ones; a paused draft ends by itself). Text nodes only.

import type { OffSwitchKind } from '../lib/dom/ui-contract';

export interface MoreMenuProps {
  open: boolean;
  /** The finding's rule id (kebab-case, as the options page lists it). */
  ruleId: string;
  /** "Slack", "Gmail", "Notion"; null when the composer's site is not known. */
  siteLabel: string | null;
  onToggle(open: boolean): void;
  onTurnOff(what: OffSwitchKind): void;
}

export const MORE_MENU_ID = 'candor-card-more';

interface Item {
  what: OffSwitchKind;
  label: string;
  hint: string;
}

function items(p: MoreMenuProps): Item[] {
  const site = p.siteLabel ?? 'this site';
  return [
    {
      what: 'rule',
      label: 'Turn off this check',
      hint: `Stops “${p.ruleId}” everywhere. Turn it back on in Candor’s settings, under Checks.`,
    },
    {
      what: 'site',
      label: `Not on ${site}`,
      hint: `Candor stops coaching on ${site}. Turn it back on in Candor’s settings.`,
    },
    {
      what: 'draft',
      label: 'Pause for this draft',
      hint: 'No hints in this message until you send or clear it, or reload the page.',
    },
  ];
}

export function MoreButton(p: MoreMenuProps) {
  return (
    <button
      type="button"
      class="quiet"
      data-action="more"
      aria-label="More options"
      aria-haspopup="menu"
      aria-expanded={p.open ? 'true' : 'false'}
      aria-controls={p.open ? MORE_MENU_ID : undefined}
      onClick={() => p.onToggle(!p.open)}
    >
      More <span aria-hidden="true">{p.open ? '▴' : '▾'}</span>
    </button>
  );
}

export function MoreMenu(p: MoreMenuProps) {
  if (!p.open) return null;
  return (
    <div class="menu" role="menu" id={MORE_MENU_ID} aria-label="More options">
      {items(p).map((item) => (
        <button
          key={item.what}
          type="button"
          role="menuitem"
          data-action={`off-${item.what}`}
          aria-label={item.label}
          aria-describedby={`${MORE_MENU_ID}-${item.what}`}
          onClick={() => p.onTurnOff(item.what)}
        >
          <span class="menu-label">{item.label}</span>
          <span class="menu-hint" id={`${MORE_MENU_ID}-${item.what}`}>
            {item.hint}
          </span>
        </button>
      ))}
    </div>
  );
}
