import type { RegionId } from './region-names.js';

// Where each region's administrative centre is: all the event finder needs of a region besides
// its name (the distance to an event without a location of its own). The rest of each region
// (ISO code, kind, the centre's name) is in regions.ts.

const centre = (lat: number, lon: number) => ({ lat, lon });

/** Each region's administrative centre (REGIONS `centreLocation`). */
export const REGION_CENTRES: Readonly<Record<RegionId, { readonly lat: number; readonly lon: number }>> = {
  astana: centre(51.1694, 71.4491),
  almaty: centre(43.2389, 76.8897),
  shymkent: centre(42.3417, 69.5901),
  abai: centre(50.4111, 80.2275),
  akmola: centre(53.2833, 69.3833),
  aktobe: centre(50.2839, 57.167),
  'almaty-region': centre(43.8667, 77.0667),
  atyrau: centre(47.1167, 51.8833),
  'west-kazakhstan': centre(51.2333, 51.3667),
  jambyl: centre(42.9, 71.3667),
  jetisu: centre(45.0156, 78.3739),
  karaganda: centre(49.8047, 73.1094),
  kostanay: centre(53.2144, 63.6246),
  kyzylorda: centre(44.8488, 65.4823),
  mangystau: centre(43.65, 51.15),
  pavlodar: centre(52.2833, 76.9667),
  'north-kazakhstan': centre(54.8667, 69.15),
  turkistan: centre(43.3, 68.25),
  ulytau: centre(47.7833, 67.7),
  'east-kazakhstan': centre(49.9483, 82.6279),
};
