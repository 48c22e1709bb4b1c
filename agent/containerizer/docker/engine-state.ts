// The engine's view of a container (inspect state, stats) turned into the containerizer's types. Pure.
import type Dockerode from 'dockerode';
import { constants as osConstants } from 'node:os';
import type { ContainerTermination, ContainerUsage } from '../types.js';

const SIGNAL_NAMES = new Map<number, NodeJS.Signals>(
  Object.entries(osConstants.signals).map(([name, number]) => [number, name as NodeJS.Signals]),
);
const MB = 1024 * 1024;

export interface EngineExit {
  /** State.ExitCode: the exit code, or 128 + the signal that ended the main process. */
  readonly exitCode: number;
  readonly oomKilled: boolean;
  /** HostConfig.Memory in bytes (0: no limit). */
  readonly memoryBytes: number;
}

/** How the container ended. As the engine reports 128 + n for a signal, an exit code above 128 reads as a signal. */
export function dockerTermination(exit: EngineExit, message?: string): ContainerTermination {
  const signal = exit.exitCode > 128 ? SIGNAL_NAMES.get(exit.exitCode - 128) : undefined;
  const base: ContainerTermination = signal === undefined
    ? { exitCode: exit.exitCode, signal: null, status: exit.exitCode }
    : { exitCode: null, signal, status: exit.exitCode };
  const limitation = exit.oomKilled
    ? {
      resource: 'mem' as const,
      message: exit.memoryBytes > 0
        ? `Memory limit exceeded: Requested: ${Math.round(exit.memoryBytes / MB)}MB (the kernel's OOM killer ended the container)`
        : "Memory limit exceeded (the kernel's OOM killer ended the container)",
    }
    : undefined;
  return {
    ...base,
    ...(limitation === undefined ? {} : { limitation }),
    ...(message === undefined ? {} : { message }),
  };
}

export function engineExit(inspect: Dockerode.ContainerInspectInfo): EngineExit {
  return {
    exitCode: inspect.State.ExitCode,
    oomKilled: inspect.State.OOMKilled,
    memoryBytes: inspect.HostConfig.Memory ?? 0,
  };
}

export interface DockerLimits {
  readonly cpus?: number;
  readonly memoryBytes?: number;
}

/** Resource statistics (Mesos ResourceStatistics names) from one `stats?stream=false` answer. */
export function dockerUsage(stats: Dockerode.ContainerStats, limits: DockerLimits, nowMs: number): ContainerUsage {
  const usage: { -readonly [K in keyof ContainerUsage]: ContainerUsage[K] } = { timestamp: nowMs / 1000 };
  const put = (name: keyof ContainerUsage, value: number | undefined): void => {
    if (value !== undefined && Number.isFinite(value)) usage[name] = value;
  };
  const cpu = stats.cpu_stats as Partial<Dockerode.CPUStats> | undefined;
  put('cpus_user_time_secs', nanosToSeconds(cpu?.cpu_usage?.usage_in_usermode));
  put('cpus_system_time_secs', nanosToSeconds(cpu?.cpu_usage?.usage_in_kernelmode));
  put('cpus_nr_periods', cpu?.throttling_data?.periods);
  put('cpus_nr_throttled', cpu?.throttling_data?.throttled_periods);
  put('cpus_throttled_time_secs', nanosToSeconds(cpu?.throttling_data?.throttled_time));
  put('cpus_limit', limits.cpus);
  const memory = stats.memory_stats as Partial<Dockerode.MemoryStats> | undefined;
  const memoryDetail = memory?.stats as Record<string, number | undefined> | undefined;
  // cgroup v1 reports rss (total_rss with children); v2 reports anon.
  put('mem_rss_bytes', memoryDetail?.['total_rss'] ?? memoryDetail?.['rss'] ?? memoryDetail?.['anon']);
  put('mem_total_bytes', memory?.usage);
  put('mem_limit_bytes', limits.memoryBytes);
  const pids = stats.pids_stats as { current?: number; limit?: number } | undefined;
  put('processes', pids?.current);
  // An unlimited pids cgroup reports a huge number (or nothing).
  if (pids?.limit !== undefined && pids.limit > 0 && pids.limit < 2 ** 32) put('pids_limit', pids.limit);
  return usage;
}

function nanosToSeconds(value: number | undefined): number | undefined {
  return value === undefined ? undefined : value / 1e9;
}
