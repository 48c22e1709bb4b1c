// Sandbox garbage collection: the Mesos --gc_delay / --gc_disk_headroom policy and the collector that applies it.
export { GC_DEFAULTS, gcDelayMs, diskUsageOf, type GcDelayInput } from './policy.js';
export { SandboxGc, type SandboxGcOptions, type DiskCheck, type KeepRun } from './sandbox-gc.js';
