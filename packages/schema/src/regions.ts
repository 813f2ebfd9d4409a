import type { Locale } from './locale.js';
import { REGION_CENTRES } from './region-centres.js';
import { regionIdsByName, regionName, type RegionId } from './region-names.js';

export * from './region-centres.js';
export * from './region-names.js';

export interface Region {
  id: RegionId;
  /** ISO 3166-2 code (numeric since the ISO update of 2022-11-29). */
  iso: string;
  /** Cities of republican significance, or oblasts. */
  kind: 'city' | 'oblast';
  name: Record<Locale, string>;
  /** The administrative centre. */
  centre: Record<Locale, string>;
  /** Where the centre is, for distances when an event has no location of its own. */
  centreLocation: { lat: number; lon: number };
}

const region = (
  id: RegionId,
  iso: string,
  kind: Region['kind'],
  centre: [kk: string, ru: string, en: string],
): Region => ({
  id,
  iso,
  kind,
  name: { kk: regionName(id, 'kk'), ru: regionName(id, 'ru'), en: regionName(id, 'en') },
  centre: { kk: centre[0], ru: centre[1], en: centre[2] },
  centreLocation: REGION_CENTRES[id],
});

/** The 20 first-level divisions of Kazakhstan: three cities, then the oblasts by ISO code. */
export const REGIONS: readonly Region[] = [
  region('astana', 'KZ-71', 'city', ['Астана', 'Астана', 'Astana']),
  region('almaty', 'KZ-75', 'city', ['Алматы', 'Алматы', 'Almaty']),
  region('shymkent', 'KZ-79', 'city', ['Шымкент', 'Шымкент', 'Shymkent']),
  region('abai', 'KZ-10', 'oblast', ['Семей', 'Семей', 'Semey']),
  region('akmola', 'KZ-11', 'oblast', ['Көкшетау', 'Кокшетау', 'Kokshetau']),
  region('aktobe', 'KZ-15', 'oblast', ['Ақтөбе', 'Актобе', 'Aktobe']),
  region('almaty-region', 'KZ-19', 'oblast', ['Қонаев', 'Конаев', 'Konaev']),
  region('atyrau', 'KZ-23', 'oblast', ['Атырау', 'Атырау', 'Atyrau']),
  region('west-kazakhstan', 'KZ-27', 'oblast', ['Орал', 'Уральск', 'Oral']),
  region('jambyl', 'KZ-31', 'oblast', ['Тараз', 'Тараз', 'Taraz']),
  region('jetisu', 'KZ-33', 'oblast', ['Талдықорған', 'Талдыкорган', 'Taldykorgan']),
  region('karaganda', 'KZ-35', 'oblast', ['Қарағанды', 'Караганда', 'Karaganda']),
  region('kostanay', 'KZ-39', 'oblast', ['Қостанай', 'Костанай', 'Kostanay']),
  region('kyzylorda', 'KZ-43', 'oblast', ['Қызылорда', 'Кызылорда', 'Kyzylorda']),
  region('mangystau', 'KZ-47', 'oblast', ['Ақтау', 'Актау', 'Aktau']),
  region('pavlodar', 'KZ-55', 'oblast', ['Павлодар', 'Павлодар', 'Pavlodar']),
  region('north-kazakhstan', 'KZ-59', 'oblast', ['Петропавл', 'Петропавловск', 'Petropavl']),
  region('turkistan', 'KZ-61', 'oblast', ['Түркістан', 'Туркестан', 'Turkistan']),
  region('ulytau', 'KZ-62', 'oblast', ['Жезқазған', 'Жезказган', 'Zhezkazgan']),
  region('east-kazakhstan', 'KZ-63', 'oblast', ['Өскемен', 'Усть-Каменогорск', 'Oskemen']),
];

const byId = new Map<string, Region>(REGIONS.map((r) => [r.id, r]));

export function regionById(id: string): Region | undefined {
  return byId.get(id);
}

/** Regions sorted by their name in `locale`, as a person scans a list (Kazakh alphabet order via Intl). */
export function regionsByName(locale: Locale): Region[] {
  return regionIdsByName(locale).map((id) => byId.get(id)!);
}
