// A parsed job schedule: plain data, so it can be stored and compared.

/** ISO 8601 repeating interval `R[n]/<start>/<period>`. */
export interface IsoSchedule {
  readonly kind: 'iso';
  readonly text: string;
  /** n of `Rn`; undefined = forever (`R/…`). */
  readonly repetitions: number | undefined;
  /** Epoch ms of the first run. */
  readonly startMs: number;
  /** ISO 8601 duration, e.g. `PT1H`, `P1D`, `P1M`. */
  readonly period: string;
  /** IANA zone in which calendar periods (days, months, years) are counted. */
  readonly timeZone: string;
}

/** A cron expression (5 fields, or 6 with seconds first, or a macro) evaluated in a time zone. */
export interface CronSchedule {
  readonly kind: 'cron';
  readonly text: string;
  /** The expression as croner reads it (macros such as @midnight rewritten). */
  readonly expression: string;
  readonly timeZone: string;
}

export type Schedule = IsoSchedule | CronSchedule;
