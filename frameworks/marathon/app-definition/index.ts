// Marathon AppDefinition core: pure normalisation and validation (no I/O). See shared/reference/marathon.md §1–6.
export { normalizeApp } from './normalize.js';
export { resolveAppId, ID_PATTERN_MESSAGE } from './app-id.js';
export { CONSTRAINT_OPERATORS, HEALTH_CHECK_PROTOCOLS } from './types.js';
export type * from './types.js';
export { APP_JSON_SCHEMA } from './schema.js';
