// The hint card's controller: which finding it shows, how it was opened (hover, click,
// keyboard), focus in and out of it, and its actions (Apply, Copy, Dismiss, Don't flag again).
// Only one card is open on the page at a time, whichever composer owns it.

import { renderHintCard, type CardStatus } from '../../../components/HintCard';
import type { ApplyOutcome, OffSwitchKind } from '../ui-contract';
import { createCardHost, hideCardHost, positionCardHost, showCardHost } from './card-host';
import { copyText } from './clipboard';
import type { ComposerUiImpl } from './composer-ui';
import type { CardMode, CloseReason, Entry } from './entry';
import { box, intersect, type Box } from './geometry';
import { guard, report } from './guard';
import { focusButton, returnFocus, saveFocus } from './card-focus';
import type { ShadowHost } from './host';
import { cycleCardFocus, keysHint } from './keyboard';
import { lineRects } from './layout';

export interface CardState {
  key: string;
  entry: Entry;
  mode: CardMode;
  status: CardStatus;
  /** Which of the range's client rects the card hangs from (the one under the pointer). */
  rectIndex: number;
  lastRect: Box | null;
  original: string | null;
  savedRange: Range | null;
  prevFocus: HTMLElement | null;
  /** The "More" menu (off-switches) is expanded. */
  menuOpen: boolean;
}

let cardOwner: CardController | null = null;

export class CardController {
  current: CardState | null = null;
  host: ShadowHost | null = null;

  constructor(private readonly ui: ComposerUiImpl) {}

  private ensureHost(): ShadowHost {
    if (this.host?.host.isConnected) return this.host;
    this.host?.host.remove();
    const { doc } = this.ui;
    const ch = createCardHost(doc);
    ch.host.addEventListener(
      'keydown',
      guard((e: KeyboardEvent) => this.onKeydown(e)),
    );
    ch.host.addEventListener('pointerenter', () => this.ui.hover.cancelClose());
    ch.host.addEventListener(
      'pointerleave',
      guard(() => {
        if (this.current?.mode === 'hover' && this.current.status.kind === 'idle') this.ui.hover.scheduleClose();
      }),
    );
    (doc.body ?? doc.documentElement).appendChild(ch.host);
    this.host = ch;
    return ch;
  }

  open(entry: Entry, mode: CardMode, rectIndex: number): void {
    if (cardOwner && cardOwner !== this) cardOwner.close('replaced');
    this.ui.hover.clearTimers();
    const prev = this.current;
    if (prev && prev.key === entry.key) {
      // Hover → click or keyboard: same card, just more committed.
      if (mode !== 'hover') prev.mode = mode;
      if (mode === 'keyboard') this.enterKeyboardMode(prev);
      this.render();
      return;
    }
    const keepFocus = prev && this.focusInCard() ? { savedRange: prev.savedRange, prevFocus: prev.prevFocus } : null;
    // Drops the state only: the next render reuses the card's DOM, so focus stays inside it.
    if (prev) this.current = null;
    this.ui.refreshTheme(true);
    let original: string | null = null;
    try {
      original = entry.range ? entry.range.toString() : null;
    } catch {
      original = null;
    }
    const card: CardState = {
      key: entry.key,
      entry,
      mode,
      status: { kind: 'idle' },
      rectIndex,
      lastRect: null,
      original,
      savedRange: keepFocus?.savedRange ?? null,
      prevFocus: keepFocus?.prevFocus ?? null,
      menuOpen: false,
    };
    this.current = card;
    cardOwner = this;
    this.ui.markActive(entry.range);
    const ch = this.ensureHost();
    this.render();
    showCardHost(ch);
    this.ui.rects.drop();
    this.place(this.ui.editorClip());
    if (mode === 'keyboard') this.enterKeyboardMode(card);
    this.ui.noteShown(entry);
  }

  close(reason: CloseReason): void {
    const card = this.current;
    if (!card) return;
    const hadFocus = this.focusInCard();
    this.current = null;
    if (cardOwner === this) cardOwner = null;
    this.ui.markActive(null);
    this.ui.hover.clearTimers();
    if (this.host) {
      renderHintCard(this.host.mount, null);
      hideCardHost(this.host.host);
    }
    if (hadFocus) this.returnFocus(card, reason !== 'applied');
  }

  /** After close('destroy'): takes the host off the page. */
  destroy(): void {
    if (!this.host) return;
    renderHintCard(this.host.mount, null);
    this.host.host.remove();
    this.host = null;
  }

  /** Only the keyboard path moves focus: save where the user was, then focus the first button. */
  private enterKeyboardMode(card: CardState): void {
    if (!card.prevFocus && this.host) saveFocus(card, this.host, this.ui.editor);
    this.focusFirstButton();
  }

  private focusFirstButton(prefer?: string): void {
    if (this.host) focusButton(this.host.root, prefer);
  }

  render(): void {
    const card = this.current;
    if (!card || !this.host) return;
    const f = card.entry.f.finding;
    const { opts } = this.ui;
    renderHintCard(this.host.mount, {
      theme: this.ui.theme,
      category: f.category,
      message: f.message,
      suggestion: f.suggestion,
      replacement: f.replacement,
      original: card.original,
      status: card.status,
      canApply: opts.handlers.canApply?.(card.entry.f) !== false,
      keysHint: card.mode === 'keyboard' ? keysHint(opts.shortcut !== false) : null,
      onApply: guard(() => void this.onApply()),
      onCopy: guard(() => void this.onCopy()),
      onDismiss: guard(() => this.onDismiss(false)),
      onIgnore: guard(() => this.onDismiss(true)),
      more: opts.handlers.turnOff
        ? {
            open: card.menuOpen,
            ruleId: f.ruleId,
            siteLabel: opts.siteLabel ?? null,
            onToggle: guard((open: boolean) => this.toggleMenu(open)),
            onTurnOff: guard((what: OffSwitchKind) => this.onTurnOff(what)),
          }
        : null,
    });
  }

  /** From the keyboard, focus follows: into the menu when it opens, back to "More" when it closes. */
  private toggleMenu(open: boolean): void {
    const card = this.current;
    if (!card || card.menuOpen === open) return;
    card.menuOpen = open;
    const fromKeyboard = this.focusInCard();
    this.render();
    if (fromKeyboard) this.focusFirstButton(open ? 'off-rule' : 'more');
    this.ui.schedule(); // the card changed size: keep it next to its words and on screen
  }

  /** An off-switch: the core makes it last; the hints it covers go from this composer now. */
  private onTurnOff(what: OffSwitchKind): void {
    const card = this.current;
    if (!card) return;
    try {
      this.ui.opts.handlers.turnOff?.(card.entry.f, what);
    } catch (error) {
      report(error);
    }
    this.close('turned-off');
    const ruleId = card.entry.f.finding.ruleId;
    this.ui.hideFindings((e) => what !== 'rule' || e.f.finding.ruleId === ruleId);
  }

  /** Hangs the card off its range (flipping above when there is no room below); never scrolls. */
  place(clip: Box | null): void {
    const card = this.current;
    const ch = this.host;
    if (!card || !ch) return;
    const entry = card.entry;
    let anchor: Box | null = null;
    if (this.ui.rangeValid(entry.range)) {
      const list = this.ui.currentRects().get(entry.key) ?? [];
      if (entry.category === 'wall-of-text') {
        const lines = lineRects(list);
        const first = lines[0];
        anchor = first ? box(first.left, first.top, first.right, first.bottom) : null;
        if (first && card.rectIndex > 0) anchor = lines[Math.min(card.rectIndex, lines.length - 1)];
      } else {
        anchor = list[Math.min(card.rectIndex, list.length - 1)] ?? null;
      }
    }
    const busy = card.status.kind !== 'idle';
    const visible = anchor && clip ? intersect(anchor, clip) : null;
    if (!visible) {
      if (!busy) {
        this.close('scrolled');
        return;
      }
      anchor = card.lastRect;
      if (!anchor) return;
    }
    card.lastRect = anchor;
    positionCardHost(ch.host, anchor!, this.ui.win);
  }

  focusInCard(): boolean {
    return !!this.host && this.ui.doc.activeElement === this.host.host;
  }

  private returnFocus(card: CardState, restoreSelection: boolean): void {
    returnFocus(card, this.ui.doc, restoreSelection);
  }

  private async onApply(): Promise<void> {
    const card = this.current;
    if (!card || card.status.kind === 'applying') return;
    card.status = { kind: 'applying' };
    this.render();
    // The edit goes through the editor's own input path, which needs the editor focused with the
    // user's selection; from the keyboard, focus is in the card, so hand it back first.
    if (this.focusInCard()) this.returnFocus(card, true);
    let outcome: ApplyOutcome;
    try {
      outcome = (await this.ui.opts.handlers.apply(card.entry.f)) ?? { ok: false, reason: 'failed' };
    } catch (error) {
      report(error);
      outcome = { ok: false, reason: 'failed' };
    }
    if (this.ui.destroyed || this.current !== card) return;
    if (outcome.ok) {
      this.close('applied');
      return;
    }
    card.status = { kind: 'not-applied', reason: outcome.reason };
    this.render();
    if (card.mode === 'keyboard') this.focusFirstButton('copy');
    this.ui.schedule();
  }

  private async onCopy(): Promise<void> {
    const card = this.current;
    if (!card) return;
    const ok = await copyText(this.ui.win, this.ui.doc, card.entry.f.finding.suggestion);
    if (this.current !== card) return;
    card.status = ok ? { kind: 'copied' } : { kind: 'copy-failed' };
    this.render();
    this.ui.schedule();
  }

  private onDismiss(forever: boolean): void {
    const card = this.current;
    if (!card) return;
    try {
      if (forever) this.ui.opts.handlers.ignorePhrase(card.entry.f);
      else this.ui.opts.handlers.dismiss(card.entry.f);
    } catch (error) {
      report(error);
    }
    this.close(forever ? 'ignore' : 'dismiss');
    this.ui.hideFindings((e) => e.key === card.key);
  }

  private onKeydown(e: KeyboardEvent): void {
    const root = this.host?.root;
    if (!root || !this.current) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      // One step at a time: the open menu first, then the card.
      if (this.current.menuOpen) this.toggleMenu(false);
      else this.close('escape');
      return;
    }
    cycleCardFocus(e, root);
  }
}
