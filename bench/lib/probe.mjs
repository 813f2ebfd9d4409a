// In-page instrumentation, installed before any page script runs (evaluateOnNewDocument).
//
// Readiness: a predicate `(document) => boolean` is checked after every batch of DOM mutations
// (in the document and in every shadow root, found by wrapping attachShadow) and on every
// frame. The first time it holds, `performance.now()` (milliseconds since navigation start) is
// stored in `window.__bench.readyAt` and marked as `bench:ready`.

/** Installs the readiness probe. `predicateSource` is the source of `(document) => boolean`. */
export function readinessProbe(predicateSource) {
  const ready = new Function(`return (${predicateSource});`)();
  const state = (window.__bench = window.__bench ?? {});
  state.readyAt = undefined;
  let done = false;
  const check = () => {
    if (done) return;
    let ok = false;
    try {
      ok = Boolean(ready(document));
    } catch {
      ok = false;
    }
    if (!ok) return;
    done = true;
    state.readyAt = performance.now();
    performance.mark('bench:ready');
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  const options = { childList: true, subtree: true, characterData: true, attributes: true };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (!done) observer.observe(root, options);
    return root;
  };
  observer.observe(document, options);
  const frame = () => {
    check();
    if (!done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Counts timers: every setTimeout / setInterval / requestAnimationFrame call, and how many
 * timeouts and intervals are pending at most. Read with `window.__benchTimers`.
 */
export function timerProbe() {
  const counts = {
    setTimeout: 0,
    setInterval: 0,
    requestAnimationFrame: 0,
    pending: 0,
    maxPending: 0,
    intervalsPending: 0,
  };
  window.__benchTimers = counts;
  const pending = new Set();
  const track = (id) => {
    pending.add(id);
    counts.pending = pending.size;
    counts.maxPending = Math.max(counts.maxPending, pending.size);
  };
  const untrack = (id) => {
    pending.delete(id);
    counts.pending = pending.size;
  };
  const {
    setTimeout: st,
    setInterval: si,
    clearTimeout: ct,
    clearInterval: ci,
    requestAnimationFrame: raf,
  } = window;
  window.setTimeout = function (handler, delay, ...args) {
    counts.setTimeout += 1;
    const id = st.call(
      window,
      (...a) => {
        untrack(id);
        return typeof handler === 'function' ? handler(...a) : undefined;
      },
      delay,
      ...args,
    );
    track(id);
    return id;
  };
  window.setInterval = function (handler, delay, ...args) {
    counts.setInterval += 1;
    counts.intervalsPending += 1;
    const id = si.call(window, handler, delay, ...args);
    track(id);
    return id;
  };
  window.clearTimeout = function (id) {
    untrack(id);
    return ct.call(window, id);
  };
  window.clearInterval = function (id) {
    if (pending.has(id)) counts.intervalsPending -= 1;
    untrack(id);
    return ci.call(window, id);
  };
  window.requestAnimationFrame = function (callback) {
    counts.requestAnimationFrame += 1;
    return raf.call(window, callback);
  };
}

/**
 * Measures one interaction inside a widget's shadow root: `start(kind)` notes the time of the
 * next `input`/`change` event (its timeStamp), then waits until the text of `listSelector`
 * (in the widget's shadow root) differs from before, and resolves at the next frame after that
 * (rAF + a message-channel hop, i.e. after the frame that shows it). Resolves to milliseconds.
 */
export function interactionProbe() {
  window.__benchInteraction = (hostSelector, listSelector, eventType, timeoutMs) =>
    new Promise((resolve, reject) => {
      const host = document.querySelector(hostSelector);
      const root = host?.shadowRoot;
      if (!root) return reject(new Error(`no shadow root on ${hostSelector}`));
      // What the visitor sees change: the text of the matching parts (the result count and the
      // list, say), read through nested shadow roots (virtualised rows live in one).
      const deepText = (node) => {
        let text = '';
        const walk = (n) => {
          if (n.nodeType === 3) text += n.data;
          if (n.shadowRoot) walk(n.shadowRoot);
          for (const child of n.childNodes) walk(child);
        };
        walk(node);
        return text;
      };
      const signature = () =>
        listSelector ? [...root.querySelectorAll(listSelector)].map(deepText).join('\u0000') : deepText(root);
      const before = signature();
      let startedAt;
      let settled = false;
      const observer = new MutationObserver(() => {
        if (startedAt === undefined || settled || signature() === before) return;
        settled = true;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - startedAt);
          channel.port2.postMessage(0);
        });
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      // On the shadow root: `change` is not composed, so it never reaches the document.
      root.addEventListener(eventType, (event) => (startedAt ??= event.timeStamp), {
        capture: true,
        once: true,
      });
      setTimeout(() => {
        if (settled) return;
        observer.disconnect();
        reject(new Error(`list did not change within ${timeoutMs} ms after ${eventType}`));
      }, timeoutMs);
    });
}
