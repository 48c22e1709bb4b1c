// namespaces/pid (Mesos namespaces/pid): the task gets its own pid namespace, with a /proc of its own in a private
// mount namespace, so it sees only its own processes. The supervisor does the work (unshare, mount); this isolator
// only asks for it.
import type { ContainerLimitation, ContainerUsage } from '../containerizer/types.js';
import type { ContainerLimits, IsolationPlan, Isolator } from './types.js';

export const PID_NAMESPACE_FLAG = '--pid-ns';

export class NamespacesPidIsolator implements Isolator {
  readonly name = 'namespaces/pid';

  prepare(_containerId: string, _limits: ContainerLimits): Promise<IsolationPlan> {
    return Promise.resolve({ procsFiles: [], supervisorFlags: [PID_NAMESPACE_FLAG] });
  }

  usage(_containerId: string, _pid: number | undefined): Promise<Partial<ContainerUsage>> {
    return Promise.resolve({});
  }

  limitation(_containerId: string): Promise<ContainerLimitation | undefined> {
    return Promise.resolve(undefined);
  }

  pids(_containerId: string): Promise<number[]> {
    return Promise.resolve([]);
  }

  cleanup(_containerId: string): Promise<void> {
    return Promise.resolve(); // the namespace ends with its last process
  }

  recover(_known: ReadonlySet<string>): Promise<void> {
    return Promise.resolve();
  }
}
