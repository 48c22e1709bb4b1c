// A fleet of hollow agents (hollow-agent.ts) multiplexed on one Bus connection: many simulated agents against a real
// master, with no processes behind their tasks, so a benchmark can load the master and a framework with thousands of
// tasks on hundreds of agents from one machine.
//
//   const fleet = await startHollowAgents({ bus, cluster: 'bench', count: 200, resources: 'cpus:4;mem:8192;ports:[31000-31999]' });
//   ... fleet.counters, fleet.liveTasks ...
//   await fleet.stop({ unregister: true });
import { subjectsFor } from '../../shared/bus/index.js';
import type { Bus } from '../../shared/bus/index.js';
import { systemClock, type Clock } from '../../shared/clock/index.js';
import { randomToken } from '../../shared/ids/index.js';
import type { pb } from '../../shared/protocol/index.js';
import { parseAttributes, parseResources, resourcesToProto } from '../../shared/resources/index.js';
import type { Logger } from '../../agent/logger.js';
import { emptyCounters, HollowAgent, type HollowCounters } from './hollow-agent.js';

export { HollowAgent, type HollowCounters } from './hollow-agent.js';

export interface HollowFleetOptions {
  readonly bus: Bus;
  readonly cluster: string;
  readonly count: number;
  /** Every agent's resources, in the agent's --resources text form. */
  readonly resources: string;
  /** Agent `index`'s attributes in the --attributes text form; default `kind:hollow;rack:r<index mod 10>`. */
  readonly attributes?: (index: number) => string;
  /** Host names are `<prefix>-<index>`; default `hollow`. */
  readonly hostnamePrefix?: string;
  /** First resend delay of unacknowledged updates; default 10 s (the agent's). */
  readonly statusUpdateBackoffMs?: number;
  /** Default 10 s: a master busy admitting hundreds of agents answers late, not never. */
  readonly registrationTimeoutMs?: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Aborting gives up registering: the fleet stops and startHollowAgents rejects. */
  readonly signal?: AbortSignal;
}

export interface HollowFleet {
  readonly agents: readonly HollowAgent[];
  /** Summed over the fleet, updated as they work. */
  readonly counters: HollowCounters;
  /** Tasks the fleet holds that have not ended. */
  readonly liveTasks: number;
  /** Tasks with status updates not yet acknowledged: 0 once every update, the final ones included, got through. */
  readonly openStreams: number;
  stop(options?: { readonly unregister?: boolean }): Promise<void>;
}

const defaultAttributes = (index: number): string => `kind:hollow;rack:r${index % 10}`;

/** Starts `count` hollow agents and resolves once the master has admitted every one (REGISTER answered). */
export async function startHollowAgents(options: HollowFleetOptions): Promise<HollowFleet> {
  if (!Number.isInteger(options.count) || options.count < 1) throw new Error('a hollow fleet needs at least one agent');
  const subjects = subjectsFor(options.cluster);
  const resources = resourcesToProto(parseResources(options.resources));
  const bootId = randomToken();
  const prefix = options.hostnamePrefix ?? 'hollow';
  const counters = emptyCounters();
  const agents = Array.from({ length: options.count }, (_, index) => {
    const agentInfo: pb.AgentInfo.$Properties = {
      hostname: `${prefix}-${index}`,
      // Nothing listens there; a port is given because real agents always advertise one.
      port: 5051,
      resources,
      attributes: parseAttributes((options.attributes ?? defaultAttributes)(index)),
      bootId,
      version: 'hollow',
    };
    return new HollowAgent({
      bus: options.bus, subjects, clock: options.clock ?? systemClock, agentInfo, counters,
      statusUpdateBackoff: { initialMs: options.statusUpdateBackoffMs ?? 10_000, maxMs: 600_000 },
      registrationTimeoutMs: options.registrationTimeoutMs ?? 10_000,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
  });
  const stop = async (stopOptions: { readonly unregister?: boolean } = {}): Promise<void> => {
    await Promise.all(agents.map((agent) => agent.stop(stopOptions.unregister ?? false)));
  };
  const abort = (): void => { void stop({ unregister: true }); };
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    if (options.signal?.aborted === true) throw new Error('hollow agents: aborted before registering');
    await Promise.all(agents.map((agent) => agent.register()));
  } catch (error) {
    await stop({ unregister: true });
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
  return {
    agents,
    counters,
    get liveTasks() {
      return agents.reduce((sum, agent) => sum + agent.liveTasks, 0);
    },
    get openStreams() {
      return agents.reduce((sum, agent) => sum + agent.openStreams, 0);
    },
    stop,
  };
}
