import { expect } from 'chai';
import { pb } from '../../../shared/protocol/index.js';
import { healthCheckTimings, validateHealthCheck } from '../../../agent/health/index.js';

const { COMMAND, HTTP, TCP } = pb.HealthCheck.Type;

describe('agent health check validation and defaults', () => {
  it('accepts well-formed checks of each type', () => {
    expect(validateHealthCheck({ type: COMMAND, command: { value: 'true' } })).to.equal(undefined);
    expect(validateHealthCheck({ type: HTTP, http: { port: 8080 } })).to.equal(undefined);
    expect(validateHealthCheck({
      type: HTTP, http: { scheme: 'https', port: 443, path: '/health', statuses: [200, 204] },
      delaySeconds: 0, intervalSeconds: 0.5, timeoutSeconds: 0, gracePeriodSeconds: 0, consecutiveFailures: 1,
    })).to.equal(undefined);
    expect(validateHealthCheck({ type: TCP, tcp: { port: 6379 } })).to.equal(undefined);
  });

  it('uses the Mesos defaults for unset timings', () => {
    expect(healthCheckTimings({ type: TCP, tcp: { port: 1 } })).to.deep.equal({
      delayMs: 15_000, intervalMs: 10_000, timeoutMs: 20_000, gracePeriodMs: 10_000, consecutiveFailures: 3,
    });
    expect(healthCheckTimings({
      type: TCP, tcp: { port: 1 }, delaySeconds: 0, intervalSeconds: 0.05, timeoutSeconds: 1, gracePeriodSeconds: 2,
      consecutiveFailures: 5,
    })).to.deep.equal({ delayMs: 0, intervalMs: 50, timeoutMs: 1000, gracePeriodMs: 2000, consecutiveFailures: 5 });
  });

  const refused: Array<[string, pb.HealthCheck.$Properties, RegExp]> = [
    ['no type', {}, /needs a type: COMMAND, HTTP or TCP/],
    ['an unknown type', { type: 42 as pb.HealthCheck.Type }, /needs a type/],
    ['COMMAND without a command', { type: COMMAND }, /COMMAND health check needs a command/],
    ['COMMAND with an empty command', { type: COMMAND, command: { value: '' } }, /non-empty command value/],
    ['HTTP without http', { type: HTTP }, /HTTP health check needs http/],
    ['HTTP without a port', { type: HTTP, http: { path: '/' } }, /http\.port must be set/],
    ['HTTP with port 70000', { type: HTTP, http: { port: 70_000 } }, /70000 is not a port/],
    ['HTTP with scheme ftp', { type: HTTP, http: { port: 80, scheme: 'ftp' } }, /scheme "ftp" is not http or https/],
    ['HTTP with a relative path', { type: HTTP, http: { port: 80, path: 'health' } }, /must start with "\/"/],
    ['HTTP with status 99', { type: HTTP, http: { port: 80, statuses: [200, 99] } }, /status 99 is not an HTTP status/],
    ['HTTP with status 600', { type: HTTP, http: { port: 80, statuses: [600] } }, /status 600/],
    ['TCP without tcp', { type: TCP }, /TCP health check needs tcp/],
    ['TCP with port 0', { type: TCP, tcp: { port: 0 } }, /tcp\.port must be set/],
    ['a negative delay', { type: TCP, tcp: { port: 1 }, delaySeconds: -1 }, /delay_seconds must be a non-negative/],
    ['a negative interval', { type: TCP, tcp: { port: 1 }, intervalSeconds: -5 }, /interval_seconds must be a non-negative/],
    ['a zero interval', { type: TCP, tcp: { port: 1 }, intervalSeconds: 0 }, /interval_seconds must be greater than zero/],
    ['a negative timeout', { type: TCP, tcp: { port: 1 }, timeoutSeconds: -0.1 }, /timeout_seconds must be a non-negative/],
    ['a NaN grace period', { type: TCP, tcp: { port: 1 }, gracePeriodSeconds: Number.NaN }, /grace_period_seconds/],
    ['a delay longer than a timer can wait', { type: TCP, tcp: { port: 1 }, delaySeconds: 3e6 }, /too large/],
    ['zero consecutive failures', { type: TCP, tcp: { port: 1 }, consecutiveFailures: 0 }, /consecutive_failures must be at least 1/],
  ];
  for (const [what, check, reason] of refused) {
    it(`refuses a check with ${what}`, () => {
      expect(validateHealthCheck(check)).to.match(reason);
    });
  }
});
