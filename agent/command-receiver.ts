// Decodes the master's AgentCommands from `agent.<id>`, drops those from a deposed master (older epoch) or meant for
// another agent, and hands the rest to the agent. A malformed command is logged and answered, never fatal.
import type { BusMessage } from '../shared/bus/index.js';
import { DroverError, errorMessage } from '../shared/errors/index.js';
import { decodeMessage, encodeMessage, v1, type pb } from '../shared/protocol/index.js';
import type { Logger } from './logger.js';

const Type = v1.AgentCommand.Type;

export interface CommandHandlers {
  ping(): void;
  runTasks(runTasks: readonly pb.AgentCommand.RunTask.$Properties[]): void;
  killTask(kill: pb.AgentCommand.KillTask.$Properties): void;
  acknowledge(acknowledgements: readonly pb.AgentCommand.Acknowledge.$Properties[]): void;
  shutdownFramework(frameworkId: string): void;
  shutdown(message: string): void;
  reconcileTasks(frameworkId: string, taskIds: readonly string[]): void;
  /** A framework's message for one of its executors. */
  frameworkToExecutor(frameworkId: string, executorId: string, data: Uint8Array): void;
  /** A command came with an epoch newer than any seen: a new master leads. */
  newerEpoch(epoch: number): void;
}

export class CommandReceiver {
  private highestEpoch = 0;

  constructor(
    private readonly handlers: CommandHandlers,
    private readonly logger: Logger,
    private readonly agentId: () => string | undefined,
  ) {}

  get epoch(): number {
    return this.highestEpoch;
  }

  /** The epoch of the master that accepted our registration. */
  noteEpoch(epoch: number): void {
    this.highestEpoch = Math.max(this.highestEpoch, epoch);
  }

  receive(message: BusMessage): void {
    let command: pb.AgentCommand;
    try {
      command = decodeMessage(v1.AgentCommand, message.data);
    } catch (error) {
      this.logger.warn({ subject: message.subject, error: errorMessage(error) }, 'ignoring a malformed command');
      answer(message, { ok: false, errorCode: 'DECODE_FAILED', errorMessage: errorMessage(error) });
      return;
    }
    const typeName = Type[command.type] ?? String(command.type);
    if (command.epoch < this.highestEpoch) {
      // A deposed master: no answer, so it learns nothing from us.
      this.logger.warn({ command: typeName, epoch: command.epoch, current: this.highestEpoch },
        'ignoring a command from an older epoch');
      return;
    }
    const target = command.agentId?.value;
    if (target && target !== this.agentId()) {
      this.logger.warn({ command: typeName, target }, 'ignoring a command meant for another agent');
      answer(message, { ok: false, errorCode: 'INVALID_ARGUMENT', errorMessage: `this is agent ${this.agentId() ?? '(unregistered)'}` });
      return;
    }
    const newer = command.epoch > this.highestEpoch;
    this.highestEpoch = command.epoch;
    try {
      this.dispatch(command);
      answer(message, { ok: true });
    } catch (error) {
      this.logger.error({ command: typeName, error: errorMessage(error) }, 'command failed');
      answer(message, { ok: false, errorCode: 'INVALID_ARGUMENT', errorMessage: errorMessage(error) });
    }
    if (newer) this.handlers.newerEpoch(command.epoch);
  }

  private dispatch(command: pb.AgentCommand): void {
    switch (command.type) {
      case Type.PING:
        return this.handlers.ping();
      case Type.RUN_TASK:
        return this.handlers.runTasks(command.runTasks);
      case Type.KILL_TASK:
        if (!command.killTask) throw new DroverError('INVALID_ARGUMENT', 'KILL_TASK without kill_task');
        return this.handlers.killTask(command.killTask);
      case Type.ACKNOWLEDGE:
        return this.handlers.acknowledge(command.acknowledgements);
      case Type.SHUTDOWN_FRAMEWORK:
        return this.handlers.shutdownFramework(command.shutdownFramework?.frameworkId?.value ?? '');
      case Type.SHUTDOWN:
        return this.handlers.shutdown(command.shutdown?.message ?? '');
      case Type.RECONCILE_TASKS:
        return this.handlers.reconcileTasks(command.reconcileTasks?.frameworkId?.value ?? '',
          (command.reconcileTasks?.taskIds ?? []).map((taskId) => taskId.value ?? ''));
      case Type.FRAMEWORK_TO_EXECUTOR: {
        const message = command.frameworkToExecutor;
        if (!message?.frameworkId?.value || !message.executorId?.value) {
          throw new DroverError('INVALID_ARGUMENT', 'FRAMEWORK_TO_EXECUTOR needs framework_id and executor_id');
        }
        return this.handlers.frameworkToExecutor(message.frameworkId.value, message.executorId.value, message.data ?? new Uint8Array());
      }
      default:
        throw new DroverError('INVALID_ARGUMENT', `unknown command type ${command.type}`);
    }
  }
}

function answer(message: BusMessage, response: pb.AgentCommandResponse.$Properties): void {
  if (message.reply !== undefined) message.respond(encodeMessage(v1.AgentCommandResponse, response));
}
