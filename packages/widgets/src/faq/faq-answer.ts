import { highlightParts } from '../core/text-search.js';
import { safeUrl } from '../core/url.js';

/**
 * Answers as DOM. A feed answer's small HTML subset is read by a tokenizer that only ever
 * creates the allowed elements (createElement, createTextNode, one checked href): no string
 * reaches an HTML parser, so there is no HTML sink to sanitise for, nothing for Trusted Types
 * to allow, and nothing in the markup can become script. A light-DOM answer is the webmaster's
 * own markup and is cloned as nodes.
 */

/** The HTML a feed answer may hold; every other tag is dropped and its text kept. */
export const ANSWER_TAGS = ['p', 'a', 'ul', 'ol', 'li', 'strong', 'em', 'br'] as const;
const ALLOWED = new Set<string>(ANSWER_TAGS);
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;
/** Older spellings of the allowed emphasis. */
const ALIASES: Record<string, string> = { b: 'strong', i: 'em' };
/** Elements that separate words: a dropped one leaves a space, and readable text has one there. */
const BLOCKS =
  /^(?:p|li|ul|ol|br|div|h[1-6]|section|article|aside|header|footer|nav|blockquote|pre|hr|table|thead|tbody|tr|td|th|dl|dt|dd|form|fieldset|figure|figcaption|address|button|input|label)$/;

/** Elements whose content is code or embedded documents, never answer text: dropped whole. */
const DROPPED_WITH_CONTENT =
  /<(script|style|iframe|object|embed|svg|math|template|textarea|select|title|noscript|noembed|noframes|xmp)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an answer is likely to use; others stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()];
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : '\ufffd';
  });
}

/** An href resolved against `baseUrl` if it is http(s), mailto or tel; else undefined. */
export function safeLink(raw: string | null, baseUrl: string): string | undefined {
  if (raw === null) return undefined;
  try {
    return safeUrl(new URL(raw.trim(), baseUrl).href, LINK_PROTOCOLS);
  } catch {
    return undefined;
  }
}

function linkElement(href: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  const url = new URL(href);
  if (url.protocol.startsWith('http') && url.origin !== location.origin) link.rel = 'noopener noreferrer';
  return link;
}

/**
 * A feed answer with markup as nodes of the allow-list: p, a (http(s), mailto, tel; relative
 * links resolved against `baseUrl`, the feed's address; other sites get rel="noopener
 * noreferrer"), ul, ol, li, strong, em (b and i read as these), br. Other tags are dropped and
 * their text kept; a link that fails the check becomes its text.
 */
export function sanitiseAnswer(html: string, baseUrl: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  // Each open allowed tag, with the node its content goes into (its parent for a refused link).
  const stack: { name: string; node: ParentNode }[] = [];
  const current = () => stack.at(-1)?.node ?? fragment;
  const source = html.replace(COMMENT, '').replace(DROPPED_WITH_CONTENT, '');
  const addText = (text: string) => {
    if (text) current().append(decodeEntities(text));
  };
  let at = 0;
  for (const match of source.matchAll(TAG)) {
    addText(source.slice(at, match.index));
    at = match.index + match[0].length;
    const [, closing, rawName, attributes] = match;
    const lower = rawName.toLowerCase();
    const name = ALIASES[lower] ?? lower;
    if (!ALLOWED.has(name)) {
      // A dropped block (div, h4, td…) still separates words.
      if (BLOCKS.test(name)) current().append(' ');
      continue;
    }
    if (closing) {
      const open = stack.map((entry) => entry.name).lastIndexOf(name);
      if (open !== -1) stack.length = open;
      continue;
    }
    if (name === 'br') {
      current().append(document.createElement('br'));
      continue;
    }
    let node: ParentNode;
    if (name === 'a') {
      const raw = HREF.exec(attributes);
      const insideLink = stack.some((entry) => entry.name === 'a');
      const href =
        raw && !insideLink ? safeLink(decodeEntities(raw[1] ?? raw[2] ?? raw[3]), baseUrl) : undefined;
      node = href ? linkElement(href) : current();
    } else {
      node = document.createElement(name);
    }
    if (node !== current()) current().append(node as Node);
    stack.push({ name, node });
  }
  addText(source.slice(at));
  return fragment;
}

/** The text of an answer with a space between blocks (textContent glues "one.</p><p>Two"). */
export function readableText(root: Node): string {
  let out = '';
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
    else if (node instanceof Element && !['script', 'style', 'template'].includes(node.localName)) {
      const spaced = BLOCKS.test(node.localName);
      out += (spaced ? ' ' : '') + readableText(node) + (spaced ? ' ' : '');
    }
  }
  return out.replace(/\s+/g, ' ').trim();
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

/** The answer's tags and their older spellings (b, i), all of which search engines read. */
const SCHEMA_TAGS = new Set([...ANSWER_TAGS, ...Object.keys(ALIASES)]);
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
