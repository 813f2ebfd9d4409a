/** A point on the Earth in decimal degrees (WGS 84), as in the event contract. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres (haversine): good to a few metres at city scale. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

/** The same on plain numbers, for loops over typed arrays. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** True for a finite latitude/longitude pair inside the valid ranges. */
export function isGeoPoint(value: unknown): value is GeoPoint {
  if (typeof value !== 'object' || value === null) return false;
  const { lat, lon } = value as Record<string, unknown>;
  return (
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
  );
}

/**
 * What went wrong when the browser was asked where the visitor is: each gets its own sentence.
 * `unsupported` is a browser without geolocation (or an insecure page).
 */
export type GeolocationFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/**
 * Asks the browser for the visitor's position once, coarse and cached for ten minutes: a town
 * is enough to sort events, and a precise fix would cost battery and time.
 * Call only from a click (browsers and people expect the prompt to follow an action).
 */
export function requestPosition(
  geolocation: Geolocation | undefined = globalThis.navigator?.geolocation,
): Promise<GeoPoint> {
  return new Promise((resolve, reject) => {
    if (!geolocation) {
      reject(failure('unsupported'));
      return;
    }
    geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lon: position.coords.longitude }),
      (error) => reject(failure(error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable')),
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: 15_000 },
    );
  });
}

/** An Error carrying the failure kind, so callers can switch on `reason`. */
export class GeolocationError extends Error {
  constructor(readonly reason: GeolocationFailure) {
    super(`Geolocation failed: ${reason}`);
    this.name = 'GeolocationError';
  }
}

const failure = (reason: GeolocationFailure) => new GeolocationError(reason);
