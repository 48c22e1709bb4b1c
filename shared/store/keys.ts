// Store keys follow the NATS KV alphabet so one key works unchanged on every backend: dot-separated, non-empty
// tokens of [A-Za-z0-9_=/-]. Prefixes for list/watch may also end in '.' or stop inside a token.
import { DroverError } from '../errors/index.js';

const KEY_PATTERN = /^[A-Za-z0-9_=/-]+(?:\.[A-Za-z0-9_=/-]+)*$/;

export function isValidStoreKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** Throws DroverError INVALID_ARGUMENT naming `key` unless it is a valid store key. */
export function assertStoreKey(key: string): void {
  if (!isValidStoreKey(key)) {
    throw new DroverError(
      'INVALID_ARGUMENT',
      `invalid store key ${JSON.stringify(key)}: expected dot-separated non-empty tokens of [A-Za-z0-9_=/-]`,
    );
  }
}

/** A prefix is '' (everything), a valid key, or a valid key followed by '.'. */
export function assertStorePrefix(prefix: string): void {
  const body = prefix.endsWith('.') ? prefix.slice(0, -1) : prefix;
  if (prefix !== '' && !isValidStoreKey(body)) {
    throw new DroverError(
      'INVALID_ARGUMENT',
      `invalid store prefix ${JSON.stringify(prefix)}: expected '' or a key optionally followed by '.'`,
    );
  }
}

export function assertExpectedRevision(key: string, expectedRevision: number): void {
  if (!Number.isSafeInteger(expectedRevision) || expectedRevision < 0) {
    throw new DroverError(
      'INVALID_ARGUMENT',
      `invalid expected revision ${String(expectedRevision)} for store key ${JSON.stringify(key)}`,
    );
  }
}

export function revisionMismatch(key: string, expectedRevision: number, actualRevision?: number): DroverError {
  const actual = actualRevision === undefined ? '' : ` (found ${actualRevision === 0 ? 'none' : actualRevision})`;
  const expected = expectedRevision === 0 ? 'absent' : `revision ${expectedRevision}`;
  return new DroverError('STORE_REVISION_MISMATCH', `store key ${JSON.stringify(key)} is not at ${expected}${actual}`);
}

export function storeClosed(): DroverError {
  return new DroverError('STORE_CLOSED', 'the store is closed');
}
