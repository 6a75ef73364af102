// The one composer contract (contract.ts) drives a browser only through these two interfaces, so
// the same suite runs on Chromium (chromium.ts, playwright-core) and on Firefox ESR (a puppeteer-
// core driver over WebDriver BiDi). Everything here is what a person does or sees, plus reads of
// the fixtures' documented page globals (tests/e2e/fixtures/<site>/<site>.js headers) through
// `evaluate`. Browser-neutral: no playwright or puppeteer types cross this file.

export type Site = 'slack' | 'gmail' | 'notion';

export interface LaunchSpec {
  /** Load the built extension (default true); false is the "extension off" baseline. */
  extension?: boolean;
}

export interface OpenSpec {
  /** Query string of the fixture variant, e.g. { wrapper: 'none' } or { compose: 'popout' }. */
  query?: Record<string, string>;
  /** Host to open at (default the site's primary host, lib/sites/hosts.ts), e.g. 'www.notion.so'. */
  host?: string;
}

/** A launched browser with the fixture server behind the real hostnames. */
export interface Session {
  readonly browser: 'chromium' | 'firefox';
  readonly extension: boolean;
  /** Open a fixture app in a new tab; resolves once the fixture says `window.__ready`. */
  open(site: Site, spec?: OpenSpec): Promise<Tab>;
  /**
   * Requests that left the fixture hosts, failed requests and fixture responses >= 400, from
   * any page, extension page or background, since launch. Must stay empty.
   */
  requests(): string[];
  /** Uncaught exceptions and console errors on fixture pages since launch. */
  pageErrors(): string[];
  /** All of the extension's storage (local, sync, session) as one JSON string. */
  extensionStorage(): Promise<string>;
  /** Write the extension's settings the way the popup does (storage.local "settings"). */
  setSettings(settings: object): Promise<void>;
  /** The toolbar popup as a tab (its page, opened directly). */
  openPopup(): Promise<Tab>;
  close(): Promise<void>;
}

/** One tab. Keys use W3C key names with '+'-joined modifiers: 'Enter', 'Shift+Enter', 'Control+Enter', 'Control+KeyZ', 'Alt+Shift+KeyC'. */
export interface Tab {
  /** Run `fn(arg)` in the page's own JS world (where the fixtures' globals live); JSON-able values only. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Poll `fn(arg)` in the page until it returns a truthy value; rejects after `timeout` ms (default 8000). */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  /** Trusted key events, one character at a time, to whatever has focus (no newline handling). */
  type(text: string): Promise<void>;
  /** Insert text the way an IME or a paste would (one input event). */
  insertText(text: string): Promise<void>;
  /** Press one key or chord (see the key names above). */
  press(key: string): Promise<void>;
  /** A real (trusted) click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** A real click at the centre of the first element matching `selector` (light DOM). */
  click(selector: string): Promise<void>;
  /** Attribute `name` of the first element matching `selector`; null when missing or no element. */
  attribute(selector: string, name: string): Promise<string | null>;
  /** Grant clipboard access to this tab's origin (for Copy), where the browser needs it. */
  allowClipboard(): Promise<void>;
  /** Let `ms` of page time pass (only to prove that something does NOT happen within a window). */
  pause(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Launches a Session; one per browser (chromium.ts, and the Firefox driver). */
export type Driver = (spec?: LaunchSpec) => Promise<Session>;
