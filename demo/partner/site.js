// The partner site's own script (no inline scripts: the page runs under a strict CSP).
// A language switcher that sets <html lang>: the site's text follows through CSS, and every
// Dauys widget on the page follows by itself. The choice is kept in the address (?lang=ru),
// never in browser storage.

const LANGS = ['kk', 'ru', 'en'];
const root = document.documentElement;

function langFromUrl() {
  const lang = new URL(location.href).searchParams.get('lang');
  return LANGS.includes(lang) ? lang : undefined;
}

/** Reflects the page language in the switcher and the title (whoever changed it). */
function reflect() {
  const lang = LANGS.includes(root.lang) ? root.lang : 'kk';
  for (const button of document.querySelectorAll('[data-set-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.setLang === lang));
  }
  // Each page carries its title in the three languages: <html data-title-kk="…" data-title-ru="…">.
  const title = root.getAttribute(`data-title-${lang}`);
  if (title) document.title = title;
}

function setLang(lang) {
  if (!LANGS.includes(lang) || root.lang === lang) return;
  root.lang = lang;
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  // Keep every other parameter (the event finder keeps its filters in the address too).
  history.replaceState(history.state, '', url);
}

const initial = langFromUrl();
if (initial) root.lang = initial;
reflect();

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest('[data-set-lang]');
  if (button) {
    setLang(button.dataset.setLang);
    return;
  }
  // Links to the site's other pages keep the chosen language.
  const link = target?.closest('a[href]');
  if (!link || root.lang === 'kk') return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || url.pathname === location.pathname) return;
  url.searchParams.set('lang', root.lang);
  link.href = url.href;
});

// Someone else may change <html lang> too (a CMS plugin, a test, a screenshot script).
new MutationObserver(reflect).observe(root, { attributes: true, attributeFilter: ['lang'] });
