import type { Locale } from './locale.js';

// Region ids and names only: what a widget that lets people pick a region needs. The rest of
// each region (ISO code, administrative centre, coordinates) is in regions.ts.

export const REGION_IDS = [
  'astana',
  'almaty',
  'shymkent',
  'abai',
  'akmola',
  'aktobe',
  'almaty-region',
  'atyrau',
  'west-kazakhstan',
  'jambyl',
  'jetisu',
  'karaganda',
  'kostanay',
  'kyzylorda',
  'mangystau',
  'pavlodar',
  'north-kazakhstan',
  'turkistan',
  'ulytau',
  'east-kazakhstan',
] as const;

export type RegionId = (typeof REGION_IDS)[number];

/** Each region's name in kk, ru, en. */
const NAMES: Readonly<Record<RegionId, readonly [kk: string, ru: string, en: string]>> = {
  astana: ['Астана', 'Астана', 'Astana'],
  almaty: ['Алматы', 'Алматы', 'Almaty'],
  shymkent: ['Шымкент', 'Шымкент', 'Shymkent'],
  abai: ['Абай облысы', 'область Абай', 'Abai Region'],
  akmola: ['Ақмола облысы', 'Акмолинская область', 'Akmola Region'],
  aktobe: ['Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'],
  'almaty-region': ['Алматы облысы', 'Алматинская область', 'Almaty Region'],
  atyrau: ['Атырау облысы', 'Атырауская область', 'Atyrau Region'],
  'west-kazakhstan': ['Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'],
  jambyl: ['Жамбыл облысы', 'Жамбылская область', 'Jambyl Region'],
  jetisu: ['Жетісу облысы', 'область Жетісу', 'Jetisu Region'],
  karaganda: ['Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'],
  kostanay: ['Қостанай облысы', 'Костанайская область', 'Kostanay Region'],
  kyzylorda: ['Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'],
  mangystau: ['Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'],
  pavlodar: ['Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'],
  'north-kazakhstan': [
    'Солтүстік Қазақстан облысы',
    'Северо-Казахстанская область',
    'North Kazakhstan Region',
  ],
  turkistan: ['Түркістан облысы', 'Туркестанская область', 'Turkistan Region'],
  ulytau: ['Ұлытау облысы', 'область Ұлытау', 'Ulytau Region'],
  'east-kazakhstan': ['Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'],
};

const LOCALE_INDEX: Record<Locale, 0 | 1 | 2> = { kk: 0, ru: 1, en: 2 };

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && Object.hasOwn(NAMES, value);
}

/** The region's name in `locale`. */
export function regionName(id: RegionId, locale: Locale): string {
  return NAMES[id][LOCALE_INDEX[locale]];
}

const idsByName = new Map<Locale, readonly RegionId[]>();

/**
 * Region ids sorted by their name in `locale`, as a person scans a list (Kazakh alphabet order
 * via Intl). Sorted once per locale: a form renders its region list on every keystroke.
 */
export function regionIdsByName(locale: Locale): readonly RegionId[] {
  let ids = idsByName.get(locale);
  if (!ids) {
    const collator = new Intl.Collator(locale);
    ids = Object.freeze(
      [...REGION_IDS].sort((a, b) => collator.compare(regionName(a, locale), regionName(b, locale))),
    );
    idsByName.set(locale, ids);
  }
  return ids;
}
