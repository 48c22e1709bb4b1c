// Where the cgroup controllers live on this machine, read from the mount table rather than assumed: cgroup v1 mounts
// one hierarchy per controller (or a few co-mounted, like `cpu,cpuacct`), cgroup v2 one unified tree whose root lists
// its controllers in `cgroup.controllers`. Hybrid machines have both; a controller bound to a v1 hierarchy is not
// available in the v2 tree, so v1 wins for it.
import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The unified (v2) tree. */
export interface CgroupV2Mount {
  readonly mountPoint: string;
  /** What the root of the unified tree offers (its `cgroup.controllers`). */
  readonly controllers: ReadonlySet<string>;
}

export interface CgroupLayout {
  /** v1 hierarchies: controller name → mount point (co-mounted controllers share one). */
  readonly v1: ReadonlyMap<string, string>;
  /** The unified (v2) tree, when one is mounted. */
  readonly v2?: CgroupV2Mount;
}

/** Where one controller of a container lives. */
export interface ControllerMount {
  readonly version: 1 | 2;
  readonly mountPoint: string;
}

/** 'v1' (hybrid included), 'v2' (unified) or 'none', for logs and notes. */
export function layoutKind(layout: CgroupLayout): 'v1' | 'v2' | 'none' {
  if (layout.v1.size > 0) return 'v1';
  if (layout.v2 !== undefined && layout.v2.controllers.size > 0) return 'v2';
  return 'none';
}

/** The mount that holds `controller` ('cpu', 'cpuacct', 'memory', 'pids'), or undefined when none does. */
export function controllerMount(layout: CgroupLayout, controller: string): ControllerMount | undefined {
  const v1 = layout.v1.get(controller);
  if (v1 !== undefined) return { version: 1, mountPoint: v1 };
  if (layout.v2 === undefined) return undefined;
  // v2 has no cpuacct controller: cpu.stat of every cgroup carries the accounting.
  const v2Name = controller === 'cpuacct' ? 'cpu' : controller;
  return layout.v2.controllers.has(v2Name) ? { version: 2, mountPoint: layout.v2.mountPoint } : undefined;
}

interface MountEntry {
  readonly mountPoint: string;
  readonly fsType: string;
  readonly superOptions: readonly string[];
}

// Mount points escape space, tab, newline and backslash as octal (`\040`).
function unescapeMountPath(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_match, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** Parses /proc/self/mountinfo: `id parent major:minor root mountpoint options [optional...] - fstype source super`. */
export function parseMountinfo(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(' ');
    const separator = fields.indexOf('-');
    const mountPoint = fields[4];
    const fsType = fields[separator + 1];
    if (separator < 6 || mountPoint === undefined || fsType === undefined) continue;
    entries.push({
      mountPoint: unescapeMountPath(mountPoint),
      fsType,
      superOptions: (fields[separator + 3] ?? '').split(','),
    });
  }
  return entries;
}

/** Parses /proc/mounts (`source mountpoint fstype options dump pass`), the fallback when mountinfo is missing. */
export function parseProcMounts(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const [, mountPoint, fsType, options] = line.trim().split(' ');
    if (mountPoint === undefined || fsType === undefined) continue;
    entries.push({ mountPoint: unescapeMountPath(mountPoint), fsType, superOptions: (options ?? '').split(',') });
  }
  return entries;
}

// Mount options of a v1 cgroup mount that are not controllers.
const V1_NON_CONTROLLER_OPTIONS = new Set(['rw', 'ro', 'noprefix', 'clone_children', 'xattr', 'cpuset_v2_mode', 'favordynmods']);

/**
 * The layout described by a mount table; `readControllers` reads a v2 root's `cgroup.controllers` (injectable so a
 * test can describe a machine it does not run on).
 */
export async function layoutFromMounts(
  mounts: readonly MountEntry[],
  readControllers: (mountPoint: string) => Promise<string | undefined> = readControllersFile,
): Promise<CgroupLayout> {
  const v1 = new Map<string, string>();
  let v2: CgroupV2Mount | undefined;
  for (const mount of mounts) {
    if (mount.fsType === 'cgroup') {
      for (const option of mount.superOptions) {
        if (option === '' || option.includes('=') || V1_NON_CONTROLLER_OPTIONS.has(option)) continue;
        // The first mount of a hierarchy wins; later ones are bind mounts of the same tree.
        if (!v1.has(option)) v1.set(option, mount.mountPoint);
      }
    } else if (mount.fsType === 'cgroup2' && v2 === undefined) {
      const text = await readControllers(mount.mountPoint);
      if (text !== undefined) v2 = { mountPoint: mount.mountPoint, controllers: new Set(text.split(/\s+/).filter(Boolean)) };
    }
  }
  return v2 === undefined ? { v1 } : { v1, v2 };
}

async function readControllersFile(mountPoint: string): Promise<string | undefined> {
  try {
    return await readFile(join(mountPoint, 'cgroup.controllers'), 'utf8');
  } catch {
    return undefined;
  }
}

/** Reads this machine's cgroup layout from /proc/self/mountinfo (or /proc/mounts). */
export async function detectCgroupLayout(): Promise<CgroupLayout> {
  try {
    return await layoutFromMounts(parseMountinfo(await readFile('/proc/self/mountinfo', 'utf8')));
  } catch {
    try {
      return await layoutFromMounts(parseProcMounts(await readFile('/proc/mounts', 'utf8')));
    } catch {
      return { v1: new Map() };
    }
  }
}

/**
 * Whether containers can get cgroups of `controller` under `root`: the controller is mounted and the place where
 * their cgroups go (the root's directory if it exists, else the mount) is writable (false on a read-only /sys/fs/cgroup,
 * as in an unprivileged container).
 */
export async function controllerUsable(layout: CgroupLayout, controller: string, root: string): Promise<boolean> {
  const mount = controllerMount(layout, controller);
  if (mount === undefined) return false;
  for (const dir of [join(mount.mountPoint, root), mount.mountPoint]) {
    try {
      await access(dir, constants.W_OK);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    }
  }
  return false;
}
