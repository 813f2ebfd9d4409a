import type { DOMPurify } from 'dompurify';
import { highlightParts } from '../core/text-search.js';
import { safeUrl } from '../core/url.js';

/**
 * Answers as DOM: a feed answer's small HTML subset goes through DOMPurify (loaded only when an
 * answer has markup), a light-DOM answer is the webmaster's own markup and is cloned as nodes.
 * Nothing here assigns a string to innerHTML or any other HTML sink.
 */

/** The HTML a feed answer may hold; every other element is unwrapped to its text. */
export const ANSWER_TAGS = ['p', 'a', 'ul', 'ol', 'li', 'strong', 'em', 'br'] as const;
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/** An href resolved against `baseUrl` if it is http(s), mailto or tel; else undefined. */
export function safeLink(raw: string | null, baseUrl: string): string | undefined {
  if (raw === null) return undefined;
  try {
    return safeUrl(new URL(raw.trim(), baseUrl).href, LINK_PROTOCOLS);
  } catch {
    return undefined;
  }
}

let sanitiser: Promise<DOMPurify> | undefined;

/**
 * Loads DOMPurify on first use, as its own instance (so a host page's DOMPurify keeps its own
 * configuration). Under Trusted Types the page must allow the policy name `dompurify`.
 */
export function loadSanitiser(): Promise<DOMPurify> {
  sanitiser ??= import('dompurify').then((module) => module.default(window));
  return sanitiser;
}

/**
 * Makes a link safe or takes it away: only http(s), mailto and tel survive (relative links are
 * resolved against `baseUrl`, the feed's address); links to other sites get
 * rel="noopener noreferrer". A link that fails is replaced by its text.
 */
export function secureLinks(root: ParentNode, baseUrl: string): void {
  for (const link of [...root.querySelectorAll('a')]) {
    const href = safeLink(link.getAttribute('href'), baseUrl);
    if (!href) {
      link.replaceWith(...link.childNodes);
      continue;
    }
    for (const name of link.getAttributeNames()) link.removeAttribute(name);
    link.setAttribute('href', href);
    const url = new URL(href);
    if (url.protocol.startsWith('http') && url.origin !== location.origin) {
      link.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

/** A feed answer with markup, sanitised to the allow-list, as nodes owned by this document. */
export function sanitiseAnswer(purify: DOMPurify, html: string, baseUrl: string): DocumentFragment {
  const dirty = purify.sanitize(html, {
    ALLOWED_TAGS: [...ANSWER_TAGS],
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  const fragment = document.importNode(dirty, true);
  secureLinks(fragment, baseUrl);
  return fragment;
}

/** A plain-text answer: paragraphs at blank lines, line breaks kept. */
export function textAnswer(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const paragraph of text.trim().split(/\n\s*\n/)) {
    const p = document.createElement('p');
    paragraph.split('\n').forEach((line, index) => {
      if (index > 0) p.append(document.createElement('br'));
      p.append(line);
    });
    fragment.append(p);
  }
  return fragment;
}

/** Copies a light-DOM `<details>` answer (everything but its `<summary>`), without scripts. */
export function cloneLightAnswer(details: HTMLDetailsElement): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const node of details.childNodes) {
    if (node instanceof HTMLElement && node.localName === 'summary') continue;
    fragment.append(node.cloneNode(true));
  }
  for (const script of fragment.querySelectorAll('script')) script.remove();
  return fragment;
}

/** Wraps every match of `terms` in the text nodes under `root` in a `<mark>`. */
export function highlightText(root: Node, terms: readonly string[]): void {
  if (terms.length === 0) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const parts = highlightParts(text.data, terms);
    if (!parts.some((part) => part.match)) continue;
    text.replaceWith(
      ...parts.map((part) => {
        if (!part.match) return part.text;
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
  }
}

const SCHEMA_TAGS = new Set(['p', 'a', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'br']);
const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An answer as the HTML subset search engines accept in FAQPage answers (links, lists,
 * paragraphs, emphasis), built by walking nodes: any other element contributes its text.
 */
export function schemaAnswerHtml(root: Node): string {
  let out = '';
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out += escapeText(node.textContent ?? '');
    } else if (node instanceof Element) {
      const tag = node.localName;
      if (['script', 'style', 'template'].includes(tag)) continue;
      const inner = schemaAnswerHtml(node);
      if (!SCHEMA_TAGS.has(tag)) {
        out += inner;
      } else if (tag === 'br') {
        out += '<br>';
      } else if (tag === 'a') {
        const href = safeLink(node.getAttribute('href'), document.baseURI);
        out += href ? `<a href="${escapeText(href)}">${inner}</a>` : inner;
      } else {
        out += `<${tag}>${inner}</${tag}>`;
      }
    }
  }
  return out.trim();
}
