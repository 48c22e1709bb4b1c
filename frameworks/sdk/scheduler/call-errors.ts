import { DroverError, ERROR_CODES, type ErrorCode } from '../../../shared/errors/index.js';
import type { pb } from '../../../shared/protocol/index.js';

/** The DroverError for a refused call; codes this SDK does not know become INVALID_CALL. */
export function callResponseError(response: pb.CallResponse.$Properties, what: string): DroverError {
  const code = knownCode(response.errorCode, 'INVALID_CALL');
  const detail = response.errorMessage ?? '';
  const unknown = code === 'INVALID_CALL' && response.errorCode !== 'INVALID_CALL' && (response.errorCode ?? '') !== ''
    ? ` (master code ${response.errorCode})`
    : '';
  return new DroverError(code, `${what} refused: ${detail === '' ? code : detail}${unknown}`);
}

export function knownCode(code: string | null | undefined, fallback: ErrorCode): ErrorCode {
  return code !== null && code !== undefined && Object.hasOwn(ERROR_CODES, code) ? (code as ErrorCode) : fallback;
}

/** Transport failures that mean the master is gone or unreachable, not that it refused. */
export function isConnectionFailure(error: unknown): boolean {
  return error instanceof DroverError && (error.code === 'BUS_NO_RESPONDERS' || error.code === 'BUS_TIMEOUT');
}
