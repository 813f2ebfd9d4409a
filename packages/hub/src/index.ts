export {
  createHub,
  defaultCdnDir,
  hashToken,
  DEFAULT_RATE_LIMIT,
  SIGNUP_BODY_LIMIT,
  type HubOptions,
} from './server.js';
export { openStore, redactDatabaseUrl, type HubStore, type StoreOptions } from './store.js';
export { importEvents, importFaq, type ImportResult, type ImportRowError } from './import.js';
export { eventFeed, faqFeed, signupsCsv } from './feeds.js';
export { parseCsv, toCsv, csvCell } from './csv.js';
export { main } from './cli.js';
