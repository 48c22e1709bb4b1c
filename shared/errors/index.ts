// Typed faults. Expected outcomes ("does not fit", "declined") are values; real faults throw a DroverError whose
// `code` is stable and documented in ERROR_CODES, so callers branch on codes, never on message text.

export const ERROR_CODES = {
  DECODE_FAILED: 'a message could not be decoded as the expected protobuf type',
  INVALID_ARGUMENT: 'an argument or field is malformed',
  RESOURCE_PARSE: 'a resource or attribute string could not be parsed',
  RESOURCE_ARITHMETIC: 'a resource subtraction would go below zero',
  BUS_TIMEOUT: 'a request got no reply in time',
  BUS_NO_RESPONDERS: 'nobody listens on the subject of a request',
  BUS_CLOSED: 'the bus connection is closed',
  STORE_REVISION_MISMATCH: 'a compare-and-swap found another revision than expected',
  STORE_CLOSED: 'the store is closed',
  STORE_IO: 'the store backend failed',
  NOT_SUBSCRIBED: 'the framework is not subscribed',
  FRAMEWORK_REMOVED: 'the framework was torn down and cannot come back with this id',
  INVALID_CALL: 'a scheduler call is malformed or not allowed',
  INVALID_OFFERS: 'an ACCEPT or DECLINE names offers that are unknown, used, or not this framework\'s',
  UNKNOWN_AGENT: 'the agent is not known to the master',
  AGENT_REMOVED: 'the agent was removed and must register anew',
  NOT_RUNNING: 'the component is not running',
  CONFIG: 'a configuration value or command-line flag is invalid',
  ISOLATION: 'an isolator could not set up, read or tear down a container\'s isolation (cgroups)',
  HTTP_REQUEST: 'an HTTP API call failed: an error status, an unexpected answer or an unreachable server',
  FETCH: 'the agent\'s fetcher could not bring a task\'s URI into its sandbox (download, copy, extraction or a refused URI)',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DroverError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DroverError';
    this.code = code;
  }
}

export function isDroverError(error: unknown, code?: ErrorCode): error is DroverError {
  return error instanceof DroverError && (code === undefined || error.code === code);
}

/** The message of anything thrown, for logs and error replies. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
