// Shadow-root hosts for Candor's injected UI. WXT's createShadowRootUi needs the content script's
// ctx, which the UI contract does not carry, so hosts are made here directly: an open shadow root,
// our own stylesheet inside, host styles set inline with !important so page CSS cannot move or
// restyle them, and events isolated so the app's keyboard shortcuts and click-outside handlers
// don't fire while the user works in the card.

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
}

/** Keyboard events never leave our UI: Slack/Gmail/Notion shortcuts must not fire from it. */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'click',
  'dblclick',
  'contextmenu',
  'focusin',
  'focusout',
] as const;

export function createShadowHost(doc: Document, tag: string, css: string, hostStyle: Record<string, string>): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute('data-candor-ui', tag);
  for (const [prop, value] of Object.entries(hostStyle)) host.style.setProperty(prop, value, 'important');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  for (const type of ISOLATED_EVENTS) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  // Pressing a button must not take focus (and the caret) away from the composer; the only text
  // worth selecting inside our UI is the suggested replacement (for copying by hand).
  host.addEventListener('mousedown', (e) => {
    const inner = e.composedPath()[0];
    if (!(inner instanceof Element && inner.closest('[data-candor-replacement]'))) e.preventDefault();
  });
  return { host, root, mount };
}

/** Depth-first active element, through shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export function popoverSupported(el: HTMLElement): boolean {
  return typeof (el as HTMLElement & { showPopover?: unknown }).showPopover === 'function';
}
