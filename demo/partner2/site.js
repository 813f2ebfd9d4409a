// Second partner site: it lives on its own origin and takes the Dauys widgets, feeds and signup
// endpoint from the hub's origin. config.js (written by the demo's static server) says where the
// hub is; nothing here is inline, so the page runs under the strict CSP the server sends.
import { hubOrigin } from './config.js';

const LANGS = ['kk', 'ru', 'en'];
const root = document.documentElement;

// Language: chosen with plain links (?lang=ru); the widgets follow <html lang>.
const lang = new URL(location.href).searchParams.get('lang');
if (LANGS.includes(lang)) root.lang = lang;
const title = root.getAttribute(`data-title-${root.lang}`);
if (title) document.title = title;
for (const link of document.querySelectorAll('[data-lang-link]')) {
  if (link.dataset.langLink === root.lang) link.setAttribute('aria-current', 'true');
}

// Point each widget at the hub: data-hub-attrs="src=/api/v1/faq" → src="http://hub/api/v1/faq".
const hub = new URL(hubOrigin);
for (const element of document.querySelectorAll('[data-hub-attrs]')) {
  for (const pair of element.dataset.hubAttrs.split(/\s+/).filter(Boolean)) {
    const [name, path] = pair.split('=');
    element.setAttribute(name, new URL(path, hub).href);
  }
}

// Then load the widgets from the hub: the loader fetches only the widgets on this page. The page
// enforces Trusted Types, so the script's address goes through this site's own policy, which
// lets exactly this one URL through.
const loaderUrl = new URL('/cdn/loader.js', hub).href;
const policy = window.trustedTypes?.createPolicy('ustaz-site', {
  createScriptURL(url) {
    if (url !== loaderUrl) throw new TypeError(`ustaz-site: refusing script URL ${url}`);
    return url;
  },
});
const loader = document.createElement('script');
loader.type = 'module';
loader.src = policy ? policy.createScriptURL(loaderUrl) : loaderUrl;
document.head.append(loader);
