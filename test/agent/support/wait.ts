// Waiting on conditions that other processes change. The deadline only stops a broken test from hanging; no test
// asserts on timing.
import { readFileSync } from 'node:fs';

export async function waitUntil(condition: () => boolean, what: string, deadlineMs = 10_000): Promise<void> {
  const giveUpAt = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** True when the process no longer exists or is a zombie waiting to be reaped. */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

/** The pid a task wrote to `<sandbox>/pid` (`echo $$ > pid; exec ...`), once it has written it. */
export async function taskPid(sandbox: string): Promise<number> {
  let text = '';
  await waitUntil(() => {
    try {
      text = readFileSync(`${sandbox}/pid`, 'utf8');
    } catch {
      return false;
    }
    return text.endsWith('\n');
  }, `the task in ${sandbox} wrote its pid`);
  return Number(text);
}
