const warnedTags = new Set<string>();

/**
 * Registers a custom element unless the tag is taken. A partner page may load two copies of
 * Dauys (a CDN tag and a CMS plugin, say): the second copy warns once and steps aside instead of
 * throwing into the host page.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, elementClass);
    return;
  }
  if (existing === elementClass || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(
    `[dauys] <${tag}> is already defined by another copy of Dauys on this page ` +
      '(for example a CDN script and a CMS plugin). This copy is not used; load Dauys once.',
  );
}
