// One REGISTER or REREGISTER exchange with the master, as a value: registered, removed (start over under a new id),
// or retry (no master yet, no answer, a refusal to try again later).
import type { Bus } from '../shared/bus/index.js';
import { isSubjectToken } from '../shared/bus/index.js';
import { errorMessage, isDroverError } from '../shared/errors/index.js';
import { invalidIdReason } from '../shared/ids/index.js';
import { decodeMessage, encodeMessage, v1, type pb } from '../shared/protocol/index.js';

export type RegistrationOutcome =
  | { readonly kind: 'registered'; readonly agentId: string; readonly pingIntervalSeconds: number; readonly epoch: number }
  | { readonly kind: 'removed'; readonly code: string; readonly message: string }
  | { readonly kind: 'retry'; readonly reason: string };

/** Refusals that mean "this id is dead": the agent kills its tasks, forgets the id and registers anew. */
const START_OVER_CODES: ReadonlySet<string> = new Set(['AGENT_REMOVED', 'UNKNOWN_AGENT']);

export interface RegistrationInput {
  readonly agentInfo: pb.AgentInfo.$Properties;
  /** Known id: REREGISTER with the tasks; none: REGISTER. */
  readonly agentId: string | undefined;
  readonly tasks: pb.TaskRecord.$Properties[];
  readonly frameworks: pb.FrameworkInfo.$Properties[];
}

export function registrationMessage(input: RegistrationInput): pb.AgentMessage.$Properties {
  if (input.agentId === undefined) {
    return { type: v1.AgentMessage.Type.REGISTER, register: { agentInfo: input.agentInfo } };
  }
  const agentId = { value: input.agentId };
  return {
    type: v1.AgentMessage.Type.REREGISTER,
    agentId,
    reregister: { agentInfo: { ...input.agentInfo, id: agentId }, tasks: input.tasks, frameworks: input.frameworks },
  };
}

export function interpretRegistrationResponse(bytes: Uint8Array, knownAgentId: string | undefined): RegistrationOutcome {
  let response: pb.AgentMessageResponse;
  try {
    response = decodeMessage(v1.AgentMessageResponse, bytes);
  } catch (error) {
    return { kind: 'retry', reason: errorMessage(error) };
  }
  if (!response.ok) {
    const code = response.errorCode || 'UNSPECIFIED';
    if (START_OVER_CODES.has(code)) return { kind: 'removed', code, message: response.errorMessage };
    return { kind: 'retry', reason: `the master refused: ${code} ${response.errorMessage}`.trim() };
  }
  const agentId = knownAgentId ?? response.agentId?.value ?? '';
  const invalid = invalidIdReason(agentId) ?? (isSubjectToken(agentId) ? undefined : 'not usable in a subject');
  if (invalid !== undefined) return { kind: 'retry', reason: `the master gave an unusable agent id '${agentId}': ${invalid}` };
  return { kind: 'registered', agentId, pingIntervalSeconds: response.pingIntervalSeconds, epoch: response.epoch };
}

export async function requestRegistration(bus: Bus, subject: string, input: RegistrationInput,
  timeoutMs: number): Promise<RegistrationOutcome> {
  let reply: Uint8Array;
  try {
    reply = await bus.request(subject, encodeMessage(v1.AgentMessage, registrationMessage(input)), { timeoutMs });
  } catch (error) {
    if (isDroverError(error, 'BUS_NO_RESPONDERS')) return { kind: 'retry', reason: 'no master is listening' };
    if (isDroverError(error, 'BUS_TIMEOUT')) return { kind: 'retry', reason: 'the master did not answer in time' };
    throw error;
  }
  return interpretRegistrationResponse(reply, input.agentId);
}
