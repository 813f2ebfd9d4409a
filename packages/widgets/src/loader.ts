/// <reference types="vite/client" />
/**
 * `cdn/loader.js`: the on-demand loader. One small script tag; it watches the page for
 * `<dauys-*>` elements (present at load, added later, and inside the open shadow roots it can
 * reach) and imports only the widgets it finds, as shared code-split chunks next to it
 * (`cdn/chunks/…`). Built by the CDN build only (Vite resolves `import.meta.glob`).
 *
 * A shadow root attached after its host was added (a framework component upgrading later) is
 * found when that host's own tag becomes defined; closed shadow roots cannot be seen at all:
 * call `discover(root)` for them, or load the widget file directly.
 */
const widgetModules = import.meta.glob(['./*/define.ts', '!./core/**']);

const PREFIX = 'dauys-';
const loaders = new Map<string, () => Promise<unknown>>();
for (const [path, load] of Object.entries(widgetModules)) {
  loaders.set(PREFIX + path.slice(2, -'/define.ts'.length), load);
}

const requested = new Set<string>();
const watchedRoots = new WeakSet<Node>();
/** Hosts of other libraries' tags, not upgraded yet, by tag: their shadow roots come later. */
const pendingHosts = new Map<string, Set<Element>>();

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) discover(node);
    }
  }
});

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  const loader = loaders.get(tag);
  if (!loader) {
    console.warn(`[dauys] <${tag}> is not a Dauys widget; known: ${[...loaders.keys()].join(', ')}.`);
    return;
  }
  loader().catch((error: unknown) => {
    // Let a later mutation try again (a flaky network, say), and say why nothing appeared.
    requested.delete(tag);
    console.error(`[dauys] could not load <${tag}>`, error);
  });
}

function watch(root: Document | ShadowRoot): void {
  if (watchedRoots.has(root)) return;
  watchedRoots.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

function visit(element: Element): void {
  const tag = element.localName;
  if (tag.startsWith(PREFIX)) {
    // Our own widgets hold no other widgets: their (busy) shadow roots are not watched.
    load(tag);
    return;
  }
  if (tag.includes('-') && !element.shadowRoot && !customElements.get(tag)) {
    // Another library's element that is not upgraded yet: its shadow root may hold our tags.
    const hosts = pendingHosts.get(tag) ?? awaitUpgrade(tag);
    hosts.add(element);
  }
  if (element.shadowRoot) {
    watch(element.shadowRoot);
    discover(element.shadowRoot);
  }
}

function awaitUpgrade(tag: string): Set<Element> {
  const hosts = new Set<Element>();
  pendingHosts.set(tag, hosts);
  void customElements.whenDefined(tag).then(() =>
    // After the upgrade, give the elements a frame to render into their shadow roots.
    requestAnimationFrame(() => {
      pendingHosts.delete(tag);
      for (const host of hosts) if (host.shadowRoot) visit(host);
    }),
  );
  return hosts;
}

/**
 * Loads every Dauys widget in `root` (the element itself included) and starts watching the
 * open shadow roots inside it. Runs on the document at start; call it for roots the loader
 * cannot see, such as closed shadow roots.
 */
export function discover(root: Document | ShadowRoot | Element): void {
  if (root instanceof Element) visit(root);
  for (const element of root.querySelectorAll('*')) visit(element);
}

/** Resolves when every Dauys widget currently in `root` is defined. */
export function ready(root: Document | ShadowRoot | Element = document): Promise<void> {
  discover(root);
  const tags = new Set<string>();
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (loaders.has(element.localName)) tags.add(element.localName);
  }
  return Promise.all([...tags].map((tag) => customElements.whenDefined(tag))).then(() => undefined);
}

watch(document);
discover(document);
