// Talking to drover-supervisor: its launch report (fd 3), the termination file it leaves, and signals.
import { constants as osConstants } from 'node:os';
import type { ContainerTermination } from '../types.js';

export type LaunchReport = { readonly pid: number } | { readonly failed: string };

export function parseLaunchReport(line: string): LaunchReport {
  const trimmed = line.trim();
  if (trimmed.startsWith('ok ')) {
    const pid = Number(trimmed.slice(3));
    if (Number.isInteger(pid) && pid > 0) return { pid };
  }
  if (trimmed.startsWith('error ')) return { failed: trimmed.slice(6) };
  return { failed: `unexpected supervisor report: ${trimmed}` };
}

/** The supervisor's termination.json; undefined when malformed. */
export function parseTermination(text: string): ContainerTermination | undefined {
  try {
    const value = JSON.parse(text) as { status?: unknown; exitCode?: unknown; signal?: unknown };
    if (typeof value.status !== 'number') return undefined;
    if (typeof value.signal === 'number') {
      return { exitCode: null, signal: signalName(value.signal), status: value.status };
    }
    return { exitCode: typeof value.exitCode === 'number' ? value.exitCode : value.status, signal: null, status: value.status };
  } catch {
    return undefined;
  }
}

function signalName(signal: number): NodeJS.Signals | null {
  for (const [name, number] of Object.entries(osConstants.signals)) {
    if (number === signal) return name as NodeJS.Signals;
  }
  return null;
}

export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  if (pid <= 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we wanted.
  }
}

export function signalPids(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    if (pid <= 1) continue;
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}
