import type { CampaignEvent } from '@dauys/schema';

/** Wednesday 25 November 2026, 09:00 in Kazakhstan: the clock of the tests and stories. */
export const NOW = '2026-11-25T09:00:00+05:00';
export const NOW_MS = Date.parse(NOW);

/** A handful of events around NOW, one for each thing a filter can tell apart. */
export function fixtureEvents(): CampaignEvent[] {
  return [
    {
      id: 'past',
      title: { kk: 'Өткен кездесу', ru: 'Прошедшая встреча', en: 'Past meeting' },
      type: 'meeting',
      start: '2026-11-24T18:00:00+05:00',
      end: '2026-11-24T20:00:00+05:00',
      region: 'astana',
      status: 'scheduled',
    },
    {
      id: 'karaganda-today',
      title: { kk: 'Жастармен кездесу', ru: 'Встреча с молодёжью', en: 'Meeting young voters' },
      type: 'meeting',
      start: '2026-11-25T18:00:00+05:00',
      end: '2026-11-25T20:00:00+05:00',
      region: 'karaganda',
      locality: { kk: 'Теміртау', ru: 'Темиртау', en: 'Temirtau' },
      address: { kk: 'Республика даңғылы, 12', ru: 'пр. Республики, 12', en: '12 Respublika Avenue' },
      location: { lat: 50.054, lon: 72.964 },
      url: 'https://example.kz/events/karaganda-today',
      status: 'scheduled',
    },
    {
      id: 'almaty-saturday',
      title: { kk: 'Ақпараттық стенд', ru: 'Информационный стенд', en: 'Information stand' },
      type: 'info-stand',
      start: '2026-11-28T11:00:00+05:00',
      end: '2026-11-28T15:00:00+05:00',
      region: 'almaty',
      locality: { kk: 'Алматы', ru: 'Алматы' },
      address: { kk: 'Абай даңғылы, 10', ru: 'пр. Абая, 10' },
      location: { lat: 43.2389, lon: 76.8897 },
      status: 'cancelled',
    },
    {
      id: 'online-sunday',
      title: { kk: 'Онлайн кездесу', ru: 'Онлайн-встреча', en: 'Online meeting' },
      type: 'online',
      start: '2026-11-29T19:00:00+05:00',
      region: 'shymkent',
      onlineUrl: 'https://meet.example.kz/room',
      status: 'postponed',
    },
    {
      id: 'karaganda-next-week',
      title: { kk: 'Үйме-үй аралау', ru: 'Поквартирный обход', en: 'Door-to-door canvassing' },
      type: 'door-to-door',
      start: '2026-12-02T10:00:00+05:00',
      end: '2026-12-02T13:00:00+05:00',
      region: 'karaganda',
      locality: { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' },
      status: 'scheduled',
    },
    {
      id: 'ulytau-december',
      title: 'Ёлка и встреча с жителями',
      type: 'other',
      start: '2026-12-20T15:00:00+05:00',
      region: 'ulytau',
      locality: { kk: 'Жезқазған', ru: 'Жезказган' },
      location: { lat: 47.7833, lon: 67.7 },
      status: 'scheduled',
    },
  ];
}
