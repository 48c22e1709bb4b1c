// Helpers shared by the resources test files.
import { expect } from 'chai';
import { isDroverError, type ErrorCode } from '../../shared/errors/index.js';

/** Runs `action`, expecting a DroverError with `code` and exactly `message`. */
export function expectFault(action: () => unknown, code: ErrorCode, message: string): void {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected ${code}: ${message}`).to.be.instanceOf(Error);
  expect(isDroverError(thrown, code), `wrong error: ${String(thrown)}`).to.equal(true);
  expect((thrown as Error).message).to.equal(message);
}

export function expectParseError(action: () => unknown, message: string): void {
  expectFault(action, 'RESOURCE_PARSE', message);
}
