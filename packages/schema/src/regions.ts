import type { Locale } from './locale.js';
import { regionIdsByName, regionName, type RegionId } from './region-names.js';

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
  lat: number,
  lon: number,
): Region => ({
  id,
  iso,
  kind,
  name: { kk: regionName(id, 'kk'), ru: regionName(id, 'ru'), en: regionName(id, 'en') },
  centre: { kk: centre[0], ru: centre[1], en: centre[2] },
  centreLocation: { lat, lon },
});

/** The 20 first-level divisions of Kazakhstan: three cities, then the oblasts by ISO code. */
export const REGIONS: readonly Region[] = [
  region('astana', 'KZ-71', 'city', ['Астана', 'Астана', 'Astana'], 51.1694, 71.4491),
  region('almaty', 'KZ-75', 'city', ['Алматы', 'Алматы', 'Almaty'], 43.2389, 76.8897),
  region('shymkent', 'KZ-79', 'city', ['Шымкент', 'Шымкент', 'Shymkent'], 42.3417, 69.5901),
  region('abai', 'KZ-10', 'oblast', ['Семей', 'Семей', 'Semey'], 50.4111, 80.2275),
  region('akmola', 'KZ-11', 'oblast', ['Көкшетау', 'Кокшетау', 'Kokshetau'], 53.2833, 69.3833),
  region('aktobe', 'KZ-15', 'oblast', ['Ақтөбе', 'Актобе', 'Aktobe'], 50.2839, 57.167),
  region('almaty-region', 'KZ-19', 'oblast', ['Қонаев', 'Конаев', 'Konaev'], 43.8667, 77.0667),
  region('atyrau', 'KZ-23', 'oblast', ['Атырау', 'Атырау', 'Atyrau'], 47.1167, 51.8833),
  region('west-kazakhstan', 'KZ-27', 'oblast', ['Орал', 'Уральск', 'Oral'], 51.2333, 51.3667),
  region('jambyl', 'KZ-31', 'oblast', ['Тараз', 'Тараз', 'Taraz'], 42.9, 71.3667),
  region('jetisu', 'KZ-33', 'oblast', ['Талдықорған', 'Талдыкорган', 'Taldykorgan'], 45.0156, 78.3739),
  region('karaganda', 'KZ-35', 'oblast', ['Қарағанды', 'Караганда', 'Karaganda'], 49.8047, 73.1094),
  region('kostanay', 'KZ-39', 'oblast', ['Қостанай', 'Костанай', 'Kostanay'], 53.2144, 63.6246),
  region('kyzylorda', 'KZ-43', 'oblast', ['Қызылорда', 'Кызылорда', 'Kyzylorda'], 44.8488, 65.4823),
  region('mangystau', 'KZ-47', 'oblast', ['Ақтау', 'Актау', 'Aktau'], 43.65, 51.15),
  region('pavlodar', 'KZ-55', 'oblast', ['Павлодар', 'Павлодар', 'Pavlodar'], 52.2833, 76.9667),
  region('north-kazakhstan', 'KZ-59', 'oblast', ['Петропавл', 'Петропавловск', 'Petropavl'], 54.8667, 69.15),
  region('turkistan', 'KZ-61', 'oblast', ['Түркістан', 'Туркестан', 'Turkistan'], 43.3, 68.25),
  region('ulytau', 'KZ-62', 'oblast', ['Жезқазған', 'Жезказган', 'Zhezkazgan'], 47.7833, 67.7),
  region('east-kazakhstan', 'KZ-63', 'oblast', ['Өскемен', 'Усть-Каменогорск', 'Oskemen'], 49.9483, 82.6279),
];

const byId = new Map<string, Region>(REGIONS.map((r) => [r.id, r]));

export function regionById(id: string): Region | undefined {
  return byId.get(id);
}

/** Regions sorted by their name in `locale`, as a person scans a list (Kazakh alphabet order via Intl). */
export function regionsByName(locale: Locale): Region[] {
  return regionIdsByName(locale).map((id) => byId.get(id)!);
}
