// Subject syntax shared by both transports, so a subject the memory bus accepts is one NATS accepts too.
import { DroverError } from '../errors/index.js';

// Dot-separated non-empty tokens without whitespace; wildcards are not checked here (publish subjects are taken as
// literal, as nats-server does without pedantic mode).
const PUBLISH_SUBJECT = /^[^\s.]+(?:\.[^\s.]+)*$/;

/** The INVALID_ARGUMENT error for a malformed publish subject, or undefined when it is well formed. */
export function publishSubjectError(subject: string): DroverError | undefined {
  return PUBLISH_SUBJECT.test(subject) ? undefined : new DroverError('INVALID_ARGUMENT', `invalid subject '${subject}'`);
}

export function checkPublishSubject(subject: string): void {
  const error = publishSubjectError(subject);
  if (error !== undefined) throw error;
}

/** Also requires `*` and `>` to be whole tokens and `>` to be the last one. */
export function checkSubscribeSubject(subject: string): void {
  checkPublishSubject(subject);
  const tokens = subject.split('.');
  tokens.forEach((token, index) => {
    const wildcardInside = token.length > 1 && (token.includes('*') || token.includes('>'));
    if (wildcardInside || (token === '>' && index !== tokens.length - 1)) {
      throw new DroverError('INVALID_ARGUMENT', `invalid subscription subject '${subject}'`);
    }
  });
}

export function checkQueueName(queue: string): void {
  if (!/^[^\s]+$/.test(queue)) {
    throw new DroverError('INVALID_ARGUMENT', `invalid queue group '${queue}'`);
  }
}
