// Isolators of the process containerizer: cgroups (cpu, mem, pids), the pid namespace, and the posix fallbacks.
export type { ContainerLimits, IsolationPlan, Isolator } from './types.js';
export {
  createIsolators, parseIsolation, expandIsolation, ISOLATOR_NAMES, ISOLATION_SHORTHANDS,
  type CreateIsolatorsOptions, type IsolatorName,
} from './select.js';
export {
  detectCgroupLayout, layoutFromMounts, parseMountinfo, parseProcMounts, controllerMount, controllerUsable, layoutKind,
  type CgroupLayout, type CgroupV2Mount, type ControllerMount,
} from './cgroup-layout.js';
export { CgroupSet, DEFAULT_CGROUPS_ROOT, normalizeCgroupsRoot, type CgroupDir } from './cgroup-tree.js';
export type { CgroupsIsolatorOptions } from './cgroups-isolator.js';
export {
  CgroupsCpuIsolator, cpuShares, cfsQuotaUs, cpuWeightFromShares, CFS_PERIOD_US, type CgroupsCpuIsolatorOptions,
} from './cgroups-cpu.js';
export { CgroupsMemIsolator, memoryLimitBytes, MIN_MEMORY_MB } from './cgroups-mem.js';
export { CgroupsPidsIsolator, DEFAULT_PIDS_LIMIT, type CgroupsPidsIsolatorOptions } from './cgroups-pids.js';
export { NamespacesPidIsolator, PID_NAMESPACE_FLAG } from './namespaces-pid.js';
export { PosixCpuIsolator } from './posix-cpu.js';
export { PosixMemIsolator } from './posix-mem.js';
export { listProcesses, parseProcStat, processTree, residentBytes, CLOCK_TICKS_PER_SECOND, type ProcStat } from './posix-proc.js';
