// When a schedule runs next (pure: `after` is a parameter).
//
// ISO `R[n]/start/period`: run k is start + k × period, computed in the job's zone with luxon. Time units (hours,
// minutes, seconds) are elapsed time, so `PT1H` runs every 60 minutes straight through DST changes; calendar units
// (days, weeks, months, years) keep the wall-clock time, so `P1D` from 02:30 runs at 02:30 local. A wall time that
// does not exist (the spring-forward gap) moves forward by the gap (02:30 → 03:30 EDT); one that exists twice (the
// fall-back overlap) is the first of the two (the earlier offset). Runs count from start: `Rn` means runs 0..n-1,
// whether or not they were before `after`, so a schedule never yields more than n runs in total.
//
// Cron (croner, in the job's zone): a time in the spring-forward gap runs once, moved forward by the gap
// (`30 2 * * *` runs at 03:30 EDT on that day); a time in the fall-back overlap runs once, at its first occurrence
// (`30 1 * * *` runs at 01:30 EDT, not again at 01:30 EST).
import { Cron } from 'croner';
import { DateTime, Duration } from 'luxon';
import type { CronSchedule, IsoSchedule, Schedule } from './types.js';

export function nextRun(schedule: Schedule, after: Date): Date | undefined {
  if (schedule.kind === 'cron') return cronOf(schedule).nextRun(after) ?? undefined;
  const k = firstIsoIndexAfter(schedule, after.getTime());
  return k === undefined ? undefined : new Date(isoRunAt(schedule, k));
}

/** Up to `limit` runs in (from, to], in order. */
export function runsBetween(schedule: Schedule, from: Date, to: Date, limit: number): Date[] {
  const runs: Date[] = [];
  const toMs = to.getTime();
  if (schedule.kind === 'cron') {
    const cron = cronOf(schedule);
    let cursor = from;
    while (runs.length < limit) {
      const next = cron.nextRun(cursor);
      if (next === null || next.getTime() > toMs) break;
      runs.push(next);
      cursor = next;
    }
    return runs;
  }
  const end = schedule.repetitions ?? Number.POSITIVE_INFINITY;
  for (let k = firstIsoIndexAfter(schedule, from.getTime()); k !== undefined && k < end && runs.length < limit; k++) {
    const at = isoRunAt(schedule, k);
    if (at > toMs) break;
    runs.push(new Date(at));
  }
  return runs;
}

/** Run k of an ISO schedule, as epoch ms. */
export function isoRunAt(schedule: IsoSchedule, k: number): number {
  const start = DateTime.fromMillis(schedule.startMs, { zone: schedule.timeZone });
  const period = Duration.fromISO(schedule.period);
  return start.plus(period.mapUnits((amount) => amount * k)).toMillis();
}

function cronOf(schedule: CronSchedule): Cron {
  return new Cron(schedule.expression, { timezone: schedule.timeZone, paused: true });
}

/** The index of the first run strictly after `afterMs`, or undefined when the repetitions are used up. */
function firstIsoIndexAfter(schedule: IsoSchedule, afterMs: number): number | undefined {
  const limit = schedule.repetitions ?? Number.POSITIVE_INFINITY;
  if (limit === 0) return undefined;
  // Jump close with the period's average length, then step to the first run after `afterMs`.
  const approximateMs = Duration.fromISO(schedule.period).as('milliseconds');
  let k = Math.max(0, Math.floor((afterMs - schedule.startMs) / approximateMs) - 1);
  while (k > 0 && isoRunAt(schedule, k - 1) > afterMs) k -= 1;
  while (isoRunAt(schedule, k) <= afterMs) k += 1;
  return k < limit ? k : undefined;
}
