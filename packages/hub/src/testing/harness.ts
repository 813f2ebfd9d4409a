import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SignupInput } from '@dauys/schema';
import { createHub, type HubOptions } from '../server.js';
import { openStore, type HubStore } from '../store.js';
import {
  createSchema,
  dropSchema,
  freshSchemaName,
  startTestPostgres,
  type TestPostgres,
} from './postgres.js';

export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/** Where one engine keeps a test's data: reopenable, so restart durability can be tested. */
export interface StoreLocation {
  engine: Engine;
  open(): Promise<HubStore>;
  cleanup(): Promise<void>;
  /** Flags/env for a child `dauys-hub` process using the same data. */
  cli: { args: string[]; env: Record<string, string> };
}

let postgres: Promise<TestPostgres> | undefined;

/** The shared PostgreSQL of this test process (started on first use; see `stopPostgres`). */
export function testPostgres(): Promise<TestPostgres> {
  postgres ??= startTestPostgres();
  return postgres;
}

export async function stopPostgres(): Promise<void> {
  if (postgres) await (await postgres).stop();
  postgres = undefined;
}

export async function newLocation(engine: Engine): Promise<StoreLocation> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dauys-hub-test-'));
    return {
      engine,
      open: () => openStore({ dataDir: dir }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      cli: { args: ['--data-dir', dir], env: { DATABASE_URL: '' } },
    };
  }
  const { url, external } = await testPostgres();
  const schema = freshSchemaName();
  await createSchema(url, schema);
  const schemaUrl = new URL(url);
  schemaUrl.searchParams.set('options', `-c search_path=${schema}`);
  return {
    engine,
    open: () => openStore({ databaseUrl: url, pgSchema: schema }),
    cleanup: async () => {
      if (external) await dropSchema(url, schema);
    },
    // A child process reaches the same schema through the connection string's `options`.
    cli: { args: ['--database-url', schemaUrl.toString()], env: {} },
  };
}

export interface TestHub {
  app: Awaited<ReturnType<typeof createHub>>;
  store: HubStore;
  location: StoreLocation;
  close(): Promise<void>;
}

/** A hub on a fresh store of `engine`, rate limit off unless asked for. */
export async function newHub(engine: Engine, options: Partial<HubOptions> = {}): Promise<TestHub> {
  const location = await newLocation(engine);
  const store = await location.open();
  const app = await createHub({ store, adminToken: ADMIN_TOKEN, rateLimit: false, cdnDir: null, ...options });
  await app.ready();
  return {
    app,
    store,
    location,
    close: async () => {
      await app.close();
      await store.close();
      await location.cleanup();
    },
  };
}

/** A valid signup as the volunteer form sends it. */
export function signupBody(overrides: Partial<SignupInput> = {}): SignupInput {
  return {
    name: 'Айгүл Серікқызы',
    phone: '+77011234567',
    email: 'aigul@example.kz',
    region: 'astana',
    locality: 'Астана',
    activities: ['door-to-door', 'online'],
    languages: ['kk', 'ru'],
    adult: true,
    consent: { personalData: true, textVersion: '2026-01-15', newsletter: false },
    partner: 'jastar-ortalygy',
    source: { page: 'https://partner.example.kz/volunteer', utm: { utm_source: 'telegram' } },
    locale: 'kk',
    website: '',
    elapsedMs: 45_000,
    ...overrides,
  };
}

export const key = () => `test-${randomUUID()}`;

export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

export const sampleEvents = {
  version: 1,
  events: [
    {
      id: 'ast-1',
      title: { kk: 'Астанадағы кездесу', ru: 'Встреча в Астане', en: 'Meeting in Astana' },
      type: 'meeting',
      start: '2026-03-01T18:00:00+05:00',
      end: '2026-03-01T20:00:00+05:00',
      region: 'astana',
    },
    {
      id: 'alm-1',
      title: { kk: 'Ақпарат үстелі', ru: 'Информационный стол' },
      type: 'info-stand',
      start: '2026-03-05T10:00:00+05:00',
      region: 'almaty',
    },
    {
      id: 'onl-1',
      title: 'Online training',
      type: 'training',
      start: '2026-03-10T19:00:00+05:00',
      end: '2026-03-10T20:30:00+05:00',
      region: 'shymkent',
      onlineUrl: 'https://meet.example.kz/abc',
    },
  ],
};
