/**
 * CSV as spreadsheets write and read it (RFC 4180): comma separated, CRLF line ends, fields with
 * a comma, quote or line break wrapped in double quotes, quotes doubled.
 */

/** The byte order mark that makes Excel read a CSV file as UTF-8 (Kazakh and Russian text). */
export const UTF8_BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet treat a cell as a formula (CSV/formula injection, OWASP):
 * such cells get a leading apostrophe so they show as text and never run.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The separator between cells: a comma (RFC 4180), or a semicolon, which Excel expects when the
 * system's list separator is `;` (Russian and Kazakh Windows): there a comma-separated file
 * opens with every row in column A.
 */
export type CsvSeparator = ',' | ';';

/** One cell, quoted when it needs to be and defused when it could run as a formula. */
export function csvCell(value: unknown, separator: CsvSeparator = ','): string {
  let text = value == null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  const special = /["\r\n]/.test(text) || text.includes(separator) || text !== text.trim();
  return special ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV lines, each ending in CRLF: a piece of a document that `csvStart` began. */
export function csvLines(rows: Iterable<readonly unknown[]>, separator: CsvSeparator = ','): string {
  let text = '';
  for (const row of rows) text += `${row.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`;
  return text;
}

/** The start of a CSV document written piece by piece: BOM and header row. */
export function csvStart(header: readonly string[], separator: CsvSeparator = ','): string {
  return `${UTF8_BOM}${csvLines([header], separator)}`;
}

/** A whole CSV document: BOM, header row, CRLF after every row. */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly unknown[]>,
  separator: CsvSeparator = ',',
): string {
  return csvStart(header, separator) + csvLines(rows, separator);
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Parses CSV text into rows of strings. Accepts a BOM, CRLF or LF line ends, quoted fields with
 * commas, doubled quotes and line breaks; a semicolon-separated file (what Excel writes in
 * locales with a decimal comma, Russian included) is recognised from its header line.
 * Fully empty lines are skipped.
 */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(UTF8_BOM) ? input.slice(1) : input;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = text[i + 1];
          if (next !== undefined && next !== separator && next !== '\r' && next !== '\n') {
            throw new CsvSyntaxError(`unexpected character after a closing quote`, line);
          }
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === separator) {
      row.push(field);
      field = '';
      fieldStarted = false;
    } else if (char === '\r' && text[i + 1] === '\n') {
      // CRLF: the \n ends the row.
    } else if (char === '\n' || char === '\r') {
      endRow();
      line++;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvSyntaxError('a quoted field is not closed', line);
  if (field !== '' || row.length) endRow();
  return rows;
}
