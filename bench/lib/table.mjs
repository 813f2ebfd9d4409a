// The results table, for the terminal and for docs/performance.md.

const number = (value, unit) => {
  if (!Number.isFinite(value)) return '–';
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'score') return String(Math.round(value));
  if (unit === 'CLS') return value.toFixed(3);
  if (unit === 'signups' || unit === 'timers')
    return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
};

const cells = (row) => [
  row.section,
  row.metric,
  row.unit,
  number(row.median, row.unit),
  number(row.min, row.unit),
  number(row.max, row.unit),
  String(row.runs),
];

const HEAD = ['section', 'figure', 'unit', 'median', 'min', 'max', 'runs'];

export function printTable(rows) {
  if (!rows.length) {
    console.log('(no figures)');
    return;
  }
  const table = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const right = new Set([3, 4, 5, 6]);
  const line = (r) =>
    r.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(HEAD));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(line(r));
}

export function markdownTable(rows) {
  const escape = (text) => text.replaceAll('|', '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${cells(r).map(escape).join(' | ')} |`),
  ].join('\n');
}
