import { randomBytes, randomUUID } from 'node:crypto';

// Mesos validateID (src/common/validation.cpp): ids become directory names, so they must be safe path components.
const MAX_ID_BYTES = 255;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Why `id` is not a valid task, executor, framework or agent id, or undefined when it is valid. */
export function invalidIdReason(id: string): string | undefined {
  if (id.length === 0) return 'must not be empty';
  if (Buffer.byteLength(id, 'utf8') > MAX_ID_BYTES) return `must be at most ${MAX_ID_BYTES} bytes`;
  if (id === '.' || id === '..') return `must not be '${id}'`;
  if (id.includes('/')) return "must not contain '/'";
  if (id.includes('\\')) return "must not contain '\\'";
  if (CONTROL_CHARACTERS.test(id)) return 'must not contain control characters';
  return undefined;
}

/** A short random token, safe in NATS subjects, store keys and file names. */
export function randomToken(bytes = 8): string {
  return randomBytes(bytes).toString('hex');
}

export function newUuid(): string {
  return randomUUID();
}

/** 16 random bytes, the form TaskStatus.uuid takes on the wire. */
export function newUuidBytes(): Uint8Array {
  return new Uint8Array(randomBytes(16));
}

export function uuidBytesToString(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}
