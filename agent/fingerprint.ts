// What this machine offers, detected the way the Mesos agent does (mesos.md §6): all CPUs; memory minus what the
// system keeps (1 GiB or half, whichever is less); free disk of the work dir minus 5 GiB or half; ports
// [31000-32000]; one gpu per /dev/nvidiaN. Explicit --resources values replace detected ones name by name.
import { readdir, statfs } from 'node:fs/promises';
import { cpus, hostname as osHostname, totalmem } from 'node:os';
import {
  addResources, normalizeResources, withoutNames, type Resource, type Resources,
} from '../shared/resources/index.js';

export interface FingerprintOptions {
  readonly workDir: string;
  /** Replace the detected value of each resource named here. */
  readonly overrides?: Resources;
  readonly hostname?: string;
  /** Where device files live (tests point it elsewhere). */
  readonly deviceDir?: string;
}

export interface Fingerprint {
  readonly resources: Resources;
  readonly hostname: string;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
// Mesos auto-detection fallbacks when a value cannot be read.
const FALLBACK_DISK_MB = 10 * 1024;
export const DEFAULT_PORT_RANGE = { begin: 31000, end: 32000 } as const;

/** Megabytes left for tasks out of `totalBytes` after the system keeps min(`reserveBytes`, half). */
export function usableMegabytes(totalBytes: number, reserveBytes: number): number {
  const usable = totalBytes - Math.min(reserveBytes, totalBytes / 2);
  return Math.max(0, Math.floor(usable / MiB));
}

export async function fingerprint(options: FingerprintOptions): Promise<Fingerprint> {
  const detected: Resource[] = [
    scalar('cpus', Math.max(1, cpus().length)),
    scalar('mem', usableMegabytes(totalmem(), GiB)),
    scalar('disk', await detectDiskMegabytes(options.workDir)),
    { name: 'ports', role: '*', reservations: [], value: { type: 'ranges', ranges: [DEFAULT_PORT_RANGE] } },
  ];
  const gpus = await countGpus(options.deviceDir ?? '/dev');
  if (gpus > 0) detected.push(scalar('gpus', gpus));
  const overrides = options.overrides ?? [];
  const overridden = [...new Set(overrides.map((resource) => resource.name))];
  return {
    resources: addResources(withoutNames(normalizeResources(detected), overridden), overrides),
    hostname: options.hostname ?? osHostname(),
  };
}

function scalar(name: string, value: number): Resource {
  return { name, role: '*', reservations: [], value: { type: 'scalar', value } };
}

async function detectDiskMegabytes(workDir: string): Promise<number> {
  try {
    const stats = await statfs(workDir);
    return usableMegabytes(Number(stats.bavail) * Number(stats.bsize), 5 * GiB);
  } catch {
    return FALLBACK_DISK_MB;
  }
}

async function countGpus(deviceDir: string): Promise<number> {
  try {
    return (await readdir(deviceDir)).filter((name) => /^nvidia[0-9]+$/.test(name)).length;
  } catch {
    return 0;
  }
}
