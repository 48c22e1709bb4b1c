// The cgroup directories of containers: `<mount>/<root>/<containerId>` for every mount holding one of an isolator's
// controllers. Creating them (on v2 after enabling the controllers in each parent's cgroup.subtree_control), listing
// their processes, and destroying them: SIGKILL whatever is inside until nothing is, then rmdir, deepest first.
import { mkdir, readdir, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { DroverError, errorMessage } from '../../shared/errors/index.js';
import { invalidIdReason } from '../../shared/ids/index.js';
import type { Logger } from '../logger.js';
import { controllerMount, type CgroupLayout } from './cgroup-layout.js';
import { parsePids, readControlFile, writeControlFile, writeOptionalControlFile } from './cgroup-files.js';

/** Rounds of "list, SIGKILL, wait" before a cgroup that keeps processes is reported as stuck. */
const KILL_ROUNDS = 20;
/** Attempts at rmdir while the kernel still says EBUSY (processes exiting, v1 memory being uncharged). */
const RMDIR_ATTEMPTS = 20;
const MAX_WAIT_MS = 100;

export const DEFAULT_CGROUPS_ROOT = 'drover';

/** One mount's share of a container's cgroups. */
export interface CgroupDir {
  readonly version: 1 | 2;
  readonly mountPoint: string;
  /** The controllers of the isolator that live on this mount (v2 names on v2: 'cpu', 'memory', 'pids'). */
  readonly controllers: readonly string[];
}

/** Checks and normalizes the `root` option: a relative path of plain names, like 'drover' or 'drover/agent-1'. */
export function normalizeCgroupsRoot(root: string): string {
  const segments = root.split('/').filter((segment) => segment !== '');
  if (segments.length === 0 || segments.some((segment) => segment === '.' || segment === '..')) {
    throw new DroverError('CONFIG', `invalid cgroups root '${root}': expected a relative path of plain names like 'drover'`);
  }
  return segments.join('/');
}

function checkContainerId(containerId: string): void {
  const reason = invalidIdReason(containerId);
  if (reason !== undefined) throw new DroverError('INVALID_ARGUMENT', `invalid container id '${containerId}': ${reason}`);
}

/** The cgroups one isolator owns: its controllers on each mount, under one root. */
export class CgroupSet {
  readonly root: string;
  readonly mounts: readonly CgroupDir[];

  /** Throws CONFIG when a controller is not mounted; check with controllerUsable() first. */
  constructor(layout: CgroupLayout, controllers: readonly string[], root: string) {
    this.root = normalizeCgroupsRoot(root);
    const byMount = new Map<string, { version: 1 | 2; controllers: string[] }>();
    for (const controller of controllers) {
      const mount = controllerMount(layout, controller);
      if (mount === undefined) throw new DroverError('CONFIG', `the cgroup controller '${controller}' is not mounted`);
      const entry = byMount.get(mount.mountPoint) ?? { version: mount.version, controllers: [] };
      const name = mount.version === 2 && controller === 'cpuacct' ? 'cpu' : controller;
      if (!entry.controllers.includes(name)) entry.controllers.push(name);
      byMount.set(mount.mountPoint, entry);
    }
    this.mounts = [...byMount].map(([mountPoint, entry]) => ({ mountPoint, ...entry }));
  }

  /** The container's directory in the mount holding `controller` (cpuacct maps to cpu's mount on v2). */
  dir(containerId: string, controller: string): string {
    checkContainerId(containerId);
    const v2Name = controller === 'cpuacct' ? 'cpu' : controller;
    const mount = this.mounts.find((m) => m.controllers.includes(controller) || (m.version === 2 && m.controllers.includes(v2Name)));
    if (mount === undefined) throw new DroverError('CONFIG', `this isolator does not own the cgroup controller '${controller}'`);
    return join(mount.mountPoint, this.root, containerId);
  }

  dirs(containerId: string): { readonly mount: CgroupDir; readonly dir: string }[] {
    checkContainerId(containerId);
    return this.mounts.map((mount) => ({ mount, dir: join(mount.mountPoint, this.root, containerId) }));
  }

  procsFiles(containerId: string): string[] {
    return this.dirs(containerId).map(({ dir }) => join(dir, 'cgroup.procs'));
  }

  /** Creates the container's cgroups (and the root's directories); fine when they already exist. */
  async create(containerId: string): Promise<void> {
    for (const { mount, dir } of this.dirs(containerId)) {
      if (mount.version === 2) await this.createV2Parents(mount);
      await mkdirOrFail(dir, true);
    }
  }

  /** On v2 a controller's files appear in a cgroup only when every ancestor enabled it for its children. */
  private async createV2Parents(mount: CgroupDir): Promise<void> {
    let current = mount.mountPoint;
    await enableControllers(current, mount.controllers);
    for (const segment of this.root.split('/')) {
      current = join(current, segment);
      await mkdirOrFail(current, false);
      await enableControllers(current, mount.controllers);
    }
  }

  /** Processes in the container's cgroups (and their sub-cgroups), without duplicates. */
  async pids(containerId: string): Promise<number[]> {
    const pids = new Set<number>();
    for (const { dir } of this.dirs(containerId)) {
      for (const sub of await subtree(dir)) for (const pid of await procsOf(sub)) pids.add(pid);
    }
    return [...pids];
  }

  /** Kills what is left and removes the container's cgroups; nothing to do when they are gone. */
  async destroy(containerId: string): Promise<void> {
    for (const { mount, dir } of this.dirs(containerId)) await destroyTree(dir, mount.version);
  }

  /** Destroys every container cgroup under the root whose id is not in `known`; logs (and skips) one that resists. */
  async destroyOrphans(known: ReadonlySet<string>, logger: Logger): Promise<string[]> {
    const removed = new Set<string>();
    for (const mount of this.mounts) {
      const rootDir = join(mount.mountPoint, this.root);
      for (const name of await childDirs(rootDir) ?? []) {
        if (known.has(name)) continue;
        try {
          await destroyTree(join(rootDir, name), mount.version);
          removed.add(name);
        } catch (error) {
          logger.warn({ cgroup: join(rootDir, name), error: errorMessage(error) }, 'could not remove an orphaned cgroup');
        }
      }
    }
    return [...removed];
  }
}

async function mkdirOrFail(dir: string, recursive: boolean): Promise<void> {
  try {
    await mkdir(dir, { recursive });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw new DroverError('ISOLATION', `cannot create the cgroup ${dir}: ${errorMessage(error)}`, { cause: error });
  }
}

async function enableControllers(dir: string, controllers: readonly string[]): Promise<void> {
  const file = join(dir, 'cgroup.subtree_control');
  const enabled = new Set((await readControlFile(file) ?? '').split(/\s+/));
  for (const controller of controllers) {
    if (enabled.has(controller)) continue;
    try {
      await writeControlFile(file, `+${controller}`);
    } catch (error) {
      // EBUSY: cgroup v2's "no internal processes" rule; the agent must not run in a cgroup it delegates from.
      throw new DroverError('ISOLATION',
        `${errorMessage(error)} (cgroup v2 cannot enable controllers for the children of a cgroup that has processes of its own; run the agent in a leaf cgroup)`,
        { cause: error });
    }
  }
}

/** The sub-directories (child cgroups) of `dir`; undefined when `dir` does not exist. */
async function childDirs(dir: string): Promise<string[] | undefined> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DroverError('ISOLATION', `cannot list ${dir}: ${errorMessage(error)}`, { cause: error });
  }
}

/** `dir` and every cgroup below it, deepest first (the order rmdir needs); empty when `dir` does not exist. */
async function subtree(dir: string): Promise<string[]> {
  const children = await childDirs(dir);
  if (children === undefined) return [];
  const below: string[] = [];
  for (const child of children) below.push(...await subtree(join(dir, child)));
  return [...below, dir];
}

async function procsOf(dir: string): Promise<number[]> {
  return parsePids(await readControlFile(join(dir, 'cgroup.procs')));
}

function sigkill(pid: number): void {
  if (pid === process.pid) return; // never ourselves, even if someone moved the agent into a container's cgroup
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function destroyTree(dir: string, version: 1 | 2): Promise<void> {
  const dirs = await subtree(dir);
  if (dirs.length === 0) return;
  for (let round = 0; ; round++) {
    const pids = new Set<number>();
    for (const sub of dirs) for (const pid of await procsOf(sub)) pids.add(pid);
    if (pids.size === 0) break;
    if (round === KILL_ROUNDS) {
      throw new DroverError('ISOLATION', `processes ${[...pids].join(', ')} are still in ${dir} after ${KILL_ROUNDS} rounds of SIGKILL`);
    }
    // cgroup.kill (v2, Linux 5.14+) kills the whole subtree at once, so a forking task cannot outrun the loop.
    if (version === 2) await writeOptionalControlFile(join(dir, 'cgroup.kill'), '1');
    for (const pid of pids) sigkill(pid);
    await delay(Math.min(5 * 2 ** round, MAX_WAIT_MS));
  }
  for (const sub of dirs) await rmdirRetrying(sub);
}

async function rmdirRetrying(dir: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rmdir(dir);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code !== 'EBUSY' || attempt === RMDIR_ATTEMPTS) {
        throw new DroverError('ISOLATION', `cannot remove the cgroup ${dir}: ${errorMessage(error)}`, { cause: error });
      }
      await delay(Math.min(5 * attempt, MAX_WAIT_MS));
    }
  }
}
