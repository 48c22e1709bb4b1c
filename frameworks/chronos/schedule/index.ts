// Chronos job schedules: ISO 8601 repeating intervals and cron expressions in a time zone (pure; see next-run.ts for
// the DST rules).
export { parseSchedule, type ParseOptions } from './parse.js';
export { nextRun, runsBetween, isoRunAt } from './next-run.js';
export type { Schedule, IsoSchedule, CronSchedule } from './types.js';
