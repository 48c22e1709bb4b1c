// One probe of each kind: a command in the container, an HTTP GET, a TCP connect. A probe never throws; a fault,
// a bad answer or running out of time is a failed result whose message says which. Timeouts run on the given
// Clock so a ManualClock drives them in tests.
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import type { pb } from '../../shared/protocol/index.js';
import { systemClock, type Clock } from '../../shared/clock/index.js';
import { errorMessage } from '../../shared/errors/index.js';
import type { ContainerEndpoint } from '../containerizer/types.js';
import { DEFAULT_HEALTHY_STATUS_MAX, DEFAULT_HEALTHY_STATUS_MIN, MAX_TIMER_MS } from './health-check-config.js';

export interface ProbeOutcome {
  readonly ok: boolean;
  readonly message: string;
}

export interface HttpCheckOptions {
  /** 'http' (default) or 'https'; https accepts any certificate, as Mesos's `curl -k` does. */
  readonly scheme?: string;
  readonly address: string;
  readonly port: number;
  /** Default '/'. */
  readonly path?: string;
  /** Statuses that count as healthy; empty or unset: 200–399. */
  readonly statuses?: readonly number[];
  /** 0: no limit. */
  readonly timeoutMs: number;
}

export interface TcpCheckOptions {
  readonly address: string;
  readonly port: number;
  /** 0: no limit. */
  readonly timeoutMs: number;
}

const OUTPUT_LIMIT = 512;

/** Settles with the work's outcome, or a timeout failure when `timeoutMs` (> 0) passes first; `onTimeout` cleans up. */
function withTimeout(
  work: Promise<ProbeOutcome>, timeoutMs: number, clock: Clock, what: string, onTimeout: () => void = () => undefined,
): Promise<ProbeOutcome> {
  if (timeoutMs <= 0) return work;
  return new Promise((resolve) => {
    const timer = clock.setTimer(Math.min(timeoutMs, MAX_TIMER_MS), () => {
      onTimeout();
      resolve({ ok: false, message: `${what} timed out after ${timeoutMs} ms` });
    });
    void work.then((outcome) => {
      timer.cancel();
      resolve(outcome);
    });
  });
}

function tail(output: string): string {
  const trimmed = output.trim();
  return trimmed.length <= OUTPUT_LIMIT ? trimmed : `...${trimmed.slice(-OUTPUT_LIMIT)}`;
}

function hostPort(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/** Runs the command in the container; exit status 0 is healthy. */
export function runCommandCheck(
  endpoint: ContainerEndpoint, command: pb.CommandInfo.$Properties, timeoutMs: number, clock: Clock = systemClock,
): Promise<ProbeOutcome> {
  const what = 'command health check';
  // exec() gets a limit too, so it ends the command; 0 (no limit) becomes the longest a timer can wait.
  const execLimit = timeoutMs > 0 ? timeoutMs : MAX_TIMER_MS;
  const work = (async (): Promise<ProbeOutcome> => {
    try {
      const { status, output } = await endpoint.exec(command, execLimit);
      const shown = tail(output);
      const suffix = shown === '' ? '' : `: ${shown}`;
      return status === 0
        ? { ok: true, message: `${what} exited with status 0${suffix}` }
        : { ok: false, message: `${what} exited with status ${status}${suffix}` };
    } catch (error) {
      return { ok: false, message: `${what} could not run: ${errorMessage(error)}` };
    }
  })();
  return withTimeout(work, timeoutMs, clock, what);
}

function healthyStatus(status: number, statuses: readonly number[] | undefined): boolean {
  if (statuses !== undefined && statuses.length > 0) return statuses.includes(status);
  return status >= DEFAULT_HEALTHY_STATUS_MIN && status <= DEFAULT_HEALTHY_STATUS_MAX;
}

/** GETs the path; healthy when the status is one of `statuses` (default 200–399). */
export function runHttpCheck(options: HttpCheckOptions, clock: Clock = systemClock): Promise<ProbeOutcome> {
  const scheme = options.scheme === undefined || options.scheme === '' ? 'http' : options.scheme.toLowerCase();
  const path = options.path === undefined || options.path === '' ? '/' : options.path;
  const url = `${scheme}://${hostPort(options.address, options.port)}${path}`;
  const what = `HTTP health check GET ${url}`;
  if (scheme !== 'http' && scheme !== 'https') {
    return Promise.resolve({ ok: false, message: `${what}: scheme "${scheme}" is not http or https` });
  }
  let request: ClientRequest | undefined;
  const work = new Promise<ProbeOutcome>((resolve) => {
    try {
      const send = scheme === 'https' ? httpsRequest : httpRequest;
      // agent: false → a fresh connection each time, closed afterwards (no keep-alive between probes).
      request = send({
        host: options.address,
        port: options.port,
        path,
        method: 'GET',
        agent: false,
        headers: { 'user-agent': 'drover-health-check', connection: 'close' },
        ...(scheme === 'https' ? { rejectUnauthorized: false } : {}),
      }, (response: IncomingMessage) => {
        const status = response.statusCode ?? 0;
        // Only the status matters; drop the body and the connection.
        response.on('error', () => undefined);
        response.destroy();
        resolve(healthyStatus(status, options.statuses)
          ? { ok: true, message: `${what} returned ${status}` }
          : { ok: false, message: `${what} returned ${status}, not a healthy status` });
      });
      request.on('error', (error) => resolve({ ok: false, message: `${what} failed: ${errorMessage(error)}` }));
      request.end();
    } catch (error) {
      resolve({ ok: false, message: `${what} failed: ${errorMessage(error)}` });
    }
  });
  return withTimeout(work, options.timeoutMs, clock, what, () => request?.destroy());
}

/** Opens a TCP connection; healthy when it connects. */
export function runTcpCheck(options: TcpCheckOptions, clock: Clock = systemClock): Promise<ProbeOutcome> {
  const target = hostPort(options.address, options.port);
  const what = `TCP health check to ${target}`;
  let destroy = (): void => undefined;
  const work = new Promise<ProbeOutcome>((resolve) => {
    try {
      const socket = connect({ host: options.address, port: options.port });
      destroy = () => socket.destroy();
      socket.once('connect', () => {
        socket.destroy();
        resolve({ ok: true, message: `${what} connected` });
      });
      socket.once('error', (error) => {
        socket.destroy();
        resolve({ ok: false, message: `${what} failed: ${errorMessage(error)}` });
      });
    } catch (error) {
      resolve({ ok: false, message: `${what} failed: ${errorMessage(error)}` });
    }
  });
  return withTimeout(work, options.timeoutMs, clock, what, () => destroy());
}
