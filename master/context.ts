// What the master's call handlers share. The Master owns these; handler modules receive them through this interface
// so they never import master.ts (no cycles) and can be read one concern at a time.
import type { Subjects } from '../shared/bus/index.js';
import type { Clock } from '../shared/clock/index.js';
import type { Logger } from '../shared/logging/index.js';
import type { pb } from '../shared/protocol/index.js';
import type { HierarchicalAllocator } from './allocator/index.js';
import type { MasterCounters } from './metrics.js';
import type { Outbox } from './outbox.js';
import type { Registrar } from './registrar.js';
import type { FrameworkEntry, MasterState, OfferEntry, TaskEntry } from './state.js';

export interface MasterSettings {
  readonly cluster: string;
  readonly hostname: string;
  readonly port: number;
  readonly allocationIntervalMs: number;
  /** Offers are rescinded after this long; undefined: never (Mesos default). */
  readonly offerTimeoutMs: number | undefined;
  readonly agentPingIntervalMs: number;
  readonly maxAgentPingTimeouts: number;
  readonly frameworkHeartbeatIntervalMs: number;
  readonly maxMissedFrameworkHeartbeats: number;
  readonly defaultRefuseSeconds: number;
}

export interface MasterContext {
  readonly state: MasterState;
  readonly allocator: HierarchicalAllocator;
  readonly registrar: Registrar;
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly log: Logger;
  readonly settings: MasterSettings;
  readonly counters: MasterCounters;
  readonly masterId: string;
  readonly subjects: Subjects;
  readonly epoch: number;
  masterInfo(): pb.MasterInfo.$Properties;
  /** Agents known from the registry that have not re-registered with this master yet. */
  pendingAgentIds(): ReadonlySet<string>;
  /** Asks for an allocation run soon; requests made before it runs coalesce. */
  requestAllocation(agentIds?: Iterable<string>): void;
  /** Withdraws an offer: tells the framework (RESCIND) and gives the resources back, optionally with a filter. */
  rescindOffer(offer: OfferEntry, refuseSeconds?: number): void;
  /** Applies a status to the master's view of a task and forwards it to its framework. */
  applyStatus(framework: FrameworkEntry, task: TaskEntry | undefined, status: pb.TaskStatus.$Properties): void;
  /** Tears a framework down: kills its tasks, forgets it, refuses its id from now on. */
  removeFramework(framework: FrameworkEntry, reason: string): void;
}
