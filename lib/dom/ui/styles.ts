// Styles inside Candor's shadow roots. The page's CSS cannot reach in, and `all: initial` on the
// root stops inherited page styles (fonts, letter-spacing, text-transform…) from leaking through
// the host. Themes are custom properties switched by `data-theme` on the root.

export const THEME_VARS = `
  .candor-root {
    all: initial;
    display: block;
    --c-bg: #ffffff;
    --c-fg: #1f2328;
    --c-muted: #59636e;
    --c-border: rgba(31, 35, 40, 0.12);
    --c-shadow: 0 1px 2px rgba(31, 35, 40, 0.06), 0 6px 20px rgba(31, 35, 40, 0.14);
    --c-subtle: #f4f5f7;
    --c-btn-hover: rgba(31, 35, 40, 0.07);
    --c-primary: #2f6bd8;
    --c-primary-fg: #ffffff;
    --c-focus: #2f6bd8;
    --c-badge-bg: rgba(255, 255, 255, 0.94);
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    font-size: 13px;
    line-height: 1.45;
    color: var(--c-fg);
    -webkit-font-smoothing: antialiased;
  }
  .candor-root[data-theme="dark"] {
    --c-bg: #25292e;
    --c-fg: #e6e8eb;
    --c-muted: #a4abb4;
    --c-border: rgba(255, 255, 255, 0.12);
    --c-shadow: 0 1px 2px rgba(0, 0, 0, 0.3), 0 8px 24px rgba(0, 0, 0, 0.45);
    --c-subtle: #2f343a;
    --c-btn-hover: rgba(255, 255, 255, 0.08);
    --c-primary: #5b8def;
    --c-primary-fg: #0d1117;
    --c-focus: #7aa5ff;
    --c-badge-bg: rgba(37, 41, 46, 0.94);
  }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .candor-root *, .candor-root *::before, .candor-root *::after { box-sizing: border-box; }
`;

export const CARD_CSS = `${THEME_VARS}
  .card {
    display: block;
    width: max-content;
    max-width: min(340px, calc(100vw - 16px));
    min-width: 240px;
    padding: 12px 14px 12px;
    background: var(--c-bg);
    color: var(--c-fg);
    border: 1px solid var(--c-border);
    border-radius: 8px;
    box-shadow: var(--c-shadow);
    animation: candor-in 120ms ease-out;
  }
  @keyframes candor-in { from { opacity: 0; transform: translateY(2px); } }
  @media (prefers-reduced-motion: reduce) { .card { animation: none; } }
  .head { display: flex; align-items: center; gap: 7px; margin: 0 0 6px; }
  .dot { flex: none; width: 8px; height: 8px; border-radius: 50%; background: var(--cat); }
  .label {
    margin: 0; font: inherit; font-size: 12px; font-weight: 600; letter-spacing: 0.01em;
    color: var(--c-muted);
  }
  .why { margin: 0 0 10px; color: var(--c-fg); overflow-wrap: anywhere; }
  .suggest {
    margin: 0 0 12px; padding: 7px 10px; border-radius: 6px; background: var(--c-subtle);
    border-left: 3px solid var(--cat); overflow-wrap: anywhere;
  }
  .suggest-kicker { display: block; font-size: 11px; font-weight: 600; color: var(--c-muted); margin-bottom: 2px; }
  .original { color: var(--c-muted); text-decoration: line-through; text-decoration-thickness: 1px; }
  .arrow { color: var(--c-muted); padding: 0 4px; }
  .replacement { font-weight: 600; color: var(--c-fg); user-select: text; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; }
  button {
    all: unset; box-sizing: border-box; cursor: pointer;
    font: inherit; font-size: 12.5px; font-weight: 500; line-height: 18px;
    padding: 4px 10px; border-radius: 6px; color: var(--c-fg);
    border: 1px solid var(--c-border); background: transparent;
  }
  button:hover { background: var(--c-btn-hover); }
  button:focus-visible { outline: 2px solid var(--c-focus); outline-offset: 1px; }
  button.primary { background: var(--c-primary); border-color: transparent; color: var(--c-primary-fg); font-weight: 600; }
  button.primary:hover { filter: brightness(1.07); background: var(--c-primary); }
  button.quiet { border-color: transparent; color: var(--c-muted); }
  button[aria-disabled="true"] { opacity: 0.6; cursor: default; }
  .menu {
    display: flex; flex-direction: column; gap: 2px; margin: 8px 0 0; padding: 6px 0 0;
    border-top: 1px solid var(--c-border);
  }
  .menu button { display: block; width: 100%; text-align: left; border-color: transparent; padding: 5px 8px; }
  .menu-label { display: block; }
  .menu-hint { display: block; font-size: 11.5px; font-weight: 400; line-height: 16px; color: var(--c-muted); }
  .status { margin: 8px 0 0; font-size: 12px; color: var(--c-muted); }
  .status:empty { display: none; }
  .status.warn { color: var(--c-fg); }
  .keys { margin: 8px 0 0; font-size: 11px; color: var(--c-muted); }
`;

export const LAYER_CSS = `${THEME_VARS}
  .candor-root { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; pointer-events: none; }
  .overlay { position: fixed; left: 0; top: 0; width: 100vw; height: 100vh; pointer-events: none; }
  .mark { position: absolute; pointer-events: none; border-radius: 1px; }
  .gutter { position: absolute; width: 3px; border-radius: 2px; pointer-events: none; opacity: 0.75; }
  .badge {
    all: unset; box-sizing: border-box; position: absolute; pointer-events: auto; cursor: pointer;
    display: inline-flex; align-items: center; gap: 5px; height: 20px; min-width: 20px; padding: 0 7px 0 6px;
    border-radius: 10px; border: 1px solid var(--c-border); background: var(--c-badge-bg);
    color: var(--c-muted); box-shadow: 0 1px 2px rgba(0, 0, 0, 0.08);
    font: 600 11px/18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    font-variant-numeric: tabular-nums; opacity: 0.85; transition: opacity 120ms;
  }
  .badge:hover { opacity: 1; color: var(--c-fg); }
  .badge:focus-visible { outline: 2px solid var(--c-focus); outline-offset: 1px; opacity: 1; }
  .badge[hidden] { display: none; }
  .badge-dot { width: 6px; height: 6px; border-radius: 50%; background: #1f9e8f; }
`;
