/**
 * Pinned clocks that show each state of the default schedule (15 March 2026, 07:00–20:00
 * Kazakhstan time). Shared by the stories, the demo and the tests, so they show the same moments.
 */
export const PREVIEW_NOW = {
  /** 4 days 21 hours 1 minute 3 seconds before polls open. */
  upcoming: '2026-03-10T09:58:57+05:00',
  /** 3 hours 12 minutes 55 seconds before polls close. */
  voting: '2026-03-15T16:47:05+05:00',
  /** After the vote. */
  ended: '2026-11-25T10:00:00+05:00',
} as const;
