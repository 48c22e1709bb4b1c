// Parsing a Chronos `schedule` (ISO 8601 `R[n]/start/period`) or a cron expression, in a job's time zone. Pure: `now`
// (for an empty start) is a parameter. Errors read as Chronos's: `Cannot parse schedule '<text>'`, then the reason.
import { Cron } from 'croner';
import { DateTime, Duration, IANAZone } from 'luxon';
import type { Schedule } from './types.js';

export interface ParseOptions {
  /** IANA zone (Chronos `scheduleTimeZone`, Metronome `timezone`); default UTC. */
  readonly timeZone?: string;
  /** Start of `R/ /PT1H`-style schedules whose start is empty. */
  readonly now: Date;
}

/** Macros croner does not know, as the 5-field expressions they stand for. */
const MACROS: Readonly<Record<string, string>> = { '@midnight': '0 0 * * *' };

export function parseSchedule(text: string, options: ParseOptions): { schedule: Schedule } | { error: string } {
  const zoneGiven = options.timeZone !== undefined && options.timeZone !== '';
  const timeZone = zoneGiven ? options.timeZone : 'UTC';
  const fail = (reason: string): { error: string } => ({ error: `Cannot parse schedule '${text}': ${reason}` });
  if (!IANAZone.isValidZone(timeZone)) return fail(`unknown time zone '${timeZone}'`);
  const trimmed = text.trim();
  if (trimmed.startsWith('R')) return parseIso(text, trimmed, { timeZone, zoneGiven, now: options.now }, fail);
  const expression = MACROS[trimmed] ?? trimmed;
  try {
    new Cron(expression, { timezone: timeZone, paused: true });
  } catch (error) {
    return fail((error as Error).message);
  }
  return { schedule: { kind: 'cron', text, expression, timeZone } };
}

interface IsoContext {
  readonly timeZone: string;
  /** Whether the caller named a zone (Chronos `scheduleTimeZone`), which then replaces the start's written offset. */
  readonly zoneGiven: boolean;
  readonly now: Date;
}

function parseIso(text: string, trimmed: string, context: IsoContext, fail: (reason: string) => { error: string }): { schedule: Schedule } | { error: string } {
  const { timeZone, zoneGiven, now } = context;
  const parts = trimmed.split('/');
  if (parts.length !== 3) return fail('expected R[n]/start/period');
  const [repeat = '', startText = '', periodText = ''] = parts;
  const count = repeat.slice(1);
  if (count !== '' && !/^\d+$/.test(count)) return fail(`bad repetition count '${repeat}'`);
  // A start without an offset is wall-clock time in the job's zone. As in Chronos (`withZoneRetainFields`), a named
  // zone also replaces a written offset, keeping the wall-clock fields: `R/2024-01-01T09:00:00Z/P1D` with
  // America/New_York runs at 09:00 New York time. Without a named zone a written offset is kept (the instant).
  const start = startText === ''
    ? DateTime.fromJSDate(now, { zone: timeZone })
    : zoneGiven
      ? DateTime.fromISO(startText, { zone: timeZone, setZone: true }).setZone(timeZone, { keepLocalTime: true })
      : DateTime.fromISO(startText, { zone: timeZone });
  if (!start.isValid) return fail(`bad start '${startText}'`);
  const period = Duration.fromISO(periodText);
  if (!period.isValid || period.as('milliseconds') <= 0) return fail(`bad period '${periodText}'`);
  return {
    schedule: {
      kind: 'iso', text, repetitions: count === '' ? undefined : Number(count), startMs: start.toMillis(),
      period: period.toISO() ?? periodText, timeZone,
    },
  };
}
