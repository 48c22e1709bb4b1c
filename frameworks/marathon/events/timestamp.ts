// Event timestamps: always rendered as Marathon renders them, ISO 8601 UTC with milliseconds (`2014-03-01T23:29:30.158Z`).
import { DroverError } from '../../../shared/errors/index.js';
import type { EventTime } from './types.js';

// Date-time with optional fraction and a Z or ±hh:mm offset. Date parsing of other shapes is implementation-defined,
// so nothing else is accepted.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `at` as `YYYY-MM-DDTHH:mm:ss.sssZ`; throws DroverError INVALID_ARGUMENT for an invalid Date or a non-ISO string. */
export function toEventTimestamp(at: EventTime): string {
  const date = typeof at === 'string' ? (ISO_DATE_TIME.test(at) ? new Date(at) : undefined) : at;
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new DroverError('INVALID_ARGUMENT', `event time is not an ISO 8601 date-time: ${String(at)}`);
  }
  return date.toISOString();
}
