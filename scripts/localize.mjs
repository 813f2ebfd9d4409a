// `npm run localize [scope…]`: extracts msg() calls of each widget (and the shared core) into
// packages/widgets/xliff/<scope>/{kk,ru}.xlf, then builds the runtime locale modules
// src/<scope>/locales/{kk,ru}.ts. One pair per widget keeps single-widget bundles small.
// `--check` fails when a message has no Kazakh or Russian translation.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const widgetsDir = 'packages/widgets';
const allScopes = readdirSync(join(widgetsDir, 'lit-localize')).map((f) => f.replace(/\.json$/, ''));
const args = process.argv.slice(2);
const check = args.includes('--check');
const scopes = args.filter((a) => !a.startsWith('--'));
const selected = scopes.length ? scopes : allScopes;

if (check) {
  let missing = 0;
  for (const scope of selected) {
    for (const locale of ['kk', 'ru']) {
      const file = join(widgetsDir, 'xliff', scope, `${locale}.xlf`);
      if (!existsSync(file)) continue;
      const xml = readFileSync(file, 'utf8');
      for (const unit of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
        if (!/<target[\s>]/.test(unit[2])) {
          console.error(`missing ${locale} translation: ${scope} ${unit[1]}`);
          missing++;
        }
      }
    }
  }
  if (missing) {
    console.error(`${missing} message(s) untranslated: add <target> in packages/widgets/xliff.`);
    process.exit(1);
  }
  console.log('localize: every message has kk and ru translations');
} else {
  const bin = join('node_modules', '@lit', 'localize-tools', 'bin', 'lit-localize.js');
  for (const scope of selected) {
    const config = join(widgetsDir, 'lit-localize', `${scope}.json`);
    for (const command of ['extract', 'build']) {
      execFileSync(process.execPath, [bin, command, '--config', config], { stdio: 'inherit' });
      if (scope !== 'core') dropForeignMessages(scope);
      if (command === 'build') importStrTagDirectly(scope);
      if (command === 'build' && scope === 'core') splitSilenceMessages();
    }
  }
}

// lit-localize also extracts the messages of imported modules (core's notices): a widget's
// files keep only its own `<scope>.` ids, so it never registers untranslated copies of core's.
function dropForeignMessages(scope) {
  const own = (id) => id.startsWith(`${scope}.`);
  for (const locale of ['kk', 'ru']) {
    const xliff = join(widgetsDir, 'xliff', scope, `${locale}.xlf`);
    if (existsSync(xliff)) {
      const xml = readFileSync(xliff, 'utf8').replace(
        /\s*<trans-unit id="([^"]+)"[^>]*>[\s\S]*?<\/trans-unit>/g,
        (unit, id) => (own(id) ? unit : ''),
      );
      writeFileSync(xliff, xml);
    }
    const module = join(widgetsDir, 'src', scope, 'locales', `${locale}.ts`);
    if (existsSync(module)) {
      const source = readFileSync(module, 'utf8').replace(
        /^\s*'([^']+)': (?:str)?`(?:[^`\\]|\\.)*`,\n/gm,
        (entry, id) => (own(id) ? entry : ''),
      );
      writeFileSync(module, source);
    }
  }
}

// The generated modules import `str` from the package entry, which also brings lit-localize's
// page-global runtime into every bundle; Dauys uses its own per-element lookup (core/i18n.ts).
function importStrTagDirectly(scope) {
  for (const locale of ['kk', 'ru']) {
    const module = join(widgetsDir, 'src', scope, 'locales', `${locale}.ts`);
    if (!existsSync(module)) continue;
    const source = readFileSync(module, 'utf8');
    writeFileSync(
      module,
      source.replace(
        "import {str} from '@lit/localize';",
        "import {str} from '@lit/localize/internal/str-tag.js';",
      ),
    );
  }
}

// Core's catalogue serves two groups of widgets: the feed notices (FAQ, event finder) and the
// campaign-silence notice (volunteer form, event finder). Its silence messages go to their own
// modules (locales/silence-<locale>.ts, registered by core/silence-notice.ts), so a widget
// carries only the core texts it can show.
function splitSilenceMessages() {
  for (const locale of ['kk', 'ru']) {
    const module = join(widgetsDir, 'src', 'core', 'locales', `${locale}.ts`);
    const silence = [];
    const rest = readFileSync(module, 'utf8').replace(
      /^\s*'(core\.silence[^']*)': (?:str)?`(?:[^`\\]|\\.)*`,\n/gm,
      (entry) => {
        silence.push(entry.trim());
        return '';
      },
    );
    const header = rest.slice(0, rest.indexOf('export const templates'));
    const body = rest.slice(header.length);
    // The str import stays only where a message still uses it (tsc rejects unused imports).
    writeFileSync(
      module,
      body.includes('str`') ? rest : header.replace(/^\s*import \{str\}.*\n/m, '\n') + body,
    );
    writeFileSync(
      join(widgetsDir, 'src', 'core', 'locales', `silence-${locale}.ts`),
      `${header}export const templates = {\n${silence.join('\n')}\n};\n`,
    );
  }
}
