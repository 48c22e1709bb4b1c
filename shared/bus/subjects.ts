// Subject names for one cluster. Every subject Drover uses is built here, so the layout is visible in one place and
// NATS permissions (security issue) can be generated from it.

export interface Subjects {
  readonly prefix: string;
  /** Framework -> master scheduler Calls (request/reply: Call -> CallResponse). */
  readonly masterScheduler: string;
  /** Agent -> master AgentMessages (REGISTER/REREGISTER by request, STATUS_UPDATE by publish). */
  readonly masterAgent: string;
  /** Master -> agent AgentCommands (PING by request, the rest by publish). */
  agent(agentId: string): string;
  /** A framework's private event subject; the SDK picks `token` and names the subject in SUBSCRIBE. */
  framework(token: string): string;
  /** Where framework event subjects live, to check that a SUBSCRIBE names one of ours. */
  readonly frameworkPrefix: string;
}

const CLUSTER_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidClusterName(name: string): boolean {
  return CLUSTER_NAME.test(name);
}

export function subjectsFor(cluster: string): Subjects {
  if (!isValidClusterName(cluster)) {
    throw new Error(`invalid cluster name '${cluster}': use 1-64 letters, digits, '_' or '-'`);
  }
  const prefix = `drover.${cluster}`;
  return {
    prefix,
    masterScheduler: `${prefix}.master.scheduler`,
    masterAgent: `${prefix}.master.agent`,
    agent: (agentId) => `${prefix}.agent.${agentId}`,
    framework: (token) => `${prefix}.framework.${token}`,
    frameworkPrefix: `${prefix}.framework.`,
  };
}

/** Agent ids and framework tokens appear inside subjects, so they may only use subject-safe characters. */
export function isSubjectToken(token: string): boolean {
  return /^[A-Za-z0-9_=-]{1,200}$/.test(token);
}
