// Counters the master keeps while it works, and the Prometheus view of them plus gauges computed from its state.
// Names follow Mesos's metrics (master/tasks_running → master_tasks_running) so dashboards carry over.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { v1, type pb } from '../shared/protocol/index.js';

export class MasterCounters {
  readonly messages = new Map<string, number>();
  readonly taskStates = new Map<pb.TaskState, number>();
  allocationRuns = 0;
  lastAllocationRunMs = 0;
  readonly allocationRunMsSamples: number[] = [];

  count(name: string, by = 1): void {
    this.messages.set(name, (this.messages.get(name) ?? 0) + by);
  }

  countTaskState(state: pb.TaskState): void {
    this.taskStates.set(state, (this.taskStates.get(state) ?? 0) + 1);
  }

  recordAllocationRun(durationMs: number): void {
    this.allocationRuns += 1;
    this.lastAllocationRunMs = durationMs;
    this.allocationRunMsSamples.push(durationMs);
  }

  /** Samples since the last call, for the histogram. */
  drainAllocationSamples(): number[] {
    return this.allocationRunMsSamples.splice(0, this.allocationRunMsSamples.length);
  }
}

/** What the metrics read from a running master. */
export interface MetricsSource {
  readonly counters: MasterCounters;
  uptimeSeconds(): number;
  elected(): boolean;
  /** Totals per resource name (cpus, mem, disk, gpus): total, used by tasks, offered. */
  resourceTotals(): Map<string, { total: number; used: number; offered: number }>;
  taskCounts(): Map<pb.TaskState, number>;
  agentCounts(): { active: number; unreachable: number; pending: number };
  frameworkCounts(): { active: number; inactive: number; connected: number; disconnected: number };
  outstandingOffers(): number;
  roleShares(): Map<string, number>;
}

const TASK_STATE_METRICS: Array<[string, pb.TaskState]> = [
  ['staging', v1.TaskState.TASK_STAGING], ['starting', v1.TaskState.TASK_STARTING], ['running', v1.TaskState.TASK_RUNNING],
  ['killing', v1.TaskState.TASK_KILLING], ['finished', v1.TaskState.TASK_FINISHED], ['failed', v1.TaskState.TASK_FAILED],
  ['killed', v1.TaskState.TASK_KILLED], ['lost', v1.TaskState.TASK_LOST], ['error', v1.TaskState.TASK_ERROR],
  ['dropped', v1.TaskState.TASK_DROPPED], ['unreachable', v1.TaskState.TASK_UNREACHABLE], ['gone', v1.TaskState.TASK_GONE],
];

export function buildMetricsRegistry(source: MetricsSource): Registry {
  const registry = new Registry();
  const gauge = (name: string, help: string, read: () => number): void => {
    new Gauge({ name, help, registers: [registry], collect() { this.set(read()); } });
  };
  for (const resource of ['cpus', 'mem', 'disk', 'gpus']) {
    const read = (field: 'total' | 'used' | 'offered') => () => source.resourceTotals().get(resource)?.[field] ?? 0;
    gauge(`master_${resource}_total`, `Total ${resource} of active agents`, read('total'));
    gauge(`master_${resource}_used`, `${resource} used by tasks`, read('used'));
    gauge(`master_${resource}_offered`, `${resource} in outstanding offers`, read('offered'));
    gauge(`master_${resource}_percent`, `Share of ${resource} used by tasks`, () => {
      const totals = source.resourceTotals().get(resource);
      return totals === undefined || totals.total === 0 ? 0 : totals.used / totals.total;
    });
  }
  // Current task counts by state (tasks the master holds now; terminal ones since start for finished/failed/…).
  for (const [label, state] of TASK_STATE_METRICS) {
    gauge(`master_tasks_${label}`, `Tasks in ${v1.TaskState[state]}`, () => source.taskCounts().get(state) ?? 0);
  }
  gauge('master_agents_active', 'Registered agents answering pings', () => source.agentCounts().active);
  gauge('master_agents_unreachable', 'Agents removed after missed pings', () => source.agentCounts().unreachable);
  gauge('master_agents_recovering', 'Agents from the registry not yet re-registered', () => source.agentCounts().pending);
  gauge('master_frameworks_active', 'Subscribed, connected frameworks', () => source.frameworkCounts().active);
  gauge('master_frameworks_inactive', 'Known frameworks without a connected scheduler', () => source.frameworkCounts().inactive);
  gauge('master_frameworks_connected', 'Frameworks with a connected scheduler', () => source.frameworkCounts().connected);
  gauge('master_frameworks_disconnected', 'Frameworks whose scheduler is gone (within failover_timeout)', () => source.frameworkCounts().disconnected);
  gauge('master_outstanding_offers', 'Offers sent and not yet answered', () => source.outstandingOffers());
  gauge('master_elected', '1 when this master is the leader', () => (source.elected() ? 1 : 0));
  gauge('master_uptime_secs', 'Seconds since the master started', () => source.uptimeSeconds());
  gauge('allocator_allocation_runs', 'Allocation cycles run', () => source.counters.allocationRuns);
  gauge('allocator_allocation_run_ms', 'Duration of the last allocation cycle', () => source.counters.lastAllocationRunMs);
  new Gauge({
    name: 'allocator_role_dominant_share', help: 'DRF dominant share per role', labelNames: ['role'], registers: [registry],
    collect() {
      this.reset();
      for (const [role, share] of source.roleShares()) this.set({ role }, share);
    },
  });
  new Histogram({
    name: 'allocator_allocation_run_latency_ms', help: 'Allocation cycle durations', registers: [registry],
    buckets: [0.1, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000],
    collect() {
      for (const sample of source.counters.drainAllocationSamples()) this.observe(sample);
    },
  });
  new Counter({
    name: 'master_messages_total', help: 'Messages handled by kind', labelNames: ['kind'], registers: [registry],
    collect() {
      this.reset();
      for (const [kind, value] of source.counters.messages) this.inc({ kind }, value);
    },
  });
  return registry;
}
