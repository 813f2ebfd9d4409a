/**
 * Sample campaign events for tests, stories, benchmarks and the demo: deterministic (seeded),
 * valid against the v1 event contract, with real towns and villages in every region, and clearly
 * marked as sample data (ids `sample-…`, titles `Үлгі: …` / `Пример: …` / `Sample: …`, links on
 * the reserved `.example` domain) so nobody mistakes them for a real campaign's events.
 */
import type { CampaignEvent, EventFeed, EventStatus, EventType } from '../event.js';
import type { Localised } from '../locale.js';
import { REGIONS, regionById, type Region, type RegionId } from '../regions.js';
import { SAMPLE_PLACES, SAMPLE_STREETS, SAMPLE_VENUES, type SamplePlace } from './places.js';
import { prng } from './prng.js';

export { SAMPLE_PLACES, SAMPLE_STREETS, SAMPLE_VENUES, type SamplePlace } from './places.js';

/** Every sample link lives on this host (`.example` is reserved and never resolves). */
export const SAMPLE_ORIGIN = 'https://sample.dauys.example';
/** Every sample event id starts with this. */
export const SAMPLE_ID_PREFIX = 'sample-';
/** Prefix of every sample title, per language. */
export const SAMPLE_TITLE_PREFIX = { kk: 'Үлгі: ', ru: 'Пример: ', en: 'Sample: ' } as const;

export interface SampleEventOptions {
  /** How many events (0 or more). */
  count: number;
  /** Same seed, same options → the same events, byte for byte. Numbers or strings. Default 1. */
  seed?: number | string;
  /** The moment the sample is made around (an instant; required so output is reproducible). */
  now: Date | string | number;
  /** Only these regions (default all 20). Events are shared out by population. */
  regions?: readonly RegionId[];
  /** Kazakhstan days before `now` the first events may start (default 7: some are already past). */
  daysBefore?: number;
  /** Kazakhstan days after `now` the last events may start (default 60). */
  daysAfter?: number;
}

/** Is this one of ours? (id prefix and sample host). */
export function isSampleEvent(event: Pick<CampaignEvent, 'id'>): boolean {
  return event.id.startsWith(SAMPLE_ID_PREFIX);
}

/** Roughly how many people live in each region (millions, 2025), so Almaty gets more than Ulytau. */
const POPULATION: Record<RegionId, number> = {
  astana: 1.5,
  almaty: 2.3,
  shymkent: 1.3,
  abai: 0.6,
  akmola: 0.79,
  aktobe: 0.95,
  'almaty-region': 1.55,
  atyrau: 0.7,
  'west-kazakhstan': 0.69,
  jambyl: 1.2,
  jetisu: 0.7,
  karaganda: 1.13,
  kostanay: 0.83,
  kyzylorda: 0.84,
  mangystau: 0.8,
  pavlodar: 0.75,
  'north-kazakhstan': 0.53,
  turkistan: 2.1,
  ulytau: 0.22,
  'east-kazakhstan': 0.72,
};

type Triple = readonly [kk: string, ru: string, en: string];

const TITLES: Record<EventType, readonly Triple[]> = {
  meeting: [
    [
      'Конституциялық референдум туралы тұрғындармен кездесу',
      'Встреча с жителями о конституционном референдуме',
      "Residents' meeting on the constitutional referendum",
    ],
    [
      'Сұрақ-жауап кеші: Конституцияға енгізілетін өзгерістер',
      'Вечер вопросов и ответов: поправки в Конституцию',
      'Q&A evening: the constitutional amendments',
    ],
    [
      'Жастармен кездесу: дауыс беру неге маңызды',
      'Встреча с молодёжью: почему важно голосовать',
      'Meeting young voters: why your vote matters',
    ],
    ['Ардагерлермен әңгіме', 'Беседа с ветеранами', 'A talk with veterans'],
    ['Ауыл тұрғындарының жиыны', 'Сход жителей села', 'Village assembly'],
  ],
  'door-to-door': [
    ['Үйме-үй аралау', 'Поквартирный обход', 'Door-to-door canvassing'],
    [
      'Көршілермен әңгіме: аулаларды аралау',
      'Разговор с соседями: обход дворов',
      'Talking to neighbours: yard by yard',
    ],
  ],
  'info-stand': [
    ['Ақпараттық стенд', 'Информационный стенд', 'Information stand'],
    ['Үнпарақ тарату', 'Раздача листовок', 'Leaflet handout'],
    [
      'Ақпарат шатыры: референдум туралы сұрақтарға жауап',
      'Информационная палатка: ответы на вопросы о референдуме',
      'Info tent: your referendum questions answered',
    ],
  ],
  online: [
    [
      'Онлайн кездесу: бюллетеньді қалай толтыру керек',
      'Онлайн-встреча: как заполнить бюллетень',
      'Online meeting: how to fill in the ballot',
    ],
    ['Тікелей эфир: сарапшыларға сұрақ', 'Прямой эфир: вопросы экспертам', 'Live stream: ask the experts'],
  ],
  training: [
    ['Еріктілерге арналған тренинг', 'Тренинг для волонтёров', 'Volunteer training'],
    ['Байқаушыларды оқыту', 'Обучение наблюдателей', 'Observer training'],
    [
      'Үгітшілер мектебі: алғашқы сабақ',
      'Школа агитаторов: первое занятие',
      'Canvasser school: first session',
    ],
  ],
  other: [
    ['Еріктілер жиыны', 'Сбор волонтёров', 'Volunteer get-together'],
    ['Концерт және ақпараттық алаң', 'Концерт и информационная площадка', 'Concert and information area'],
  ],
};

const DESCRIPTION: Triple = [
  'Бұл үлгі деректер: нақты іс-шара емес. Dauys виджеттерін көрсету және тексеру үшін жасалған.',
  'Это пример данных, а не настоящее мероприятие. Создано для показа и проверки виджетов Dauys.',
  'This is sample data, not a real event. Made to show and test the Dauys widgets.',
];

/** Share of each type, in per mille (sums to 1000). */
const TYPE_WEIGHTS: readonly [EventType, number][] = [
  ['meeting', 300],
  ['info-stand', 250],
  ['door-to-door', 200],
  ['training', 100],
  ['online', 100],
  ['other', 50],
];

/** Local start hours (UTC+5) and length in minutes, per type. */
const SCHEDULE: Record<EventType, { hours: readonly number[]; minutes: readonly [number, number] }> = {
  meeting: { hours: [10, 11, 15, 16, 17, 18, 19], minutes: [90, 120] },
  'door-to-door': { hours: [10, 11, 12, 16, 17], minutes: [120, 180] },
  'info-stand': { hours: [9, 10, 11, 12, 14, 15], minutes: [180, 240] },
  online: { hours: [12, 19, 20, 21], minutes: [60, 90] },
  training: { hours: [10, 14, 18], minutes: [120, 180] },
  other: { hours: [11, 15, 17], minutes: [120, 180] },
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const KZ_OFFSET = 5 * HOUR;

/** A string seed as a 32-bit number (FNV-1a). */
function seedNumber(seed: number | string): number {
  if (typeof seed === 'number') return Math.trunc(seed) >>> 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-25T18:30:00+05:00` for a UTC instant, written in Kazakhstan time. */
function kzIso(instant: number): string {
  const d = new Date(instant + KZ_OFFSET);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+05:00`
  );
}

function toInstant(now: SampleEventOptions['now']): number {
  const instant = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(instant)) throw new RangeError(`generateSampleEvents: invalid now ${String(now)}`);
  return instant;
}

const localised = (triple: Triple, withEnglish = true): Localised =>
  withEnglish ? { kk: triple[0], ru: triple[1], en: triple[2] } : { kk: triple[0], ru: triple[1] };

/**
 * `count` sample events around `now`, the same for the same options. Past and future starts (so
 * "past events hidden" can be seen), about 5 % cancelled and 3 % postponed, a tenth online,
 * some without coordinates (address only) and some without English, as real feeds are.
 */
export function generateSampleEvents(options: SampleEventOptions): CampaignEvent[] {
  const { count, seed = 1, regions: only, daysBefore = 7, daysAfter = 60 } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('generateSampleEvents: count must be ≥ 0');
  const now = toInstant(options.now);
  const random = prng(seedNumber(seed));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

  const regions: Region[] = (only?.length ? only : REGIONS.map((r) => r.id)).map((id) => {
    const region = regionById(id);
    if (!region) throw new RangeError(`generateSampleEvents: unknown region ${id}`);
    return region;
  });
  const cumulative: number[] = [];
  let total = 0;
  for (const region of regions) cumulative.push((total += POPULATION[region.id]));
  const pickRegion = (): Region => {
    const x = random() * total;
    let i = 0;
    while (i < cumulative.length - 1 && cumulative[i] <= x) i++;
    return regions[i];
  };
  const pickType = (): EventType => {
    let x = random() * 1000;
    for (const [type, weight] of TYPE_WEIGHTS) if ((x -= weight) < 0) return type;
    return 'other';
  };

  // Kazakhstan midnight of the day `now` falls on; starts are spread over whole KZ days.
  const today = Math.floor((now + KZ_OFFSET) / DAY) * DAY - KZ_OFFSET;
  const firstDay = -Math.max(0, Math.floor(daysBefore));
  const lastDay = Math.max(0, Math.floor(daysAfter));
  const width = Math.max(6, String(count).length);

  const events: CampaignEvent[] = [];
  for (let index = 0; index < count; index++) {
    // Each region gets at least one event when there are enough, then by population.
    const region = count >= regions.length && index < regions.length ? regions[index] : pickRegion();
    const type = pickType();
    const places = SAMPLE_PLACES[region.id];
    // The centre holds about half of a region's events; the rest go to towns and villages.
    const placeOf: SamplePlace = random() < 0.5 ? places[0] : pick(places);

    // Weekends are busier: redraw a weekday once in three.
    let day = between(firstDay, lastDay);
    const weekday = new Date(today + KZ_OFFSET + day * DAY).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && random() < 0.33) day = between(firstDay, lastDay);
    const schedule = SCHEDULE[type];
    const startAt = today + day * DAY + pick(schedule.hours) * HOUR + (random() < 0.5 ? 0 : 30) * 60_000;
    const endAt = startAt + between(schedule.minutes[0] / 30, schedule.minutes[1] / 30) * 30 * 60_000;

    const withEnglish = random() >= 0.15;
    const title = pick(TITLES[type]);
    const id = `${SAMPLE_ID_PREFIX}${pad(index + 1, width)}`;
    const roll = random();
    const status: EventStatus = roll < 0.05 ? 'cancelled' : roll < 0.08 ? 'postponed' : 'scheduled';

    const event: CampaignEvent = {
      id,
      title: {
        kk: SAMPLE_TITLE_PREFIX.kk + title[0],
        ru: SAMPLE_TITLE_PREFIX.ru + title[1],
        ...(withEnglish ? { en: SAMPLE_TITLE_PREFIX.en + title[2] } : {}),
      },
      type,
      start: kzIso(startAt),
      end: kzIso(endAt),
      region: region.id,
      status,
      url: `${SAMPLE_ORIGIN}/events/${id}`,
      organizer: {
        name: {
          kk: `${region.name.kk}: штаб (үлгі)`,
          ru: `${region.name.ru}: штаб (пример)`,
          en: `${region.name.en}: headquarters (sample)`,
        },
        url: `${SAMPLE_ORIGIN}/hq/${region.id}`,
      },
      updatedAt: new Date(now - between(1, 20 * 24) * HOUR).toISOString(),
    };
    if (random() < 0.3) event.description = localised(DESCRIPTION, withEnglish);

    if (type === 'online') {
      event.onlineUrl = `${SAMPLE_ORIGIN}/live/${id}`;
      if (random() < 0.5) event.locality = localised([placeOf.kk, placeOf.ru, placeOf.en], withEnglish);
    } else {
      event.locality = localised([placeOf.kk, placeOf.ru, placeOf.en], withEnglish);
      const street = pick(SAMPLE_STREETS);
      const house = between(1, 180);
      const venue = type === 'door-to-door' || random() < 0.35 ? undefined : pick(SAMPLE_VENUES);
      event.address = localised(
        venue
          ? [
              `${street[0]}, ${house}, ${venue[0]}`,
              `${street[1]}, ${house}, ${venue[1]}`,
              `${venue[2]}, ${house} ${street[2]}`,
            ]
          : [`${street[0]}, ${house}`, `${street[1]}, ${house}`, `${house} ${street[2]}`],
        withEnglish,
      );
      // One in ten has no coordinates (address only), as hand-made feeds often do.
      if (random() >= 0.1) {
        const jitter = () => (random() + random() - 1) * placeOf.spread;
        event.location = {
          lat: Math.round((placeOf.lat + jitter()) * 1e5) / 1e5,
          lon: Math.round((placeOf.lon + jitter() * 1.5) * 1e5) / 1e5,
        };
      }
    }
    events.push(event);
  }
  return events;
}

/** A whole v1 feed document of sample events (what `/api/v1/events` or a static file serves). */
export function sampleEventFeed(options: SampleEventOptions): EventFeed & { generatedAt: string } {
  return {
    version: 1,
    generatedAt: new Date(toInstant(options.now)).toISOString(),
    events: generateSampleEvents(options),
  };
}
