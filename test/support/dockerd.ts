// One private Docker engine per test process, started on first use and shared by every test file; stopped by the
// root hook in dockerd-hooks.ts. It never touches a Docker already on the machine: its own socket, data and exec
// roots, its own bridge (not docker0) and no iptables rules (port mappings go through docker-proxy), so a system
// dockerd, or another test process, can run beside it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  accessSync, closeSync, constants as fsConstants, openSync, readFileSync, readdirSync, rmSync, writeFileSync,
} from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import Dockerode from 'dockerode';

export interface Dockerd {
  readonly socketPath: string;
  /** `drover-test/busybox:latest`: busybox with the applets the tests use, /tmp, /etc and /www. */
  readonly image: string;
  readonly docker: Dockerode;
}

export const TEST_IMAGE = 'drover-test/busybox:latest';
const INSTALL_HINT = "run scripts/install-deps.sh, which installs Debian's docker.io and busybox-static";
const APPLETS = ['sh', 'ls', 'cat', 'echo', 'sleep', 'httpd', 'wget', 'nc', 'dd', 'head', 'tr', 'yes', 'kill', 'ps',
  'true', 'false', 'env', 'id', 'mkdir'];
const BRIDGE_PREFIX = 'drvdk';
const DIR_PREFIX = 'dkd-';

interface Running {
  readonly dir: string;
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  readonly bridge: string;
}

let starting: Promise<Dockerd> | undefined;
let running: Running | undefined;

/** The shared test engine; starts it on the first call. Throws (never skips) when dockerd or busybox is missing. */
export function useDockerd(): Promise<Dockerd> {
  starting ??= start();
  return starting;
}

/** Stops the engine if this process started one (SIGTERM, waits for it to exit) and removes its files. */
export async function stopDockerd(): Promise<void> {
  const current = running;
  running = undefined;
  starting = undefined;
  if (current === undefined) return;
  if (current.child.exitCode === null && current.child.signalCode === null) {
    current.child.kill('SIGTERM');
    const forced = setTimeout(() => current.child.kill('SIGKILL'), 20_000);
    await current.exited;
    clearTimeout(forced);
  }
  deleteBridge(current.bridge);
  unmountUnder(current.dir);
  await rm(current.dir, { recursive: true, force: true });
}

/** dockerd leaves mounts behind in its roots (the data root, exec/netns/default); rm cannot remove mount points. */
function unmountUnder(dir: string): void {
  let mountinfo: string;
  try {
    mountinfo = readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return;
  }
  const points = mountinfo.split('\n').map((line) => line.split(' ')[4] ?? '')
    .filter((point) => point === dir || point.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
  for (const point of points) spawnSync('umount', ['-l', point]);
}

function findExecutable(name: string): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  for (const dir of dirs) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, name), fsConstants.X_OK);
      return join(dir, name);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function required(name: string, what: string): string {
  const path = findExecutable(name);
  if (path === undefined) throw new Error(`${what} not found: ${INSTALL_HINT}`);
  return path;
}

async function start(): Promise<Dockerd> {
  const dockerd = required('dockerd', 'dockerd');
  const busybox = required('busybox', 'busybox');
  const ip = findExecutable('ip');
  if (ip === undefined) throw new Error('ip not found: install iproute2 (the Docker tests give their engine its own bridge)');
  if (process.getuid?.() !== 0) throw new Error('the Docker tests start their own dockerd, which needs root');

  removeStaleBridges(ip);
  removeStaleDirs();
  // Unix socket paths must stay under 108 bytes: a short directory straight under the temp dir.
  const dir = await mkdtemp(join(tmpdir(), DIR_PREFIX));
  writeFileSync(join(dir, 'owner.pid'), `${process.pid}\n`);
  const bridge = `${BRIDGE_PREFIX}${process.pid}`;
  createBridge(ip, bridge, bridgeSubnet(process.pid));
  const socketPath = join(dir, 'docker.sock');
  const log = openSync(join(dir, 'dockerd.log'), 'a');
  const child = spawn(dockerd, [
    '--host', `unix://${socketPath}`, '--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'),
    '--pidfile', join(dir, 'docker.pid'), '--bridge', bridge, '--iptables=false', '--ip-masq=false',
    '--log-level', 'warn',
  ], { stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = new Promise<void>((resolve) => { child.once('exit', () => resolve()); });
  child.once('error', () => undefined);
  running = { dir, child, exited, bridge };
  process.once('exit', () => cleanUpAfterExit(child, dir, bridge));

  const docker = new Dockerode({ socketPath });
  await waitForPing(docker, child, dir);
  await importBusyboxImage(docker, busybox, dir);
  return { socketPath, image: TEST_IMAGE, docker };
}

/**
 * Last resort when the root hook did not run (dockerd-hooks.ts not in .mocharc.json, or a test run that exits early):
 * dockerd must not outlive the test process, and its mounts, files and bridge go once it has stopped.
 */
function cleanUpAfterExit(child: ChildProcess, dir: string, bridge: string): void {
  if (running === undefined || child.pid === undefined || child.exitCode !== null) return;
  child.kill('SIGTERM');
  const script = `while kill -0 ${child.pid} 2>/dev/null; do sleep 0.2; done; `
    + `grep -o ' ${dir}[^ ]*' /proc/self/mountinfo | sort -r | xargs -r -n1 umount -l; `
    + `rm -rf '${dir}'; ip link del '${bridge}' 2>/dev/null`;
  spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref();
}

/** Directories of test dockerds whose test process and dockerd are both gone (killed before cleaning up). */
function removeStaleDirs(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir()).filter((name) => name.startsWith(DIR_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(tmpdir(), name);
    const owner = readPid(join(dir, 'owner.pid'));
    const dockerdPid = readPid(join(dir, 'docker.pid'));
    if (owner === undefined || isAlive(owner) || (dockerdPid !== undefined && isAlive(dockerdPid))) continue;
    unmountUnder(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** 10.(200..249).x.0/24 from the pid, so test processes side by side get different subnets. */
function bridgeSubnet(pid: number): string {
  return `10.${200 + ((pid >> 8) % 50)}.${pid & 255}`;
}

function createBridge(ip: string, name: string, subnet: string): void {
  for (const args of [['link', 'add', name, 'type', 'bridge'], ['addr', 'add', `${subnet}.1/24`, 'dev', name],
    ['link', 'set', name, 'up']]) {
    const result = spawnSync(ip, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`ip ${args.join(' ')} failed: ${result.stderr}`);
  }
}

function deleteBridge(name: string): void {
  const ip = findExecutable('ip');
  if (ip !== undefined) spawnSync(ip, ['link', 'del', name]);
}

/** Bridges left by test processes that died without cleaning up. */
function removeStaleBridges(ip: string): void {
  let names: string[];
  try {
    names = readdirSync('/sys/class/net');
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(BRIDGE_PREFIX)) continue;
    const pid = Number(name.slice(BRIDGE_PREFIX.length));
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    spawnSync(ip, ['link', 'del', name]);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForPing(docker: Dockerode, child: ChildProcess, dir: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`dockerd exited before answering (${child.exitCode ?? child.signalCode}): ${logTail(dir)}`);
    }
    try {
      await docker.ping();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`dockerd did not answer /_ping within 60 s: ${String(error)}: ${logTail(dir)}`);
    }
    // Polling: dockerd has no other way to say it is ready.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function logTail(dir: string): string {
  try {
    return readFileSync(join(dir, 'dockerd.log'), 'utf8').slice(-2000);
  } catch {
    return '(no log)';
  }
}

async function importBusyboxImage(docker: Dockerode, busybox: string, dir: string): Promise<void> {
  const rootfs = join(dir, 'rootfs');
  for (const sub of ['bin', 'tmp', 'etc', 'www', 'root']) await mkdir(join(rootfs, sub), { recursive: true });
  await chmod(join(rootfs, 'tmp'), 0o1777);
  await copyFile(busybox, join(rootfs, 'bin', 'busybox'));
  for (const applet of APPLETS) await symlink('busybox', join(rootfs, 'bin', applet));
  await writeFile(join(rootfs, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n');
  await writeFile(join(rootfs, 'etc', 'group'), 'root:x:0:\nnogroup:x:65534:\n');
  const tar = spawn('tar', ['-C', rootfs, '--owner=0', '--group=0', '--mode=u+w', '-c', '.'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  const [repo, tag] = TEST_IMAGE.split(':') as [string, string];
  // The image's own command, for tests of a task without a command value.
  const stream = await docker.importImage(tar.stdout, { repo, tag, changes: ['CMD ["echo", "image default command"]'] });
  await new Promise<void>((resolve, reject) => {
    docker.modem.followProgress(stream, (error: Error | null) => (error ? reject(error) : resolve()));
  });
  await rm(rootfs, { recursive: true, force: true });
}
