import { pickLocalised, regionName, type CampaignEvent } from '@dauys/schema';

export const MAP_PROVIDERS = ['2gis', 'yandex', 'osm'] as const;
/** 2GIS is what most people in Kazakhstan use, so it is the default. */
export type MapProvider = (typeof MAP_PROVIDERS)[number];

export function normaliseMapProvider(value: string | null | undefined): MapProvider {
  const lower = value?.trim().toLowerCase();
  if (lower === 'openstreetmap') return 'osm';
  return (MAP_PROVIDERS as readonly string[]).includes(lower ?? '') ? (lower as MapProvider) : '2gis';
}

const coordinate = (value: number) => value.toFixed(6).replace(/\.?0+$/, '');

/**
 * The search words for an event without coordinates: its address, locality and region in
 * Russian first (the language the map services index Kazakhstan best in), then Kazakh.
 */
export function mapQuery(event: Pick<CampaignEvent, 'address' | 'locality' | 'region'>): string {
  const parts = [
    pickLocalised(event.address, 'ru'),
    pickLocalised(event.locality, 'ru'),
    regionName(event.region, 'ru'),
  ];
  return parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part, i, all) => part !== '' && all.indexOf(part) === i)
    .join(', ');
}

/**
 * A link that opens the event's place in the chosen map service: a pin at its coordinates,
 * or a search for its address when it has none; undefined for an event with neither (online).
 */
export function mapUrl(
  event: Pick<CampaignEvent, 'address' | 'locality' | 'region' | 'location'>,
  provider: MapProvider,
): string | undefined {
  const { location } = event;
  if (location && Number.isFinite(location.lat) && Number.isFinite(location.lon)) {
    const lat = coordinate(location.lat);
    const lon = coordinate(location.lon);
    switch (provider) {
      case 'yandex':
        return `https://yandex.kz/maps/?pt=${lon},${lat}&z=17&l=map`;
      case 'osm':
        return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
      default:
        return `https://2gis.kz/geo/${lon},${lat}`;
    }
  }
  if (!event.address && !event.locality) return undefined;
  const query = encodeURIComponent(mapQuery(event));
  switch (provider) {
    case 'yandex':
      return `https://yandex.kz/maps/?text=${query}`;
    case 'osm':
      return `https://www.openstreetmap.org/search?query=${query}`;
    default:
      return `https://2gis.kz/search/${query}`;
  }
}
