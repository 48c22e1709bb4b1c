// Faults of a /v2 call, worded for a person at a terminal: Marathon's own `message`, each `details[].path: errors`
// line, and for a network failure the URL that could not be reached.
import { DroverError, errorMessage } from '../../shared/errors/index.js';
import { asArray, asObject, readIds, readString, readStrings } from './json-read.js';

export class MarathonApiError extends DroverError {
  /** The HTTP status, or undefined when no answer came (network error, timeout). */
  readonly status: number | undefined;
  readonly body: unknown;

  constructor(message: string, options: { status?: number; body?: unknown; cause?: unknown } = {}) {
    super('HTTP_REQUEST', message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MarathonApiError';
    this.status = options.status;
    this.body = options.body;
  }
}

/** Marathon's error body (`{message, details: [{path, errors}], deployments: [{id}]}`, reference §9) as lines. */
export function formatErrorBody(status: number, body: unknown): string[] {
  const object = asObject(body);
  const message = readString(object, 'message')
    ?? (typeof body === 'string' && body.trim() !== '' ? body.trim().slice(0, 500) : `HTTP ${status}`);
  const lines = [message];
  for (const detail of asArray(object?.details)) {
    const entry = asObject(detail);
    const path = readString(entry, 'path') ?? '/';
    const errors = readStrings(entry, 'errors');
    lines.push(`  ${path}: ${errors.length === 0 ? '(no reason given)' : errors.join('; ')}`);
  }
  const locking = readIds(object?.deployments);
  if (status === 409 && locking.length > 0) {
    lines.push(`  locked by deployment ${locking.join(', ')}: retry with --force to cancel it, or wait for it to finish`);
  }
  return lines;
}

/** `PUT /v2/apps/web failed (422): Object is not valid` followed by one line per detail. */
export function formatHttpError(method: string, path: string, status: number, body: unknown): string {
  const [first, ...rest] = formatErrorBody(status, body);
  return [`${method} ${path} failed (${status}): ${first ?? ''}`, ...rest].join('\n');
}

/** Node's fetch hides the socket error in `cause`: dig out `connect ECONNREFUSED 127.0.0.1:8080` and the like. */
export function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time';
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof AggregateError && cause.errors.length > 0) return errorMessage(cause.errors[0]);
  if (cause !== undefined) return errorMessage(cause);
  return errorMessage(error);
}

export function formatUnreachable(baseUrl: string, method: string, path: string, error: unknown): string {
  return `cannot reach Marathon at ${baseUrl} (${method} ${path}): ${networkReason(error)}`;
}
