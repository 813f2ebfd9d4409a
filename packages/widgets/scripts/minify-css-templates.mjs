// Minifies the static text of Lit `css` tagged templates in TypeScript sources, for the CDN
// build (npm consumers' own bundlers decide for themselves). Conservative on purpose: comments
// go, whitespace runs become one space, and the spaces next to `{ } ; , :` that CSS never needs
// go too (never the space *before* a colon: `a ::slotted(b)` is a descendant combinator).
// Quoted strings (`content: '✓ '`) and `${…}` expressions are left exactly as written.
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

/** Returns `code` with every `css\`…\`` template's static text minified (or null if none). */
export function minifyCssTemplates(code, fileName) {
  if (!code.includes('css`')) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      parts.forEach((part, index) => {
        // Raw text between the delimiters: ` … ` or ` … ${, } … ${, } … `.
        const start = part.getStart(source) + 1;
        const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const raw = code.slice(start, end);
        const minified = minifyCss(raw, { atStart: index === 0, atEnd: index === parts.length - 1 });
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
