declare global {
  /**
   * Every `dauys-*` event with the type of its `detail`. Widgets add their events to this map
   * (and to `GlobalEventHandlersEventMap`) so `addEventListener('dauys-…')` is typed.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DauysEventMap {}
}

/** Dispatches a `dauys-*` event that bubbles and crosses shadow boundaries. */
export function emit<K extends keyof DauysEventMap>(
  target: EventTarget,
  name: K,
  detail: DauysEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable }),
  );
}
