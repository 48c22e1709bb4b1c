// The agent's side of the calls executors make on `drover.<cluster>.agent.<agentId>.executors`: SUBSCRIBE, UPDATE,
// MESSAGE, HEARTBEAT. Every call gets a reply (README.md); a malformed one is refused, never fatal.
import type { BusMessage } from '../../shared/bus/index.js';
import type { Clock } from '../../shared/clock/index.js';
import { errorMessage, isDroverError, type ErrorCode } from '../../shared/errors/index.js';
import { uuidBytesToString } from '../../shared/ids/index.js';
import { decodeMessage, taskStateName, v1, type pb } from '../../shared/protocol/index.js';
import type { Logger } from '../logger.js';
import { isFinished, lostState, type ExecutorTask, type ManagedExecutor } from './executor-record.js';
import type { ExecutorHost } from './types.js';
import { ACK_REPLY, acknowledgedEvent, errorReply, event, invalidUpdateReason, launchEvent } from './wire.js';

const CallType = v1.ExecutorCall.Type;
const State = v1.TaskState;

/** What the call handler needs from the manager. */
export interface ExecutorCallContext {
  readonly host: ExecutorHost;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly hostname: string;
  agentId(): string | undefined;
  find(frameworkId: string, executorId: string): ManagedExecutor | undefined;
  publish(executor: ManagedExecutor, event: Uint8Array): void;
  /** An update the agent makes about an executor's task (source SOURCE_AGENT). */
  report(executor: ManagedExecutor, task: ExecutorTask, state: pb.TaskState, reason: pb.TaskStatus.Reason, message: string): void;
  /** SUBSCRIBE accepted: the executor is no longer waiting to register. */
  subscribed(executor: ManagedExecutor): void;
}

interface Outcome {
  readonly reply: Uint8Array;
  /** Runs after the reply went out (LAUNCH of queued tasks follows SUBSCRIBED). */
  readonly then?: () => void;
}

class Refusal extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

export class ExecutorCallHandler {
  constructor(private readonly context: ExecutorCallContext) {}

  receive(message: BusMessage): void {
    let outcome: Outcome;
    try {
      outcome = this.handle(decodeMessage(v1.ExecutorCall, message.data));
    } catch (error) {
      const code: ErrorCode = error instanceof Refusal ? error.code
        : isDroverError(error, 'DECODE_FAILED') ? 'DECODE_FAILED' : 'INVALID_CALL';
      this.context.logger.warn({ subject: message.subject, code, error: errorMessage(error) }, 'refused an executor call');
      outcome = { reply: errorReply(code, errorMessage(error)) };
    }
    message.respond(outcome.reply);
    outcome.then?.();
  }

  private handle(call: pb.ExecutorCall): Outcome {
    const frameworkId = call.frameworkId?.value ?? '';
    const executorId = call.executorId?.value ?? '';
    if (frameworkId === '' || executorId === '') throw new Refusal('INVALID_CALL', 'framework_id and executor_id are required');
    const executor = this.context.find(frameworkId, executorId);
    if (executor === undefined) {
      throw new Refusal('NOT_SUBSCRIBED', `executor '${executorId}' of framework '${frameworkId}' is unknown to this agent`);
    }
    if (call.type === CallType.SUBSCRIBE) return this.subscribe(executor, call.subscribe);
    // An executor being shut down still reports how its tasks ended.
    const listening = executor.phase === 'subscribed' || (executor.phase === 'ending' && executor.everSubscribed);
    if (!listening) throw new Refusal('NOT_SUBSCRIBED', `executor '${executorId}' is not subscribed`);
    switch (call.type) {
      case CallType.UPDATE:
        this.update(executor, call.update?.status);
        return { reply: ACK_REPLY };
      case CallType.MESSAGE:
        this.context.host.messageToFramework(frameworkId, executorId, call.message?.data ?? new Uint8Array(0));
        return { reply: ACK_REPLY };
      case CallType.HEARTBEAT:
        return { reply: ACK_REPLY };
      default:
        throw new Refusal('INVALID_CALL', `unknown call type ${call.type}`);
    }
  }

  private subscribe(executor: ManagedExecutor, body: pb.ExecutorCall.Subscribe.$Properties | null | undefined): Outcome {
    if (executor.phase === 'ending') throw new Refusal('INVALID_CALL', `executor '${executor.executorId}' is shutting down`);
    const known = new Set<string>();
    for (const task of body?.unacknowledgedTasks ?? []) known.add(task.taskId?.value ?? '');
    for (const status of body?.unacknowledgedUpdates ?? []) known.add(status.taskId?.value ?? '');
    const unheard = [...executor.tasks.values()]
      .filter((task) => task.phase === 'launched' && task.state === State.TASK_STAGING && !known.has(task.taskId));
    if (executor.adopted) {
      // Mesos: a task still STAGING that the executor does not know was lost in transit when the agent went down.
      for (const task of unheard) {
        this.context.report(executor, task, lostState(executor.framework), v1.TaskStatus.Reason.REASON_AGENT_RESTARTED,
          'Task launched during agent restart');
      }
    }
    // Updates sent while the agent was away; the ones it already has are recognised by their uuid.
    for (const status of body?.unacknowledgedUpdates ?? []) {
      try {
        this.update(executor, status);
      } catch (error) {
        this.context.logger.warn({ executorId: executor.executorId, error: errorMessage(error) },
          'ignoring an unacknowledged update in SUBSCRIBE');
      }
    }
    // A resubscription while the agent stayed up: LAUNCH events the executor missed are sent again.
    const resend = executor.adopted || !executor.everSubscribed ? [] : unheard;
    this.context.subscribed(executor);
    const agentId = this.context.agentId() ?? '';
    const reply = event({
      type: v1.ExecutorEvent.Type.SUBSCRIBED,
      subscribed: {
        executorInfo: executor.info, frameworkInfo: executor.framework,
        agentInfo: { id: { value: agentId }, hostname: this.context.hostname },
        containerId: { value: executor.containerId },
      },
    });
    return {
      reply,
      then: () => {
        for (const task of resend) if (task.info !== undefined) this.context.publish(executor, launchEvent(task.info));
        for (const task of executor.tasks.values()) {
          if (task.phase !== 'queued' || isFinished(task) || task.info === undefined) continue;
          task.phase = 'launched';
          this.context.publish(executor, launchEvent(task.info));
        }
      },
    };
  }

  /** Hands a valid update of one of the executor's tasks to the agent, once per uuid. */
  private update(executor: ManagedExecutor, status: pb.TaskStatus.$Properties | null | undefined): void {
    const invalid = invalidUpdateReason(executor.executorId, status);
    if (invalid !== undefined || status === null || status === undefined) throw new Refusal('INVALID_CALL', invalid ?? '');
    const taskId = status.taskId?.value ?? '';
    const uuidBytes = status.uuid ?? new Uint8Array(0);
    const uuid = uuidBytesToString(uuidBytes);
    if (executor.acknowledged.has(uuid)) {
      // Its ACKNOWLEDGED was lost: say it again.
      this.context.publish(executor, acknowledgedEvent(taskId, uuidBytes));
      return;
    }
    const task = executor.tasks.get(taskId);
    if (task?.phase !== 'launched') {
      throw new Refusal('INVALID_CALL', `task '${taskId}' is not run by executor '${executor.executorId}'`);
    }
    if (task.forwarded.has(uuid)) return; // A resend: the agent has it.
    if (isFinished(task)) {
      throw new Refusal('INVALID_CALL', `task '${taskId}' already ended (${taskStateName(task.state)})`);
    }
    task.state = status.state ?? State.TASK_STATE_UNSPECIFIED;
    task.forwarded.add(uuid);
    if (isFinished(task)) task.finalUuid = uuid;
    const forwarded: pb.TaskStatus.$Properties = {
      ...status,
      source: v1.TaskStatus.Source.SOURCE_EXECUTOR,
      agentId: { value: this.context.agentId() ?? '' },
      executorId: { value: executor.executorId },
      timestamp: (status.timestamp ?? 0) > 0 ? status.timestamp ?? 0 : this.context.clock.now() / 1000,
    };
    this.context.host.statusFromExecutor(executor.frameworkId, forwarded);
  }
}
