/**
 * Feeds for the states a static Storybook has no server for: a feed that is still loading and
 * a feed that answered once, then failed (so a widget shows its last good copy with a note).
 * Stories point `src` at these paths; every other request goes to the real `fetch`.
 *
 * - `/__story__/pending/<name>` never answers: the widget stays in its loading state.
 * - `/__story__/once/<name>` answers with the body given to `answerOnce` the first time, then
 *   503 (the widget keeps the first copy and says it is out of date).
 */
const PENDING = '/__story__/pending/';
const ONCE = '/__story__/once/';

const bodies = new Map<string, unknown>();
const served = new Set<string>();

const realFetch = window.fetch.bind(window);

window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  if (url.pathname.startsWith(PENDING)) return new Promise<Response>(() => {});
  if (url.pathname.startsWith(ONCE)) {
    const name = url.pathname.slice(ONCE.length);
    if (bodies.has(name) && !served.has(name)) {
      served.add(name);
      return Promise.resolve(
        new Response(JSON.stringify(bodies.get(name)), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }
    return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
  }
  return realFetch(input, init);
};

/** A URL that never answers. */
export const pendingFeed = (name: string) => `${PENDING}${name}`;

/** A URL that answers `body` once, then fails with 503. */
export function answerOnce(name: string, body: unknown): string {
  if (!bodies.has(name)) bodies.set(name, body);
  return `${ONCE}${name}`;
}
