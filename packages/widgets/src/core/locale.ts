import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@dauys/schema';

export type { Locale };
export const DEFAULT_LOCALE: Locale = 'kk';

/**
 * Maps a BCP 47 `lang` value to a Dauys locale: kk, kk-KZ, kk-Cyrl-KZ and the common mistake
 * "kz" are Kazakh; ru-* Russian; en-* English. Anything else is not ours to render.
 */
export function normaliseLocaleTag(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'kk' || primary === 'kz' || primary === 'kaz') return 'kk';
  if (primary === 'ru' || primary === 'rus') return 'ru';
  if (primary === 'en' || primary === 'eng') return 'en';
  return undefined;
}

/**
 * The locale of an element: the `lang` of its closest ancestor with one (crossing shadow
 * roots), else Kazakh. A supported-but-unknown lang such as `de` also falls back to Kazakh.
 */
export function resolveLocale(element: Element): Locale {
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host) {
    const withLang = node.closest('[lang]');
    if (withLang) return normaliseLocaleTag(withLang.getAttribute('lang')) ?? DEFAULT_LOCALE;
  }
  return DEFAULT_LOCALE;
}

const subscribers = new Set<LocaleController>();
let langObserver: MutationObserver | undefined;

function watchLangChanges(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  // One observer per page for every widget: a change of any `lang` re-resolves them all.
  langObserver = new MutationObserver(() => {
    for (const controller of subscribers) controller.refresh();
  });
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** Keeps a host element's locale in step with the nearest `lang`, re-rendering on change. */
export class LocaleController implements ReactiveController {
  private current: Locale = DEFAULT_LOCALE;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.current;
  }

  hostConnected(): void {
    subscribers.add(this);
    watchLangChanges();
    this.current = resolveLocale(this.host);
  }

  hostDisconnected(): void {
    subscribers.delete(this);
  }

  refresh(): void {
    const next = resolveLocale(this.host);
    if (next === this.current) return;
    this.current = next;
    this.host.requestUpdate();
  }
}
