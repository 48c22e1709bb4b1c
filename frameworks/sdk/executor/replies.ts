// The agent answers every executor call with an ExecutorEvent: SUBSCRIBED, an empty ack, or ERROR whose message reads
// `<CODE>: <text>` (agent/executors/README.md).
import { DroverError } from '../../../shared/errors/index.js';
import { v1, type pb } from '../../../shared/protocol/index.js';
import { knownCode } from '../scheduler/call-errors.js';

/** The refusal an ERROR reply carries, or undefined for any other reply. */
export function replyError(reply: pb.ExecutorEvent, what: string): DroverError | undefined {
  if (reply.type !== v1.ExecutorEvent.Type.ERROR) return undefined;
  const text = reply.error?.message ?? '';
  const match = /^([A-Z_]+): ([\s\S]*)$/.exec(text);
  const code = knownCode(match?.[1], 'INVALID_CALL');
  return new DroverError(code, `${what} refused by the agent: ${match?.[2] ?? text}`);
}
