import type * as Virtualize from '@lit-labs/virtualizer/virtualize.js';

export type VirtualizeModule = typeof Virtualize;

let loaded: VirtualizeModule | undefined;
let loading: Promise<VirtualizeModule | undefined> | undefined;
let failed = false;

/**
 * @lit-labs/virtualizer is about a fifth of the event finder's code, and only lists longer than
 * a screenful need it: it comes as its own chunk, fetched the first time a long list appears
 * (CDN: `cdn/chunks/`, next to the widget file; npm: your bundler splits it the same way).
 */
export function loadVirtualizer(): Promise<VirtualizeModule | undefined> {
  loading ??= import('@lit-labs/virtualizer/virtualize.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A self-hosted copy without cdn/chunks/, a blocked chunk or a network failure: long
      // lists fall back to a plain list of their first rows (asked once per page load).
      failed = true;
      console.warn('[dauys] <dauys-event-finder>: the list virtualiser could not be loaded.', error);
      return undefined;
    },
  );
  return loading;
}

/** The virtualiser once loaded, else undefined. */
export const loadedVirtualizer = (): VirtualizeModule | undefined => loaded;

/** Whether loading the virtualiser failed. */
export const virtualizerFailed = (): boolean => failed;
