// The task's Unix user as uid/gid: fetched files are handed to it and archives are unpacked as it. Looked up with
// `getent passwd` (so NSS sources count, as for the supervisor's getpwnam), else /etc/passwd.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { DroverError } from '../../shared/errors/index.js';
import type { RunAs } from './extract.js';

/**
 * The user's ids, or undefined when the agent is not root: it can neither give files away nor switch users then
 * (and the task runs as the agent's user anyway). Throws FETCH for a user this machine does not know (Mesos).
 */
export async function resolveTaskUser(user: string | undefined): Promise<RunAs | undefined> {
  if (user === undefined || process.getuid?.() !== 0) return undefined;
  const line = await getentPasswd(user) ?? await etcPasswdLine(user);
  const fields = line?.split(':');
  const uid = Number(fields?.[2]);
  const gid = Number(fields?.[3]);
  if (fields === undefined || !Number.isInteger(uid) || !Number.isInteger(gid) || fields[2] === '' || fields[3] === '') {
    throw new DroverError('FETCH', `unknown user '${user}'`);
  }
  return { uid, gid };
}

/** The passwd line, '' when getent says there is none, undefined when getent could not run. */
function getentPasswd(user: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('getent', ['passwd', user], { timeout: 10_000 }, (error, stdout) => {
      if (error === null) resolve(stdout.split('\n')[0] ?? '');
      else resolve(typeof error.code === 'number' ? '' : undefined);
    });
  });
}

async function etcPasswdLine(user: string): Promise<string | undefined> {
  const passwd = await readFile('/etc/passwd', 'utf8').catch(() => '');
  return passwd.split('\n').find((line) => line.startsWith(`${user}:`));
}
