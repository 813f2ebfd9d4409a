import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CsvSyntaxError, csvCell, parseCsv, toCsv, UTF8_BOM } from './csv.js';
import { normaliseColumn, sniffFormat } from './import.js';

describe('csvCell', () => {
  test('plain text stays as it is', () => {
    assert.equal(csvCell('Астана'), 'Астана');
    assert.equal(csvCell(''), '');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(42), '42');
  });

  test('commas, quotes and line breaks are quoted (RFC 4180)', () => {
    assert.equal(csvCell('Иванов, Пётр'), '"Иванов, Пётр"');
    assert.equal(csvCell('say "сәлем"'), '"say ""сәлем"""');
    assert.equal(csvCell('a\r\nb'), '"a\r\nb"');
    assert.equal(csvCell(' padded '), '" padded "');
  });

  test('cells a spreadsheet would run as formulas get a leading apostrophe', () => {
    assert.equal(csvCell('=1+2'), "'=1+2");
    assert.equal(csvCell('+77011234567'), "'+77011234567");
    assert.equal(csvCell('-5'), "'-5");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\t=cmd'), "'\t=cmd");
    assert.equal(csvCell('\r=cmd'), `"'\r=cmd"`);
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('a=b'), 'a=b', 'only a leading character matters');
  });
});

describe('toCsv / parseCsv', () => {
  test('round trip with BOM, CRLF and every awkward value', () => {
    const rows = [
      ['Нұрлан "Нұрик"', 'Алматы, Медеу', 'line 1\nline 2'],
      ['Өскемен', '', 'ok'],
    ];
    const text = toCsv(['name', 'place', 'note'], rows);
    assert.ok(text.startsWith(UTF8_BOM));
    assert.ok(text.endsWith('\r\n'));
    assert.deepEqual(parseCsv(text), [['name', 'place', 'note'], ...rows]);
  });

  test('semicolon separated: cells holding a semicolon are quoted, commas need not be', () => {
    const rows = [['Алматы, Медеу', 'Встреча; вечер', '+77010000001']];
    const text = toCsv(['place', 'note', 'phone'], rows, ';');
    assert.equal(text, `${UTF8_BOM}place;note;phone\r\nАлматы, Медеу;"Встреча; вечер";'+77010000001\r\n`);
    assert.deepEqual(parseCsv(text), [
      ['place', 'note', 'phone'],
      ['Алматы, Медеу', 'Встреча; вечер', "'+77010000001"],
    ]);
  });

  test('reads LF files, a missing final newline, empty lines and empty cells', () => {
    assert.deepEqual(parseCsv('a,b\n1,\n\n,2'), [
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
    ]);
  });

  test('reads semicolon files as Excel writes them in ru/kk locales', () => {
    assert.deepEqual(parseCsv('id;title_ru\r\nx;"Встреча; вечер"\r\n'), [
      ['id', 'title_ru'],
      ['x', 'Встреча; вечер'],
    ]);
  });

  test('an unclosed quote or junk after a closing quote is a syntax error with its line', () => {
    assert.throws(
      () => parseCsv('a,b\n"open,1\n'),
      (error: unknown) => error instanceof CsvSyntaxError,
    );
    assert.throws(
      () => parseCsv('a,b\n1,2\n"x"y,3\n'),
      (error: unknown) => error instanceof CsvSyntaxError && error.line === 3,
    );
  });
});

describe('import helpers', () => {
  test('column names are normalised the way people type them', () => {
    assert.equal(normaliseColumn('Title (KK)'), 'title_kk');
    assert.equal(normaliseColumn(' title-ru '), 'title_ru');
    assert.equal(normaliseColumn('onlineUrl'), 'online_url');
    assert.equal(normaliseColumn('updated_at'), 'updated_at');
  });

  test('format sniffing', () => {
    assert.equal(sniffFormat('{"version":1}'), 'json');
    assert.equal(sniffFormat(`${UTF8_BOM}  [ ]`), 'json');
    assert.equal(sniffFormat('id,type\n'), 'csv');
  });
});
