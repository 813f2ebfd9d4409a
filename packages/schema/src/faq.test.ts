import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseItems } from './validation.js';
import { faqEntrySchema, parseFaqEntries, parseFaqFeed } from './faq.js';

/** JSON-like text that tells a missing key from one set to undefined. */
const exact = (value: unknown) =>
  JSON.stringify(value, (_key, item: unknown) => (item === undefined ? '<undefined>' : item));

const long = (n: number) => 'ж'.repeat(n);
const TEXTS = ['', '  ', 'Q', ' Сұрақ ', long(100), long(101), long(500), ` ${long(500)} `, long(501)];
const LOCALISED = [
  undefined,
  null,
  5,
  true,
  [],
  {},
  new Date(0),
  ...TEXTS,
  { kk: 'Қашан?' },
  { kk: ' a ', ru: 'б', en: 'c' },
  { kk: '', ru: 'x' },
  { kk: 'x', ru: '' },
  { kk: 5 },
  { kk: 5, ru: 6 },
  { kk: '', ru: 5 },
  { kk: undefined },
  { kk: undefined, ru: 'x' },
  { de: 'x' },
  { kk: 'x', de: 'y' },
  { kk: long(501) },
  { kk: null },
  { en: '   ' },
  Object.assign(Object.create(null), { ru: 'без прототипа' }),
];
const IDS = [
  undefined,
  null,
  7,
  '',
  '  ',
  'a',
  ' ab ',
  'a b',
  '-a',
  '_a',
  'a_b-1',
  'x'.repeat(100),
  'x'.repeat(101),
  'ж',
];

/** A deterministic mix of good and bad entries (a tiny LCG, so a failure can be replayed). */
function fuzzedEntries(count: number, seed: number): unknown[] {
  let state = seed;
  const pick = <T>(list: readonly T[]): T => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return list[(state >>> 8) % list.length];
  };
  const entries: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const good = pick([true, false]);
    const entry: Record<string, unknown> = {
      id: good ? `e${i}` : pick(IDS),
      question: good ? pick(['Q', { kk: 'С', ru: 'В' }]) : pick(LOCALISED),
      answer: good ? '<p>A</p>' : pick(LOCALISED),
      extra: 'dropped',
    };
    if (pick([true, false]))
      entry.category = good ? pick(['Сайлау', { ru: 'Выборы' }, undefined]) : pick(LOCALISED);
    if (!good && pick([0, 1, 2, 3, 4, 5]) === 0) delete entry[pick(['id', 'question', 'answer'])];
    entries.push(!good && pick([0, 1, 2, 3, 4, 5, 6, 7]) === 0 ? pick([null, 5, 'x', [], entry]) : entry);
  }
  return entries;
}

/** The widgets' reader and the valibot schema (what the hub imports with) must agree exactly. */
function assertSameAsSchema(raw: unknown[]) {
  const ours = parseFaqEntries(raw);
  assert.equal(exact(ours), exact(parseItems(faqEntrySchema, raw)));
  return ours;
}

describe('FAQ entries without valibot', () => {
  it('agree with the schema on every listed value of every field', () => {
    const base = { id: 'a', question: 'Q', answer: 'A' };
    for (const value of LOCALISED) {
      for (const field of ['question', 'answer', 'category'])
        assertSameAsSchema([{ ...base, [field]: value }]);
    }
    for (const id of IDS) assertSameAsSchema([{ ...base, id }]);
    assertSameAsSchema([null, 5, 'x', [], {}, new Date(0), Object.create(null), { question: 'Q' }]);
  });

  it('agree with the schema on fuzzed feeds', () => {
    for (const seed of [1, 7, 42, 2026]) {
      const result = assertSameAsSchema(fuzzedEntries(1500, seed));
      assert.ok(result.items.length > 300, `seed ${seed}: ${result.items.length} kept`);
      assert.ok(result.skipped.length > 300, `seed ${seed}: ${result.skipped.length} skipped`);
    }
  });

  it('reads a v1 feed and refuses anything else', () => {
    const feed = parseFaqFeed({
      version: 1,
      entries: [{ id: ' a ', question: { ru: ' В ' }, answer: 'A', x: 1 }],
    });
    assert.deepEqual(feed, {
      version: 1,
      entries: [{ id: 'a', question: { ru: 'В' }, answer: 'A' }],
      skipped: [],
    });
    for (const bad of [null, [], { entries: [] }, { version: 2, entries: [] }, { version: 1, entries: {} }]) {
      assert.throws(() => parseFaqFeed(bad), /Not a Dauys FAQ feed/);
    }
  });
});
