/**
 * Returns the URL if it is an absolute https URL, else undefined. Feed URLs become links only
 * through this: `javascript:`, `data:`, plain http and relative junk never do.
 */
export function safeHttpsUrl(value: unknown): string | undefined {
  return safeUrl(value, ['https:']);
}

/** Like safeHttpsUrl with a chosen set of schemes (e.g. FAQ answers also allow mailto: and tel:). */
export function safeUrl(value: unknown, protocols: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value.trim());
    return protocols.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
