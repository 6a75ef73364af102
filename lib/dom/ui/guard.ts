// Everything the UI does runs inside the user's page: an exception must never reach the page's
// own error handlers or break its event dispatch. Wrap every entry point and listener.

let reported = 0;

export function report(error: unknown): void {
  // Quiet in the page (a few lines at most), but visible to whoever opens the console.
  if (reported++ < 5) {
    try {
      console.debug('[candor-ui]', error);
    } catch {
      /* console may be patched by the page */
    }
  }
}

export function guard<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (error) {
      report(error);
      return undefined;
    }
  };
}
