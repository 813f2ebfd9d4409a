// `npm run docs:tables`: rewrites the generated tables in docs/*.md from their sources, so the
// docs cannot drift from the code:
//   <!-- tables:tokens -->      the --dauys-* tokens and their light/dark defaults (core/theme.ts,
//                               core/status-styles.ts)
//   <!-- tables:parts -->       every widget's CSS parts and custom properties (custom-elements.json)
//   <!-- tables:api TAG -->     one element's attributes, properties, events, slots (custom-elements.json)
// Each marker is closed by `<!-- /tables -->`; the text between is replaced. `--check` changes
// nothing and exits 1 when a table is out of date. Run `npm run manifest -w @dauys/widgets` first.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const manifestFile = join(root, 'packages/widgets/custom-elements.json');
if (!existsSync(manifestFile)) {
  console.error('docs-tables: run `npm run manifest -w @dauys/widgets` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const table = (header, rows) =>
  rows.length
    ? [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n')
    : '';

/** What each global token is for (the values come from theme.ts). */
const tokenUse = {
  'font-family': 'Font of every widget (default: inherited from the page)',
  'color-text': 'Body text',
  'color-text-muted': 'Secondary text: hints, dates, counts',
  'color-surface': 'Background of widgets, cards and inputs',
  'color-surface-alt': 'Background of notices, open questions, countdown cards',
  'color-border': 'Borders and separators',
  'color-border-strong': 'Borders of inputs and controls (3:1 against the surface)',
  'color-accent': 'Links, buttons, numbers, the brand colour',
  'color-on-accent': 'Text on accent-coloured buttons',
  'color-accent-soft': 'Hover and selected backgrounds, badges',
  'color-danger': 'Errors',
  'color-danger-soft': 'Background of error notices',
  'color-success': 'Confirmation',
  'color-success-soft': 'Background of success notices',
  'color-warning': 'Warnings (e.g. an old copy of a feed)',
  'color-warning-soft': 'Background of warnings',
  'color-highlight': 'Search matches (`<mark>`)',
  'color-focus': 'Keyboard focus ring',
  radius: 'Corner radius of boxes, buttons and inputs',
  'touch-target': 'Minimum height of buttons and inputs',
  duration: 'Length of transitions (none under reduced motion)',
};
const spaceUse = { 'space-': 'Spacing scale', 'font-size-': 'Type scale' };

function tokens() {
  // The tokens every widget has (theme.ts), then the status colours (status-styles.ts).
  const theme = ['theme.ts', 'status-styles.ts']
    .map((file) => readFileSync(join(root, 'packages/widgets/src/core', file), 'utf8'))
    .join('\n');
  const rows = [];
  for (const [, name, fallback] of theme.matchAll(/--_[\w-]+:\s*var\((--dauys-[\w-]+),\s*([^;]+)\);/g)) {
    const pair = /^light-dark\((.+),\s*(.+)\)$/.exec(fallback.trim());
    const key = name.slice('--dauys-'.length);
    const use =
      tokenUse[key] ?? Object.entries(spaceUse).find(([prefix]) => key.startsWith(prefix))?.[1] ?? '';
    const code = (value) => `\`${value.trim()}\``;
    rows.push([code(name), use, code(pair ? pair[1] : fallback), pair ? code(pair[2]) : 'same']);
  }
  // The font, the colours (the status colours come from the second file), then sizes and timing.
  const rank = ([token]) =>
    token.startsWith('`--dauys-font-family') ? 0 : token.startsWith('`--dauys-color-') ? 1 : 2;
  return table(
    ['Token', 'Used for', 'Light', 'Dark'],
    rows.toSorted((a, b) => rank(a) - rank(b)),
  );
}

function parts() {
  return elements
    .map((el) =>
      [
        `### \`<${el.tagName}>\``,
        table(
          ['Part', 'What it is'],
          (el.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]),
        ) || 'No parts.',
        table(
          ['Custom property', 'What it sets'],
          (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description]),
        ) || 'No custom properties of its own.',
      ].join('\n\n'),
    )
    .join('\n\n');
}

function api(tag) {
  const el = elements.find((e) => e.tagName === tag);
  if (!el) throw new Error(`docs-tables: <${tag}> is not in custom-elements.json`);
  const type = (t) => (t?.text ? `\`${t.text}\`` : '');
  const attributes = new Set((el.attributes ?? []).map((a) => a.fieldName));
  const sections = [
    [
      'Attributes',
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        (el.attributes ?? []).map((a) => [
          `\`${a.name}\``,
          a.fieldName ? `\`${a.fieldName}\`` : '',
          type(a.type),
          a.default ? `\`${a.default}\`` : '',
          a.description,
        ]),
      ),
    ],
    [
      'Properties without an attribute',
      table(
        ['Property', 'Type', 'Description'],
        (el.members ?? [])
          .filter((m) => m.kind === 'field' && !attributes.has(m.name))
          .map((m) => [
            `\`${m.name}\``,
            type(m.type),
            `${m.readonly ? '(read only) ' : ''}${m.description ?? ''}`,
          ]),
      ),
    ],
    [
      'Methods',
      table(
        ['Method', 'Description'],
        (el.members ?? []).filter((m) => m.kind === 'method').map((m) => [`\`${m.name}()\``, m.description]),
      ),
    ],
    [
      'Events',
      table(
        ['Event', 'Description'],
        (el.events ?? []).map((e) => [`\`${e.name}\``, e.description]),
      ),
    ],
    [
      'Slots',
      table(
        ['Slot', 'Description'],
        (el.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]),
      ),
    ],
  ];
  return sections
    .filter(([, body]) => body)
    .map(([title, body]) => `#### ${title}\n\n${body}`)
    .join('\n\n');
}

const check = process.argv.includes('--check');
const docsDir = join(root, 'docs');
let stale = 0;
for (const file of readdirSync(docsDir).filter((f) => f.endsWith('.md'))) {
  const path = join(docsDir, file);
  const text = readFileSync(path, 'utf8');
  const replaced = text.replace(
    /(<!-- tables:(\w+)(?: ([\w-]+))? -->\n)[\s\S]*?(<!-- \/tables -->)/g,
    (_all, open, kind, arg, close) => {
      const body =
        kind === 'tokens' ? tokens() : kind === 'parts' ? parts() : kind === 'api' ? api(arg) : null;
      if (body === null) throw new Error(`docs-tables: unknown table "${kind}" in docs/${file}`);
      return `${open}\n${body}\n\n${close}`;
    },
  );
  // Formatted as `npm run format` would, so `prettier --check` and `--check` here agree.
  const options = (await prettier.resolveConfig(path)) ?? {};
  const next = replaced === text ? text : await prettier.format(replaced, { ...options, filepath: path });
  if (next === text) continue;
  stale++;
  if (check) console.error(`docs-tables: docs/${file} is out of date; run npm run docs:tables`);
  else {
    writeFileSync(path, next);
    console.log(`docs-tables: updated docs/${file}`);
  }
}
if (check && stale) process.exit(1);
