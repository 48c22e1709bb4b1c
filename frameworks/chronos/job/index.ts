// Chronos job definitions: pure normalisation of Chronos job JSON (with cron and concurrency-policy extensions).
export { normalizeJob, type NormalizeJobOptions, type NormalizeJobResult } from './normalize.js';
export { CHRONOS_DEFAULTS } from './types.js';
export type * from './types.js';
