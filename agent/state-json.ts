// The agent's /state document: what an operator wants to see of one agent (snake_case, like Mesos's /state).
import { formatResources } from '../shared/resources/index.js';
import type { AgentInfoSnapshot } from './types.js';

export function agentStateJson(info: AgentInfoSnapshot): Record<string, unknown> {
  return {
    id: info.agentId ?? null,
    hostname: info.hostname,
    boot_id: info.bootId,
    registered: info.registered,
    resources: formatResources(info.resources),
    attributes: info.attributes,
    tasks: info.tasks.map((task) => ({
      id: task.taskId, name: task.name, framework_id: task.frameworkId, state: task.stateName,
      container_id: task.containerId, sandbox: task.sandbox ?? null,
      ...(task.pid === undefined ? {} : { pid: task.pid }),
      ...(task.dockerId === undefined ? {} : { docker_id: task.dockerId }),
      ...(task.healthy === undefined ? {} : { healthy: task.healthy }),
    })),
  };
}
