// Minifies the static text of Lit's tagged templates in TypeScript sources, for the CDN build
// (npm consumers' own bundlers decide for themselves). Conservative on purpose, and `${…}`
// expressions are left exactly as written:
// - `css`: comments go, whitespace runs become one space, and the spaces next to `{ } ; , :`
//   that CSS never needs go too (never the space *before* a colon: `a ::slotted(b)` is a
//   descendant combinator). Quoted strings (`content: '✓ '`) stay as written.
// - `html` and `svg`: a run of whitespace that holds a line break (source indentation) becomes
//   one space, which is what the browser renders for it anyway. Nothing else changes, so spaces
//   between inline elements and words stay. Unsafe only for text shown pre-formatted (`<pre>`,
//   `<textarea>`, `white-space: pre*`), which the widgets never put in a template's static text.
import ts from 'typescript';

/** Minifies one piece of CSS text (a static part of a template, between expressions). */
export function minifyCss(text, { atStart = true, atEnd = true } = {}) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
      if (!/\s$/.test(out)) out += ' ';
    } else if (/\s/.test(ch)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (!out.endsWith(' ')) out += ' ';
    } else {
      out += ch;
      i++;
    }
  }
  // Spaces around braces, semicolons and commas, and after colons, carry no meaning.
  out = out
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
  if (atStart) out = out.replace(/^ /, '');
  if (atEnd) out = out.replace(/ $/, '');
  return out;
}

/** Minifies one piece of HTML or SVG template text: source line breaks and indentation. */
export function minifyMarkup(text) {
  return text.replace(/[ \t]*\r?\n\s*/g, ' ');
}

const minifiers = {
  css: (raw, index, count) => minifyCss(raw, { atStart: index === 0, atEnd: index === count - 1 }),
  html: minifyMarkup,
  svg: minifyMarkup,
};

/** Returns `code` with the static text of every `css`, `html` and `svg` template minified (or null if none). */
export function minifyTemplates(code, fileName) {
  if (!/\b(css|html|svg)`/.test(code)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    const minify =
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      Object.hasOwn(minifiers, node.tag.text)
        ? minifiers[node.tag.text]
        : undefined;
    if (minify) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      parts.forEach((part, index) => {
        // Raw text between the delimiters: ` … ` or ` … ${, } … ${, } … `.
        const start = part.getStart(source) + 1;
        const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const raw = code.slice(start, end);
        const minified = minify(raw, index, parts.length);
        if (minified !== raw) edits.push({ start, end, text: minified });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let result = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}
