// Subjects of the executor protocol (agent/executors/README.md). Agent, framework and executor ids may contain any
// character but '/', '\' and control characters (shared/ids invalidIdReason), dots and wildcards included, so each id
// becomes one subject token through idSubjectToken.
import { subjectsFor } from './subjects.js';

export interface ExecutorSubjects {
  /** Executor -> agent ExecutorCalls (request/reply: ExecutorCall -> ExecutorEvent). */
  agentExecutors(agentId: string): string;
  /** Agent -> executor ExecutorEvents (published). */
  executor(agentId: string, frameworkId: string, executorId: string): string;
}

const PLAIN_TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * One subject token for an id: the id itself when it uses only letters, digits, '_' and '-' (at most 200), else '='
 * followed by the base64url form of its UTF-8 bytes. Plain tokens never contain '=', so no two ids share a token.
 */
export function idSubjectToken(id: string): string {
  return PLAIN_TOKEN.test(id) ? id : `=${Buffer.from(id, 'utf8').toString('base64url')}`;
}

export function executorSubjectsFor(cluster: string): ExecutorSubjects {
  const { prefix } = subjectsFor(cluster); // Validates the cluster name.
  return {
    agentExecutors: (agentId) => `${prefix}.agent.${idSubjectToken(agentId)}.executors`,
    executor: (agentId, frameworkId, executorId) =>
      `${prefix}.executor.${idSubjectToken(agentId)}.${idSubjectToken(frameworkId)}.${idSubjectToken(executorId)}`,
  };
}
