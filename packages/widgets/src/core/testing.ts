// Helpers for the widgets' tests only (left out of the npm build).

/** Replaces console.warn while `fn` runs (and its promise settles); returns what was warned. */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warned;
}
