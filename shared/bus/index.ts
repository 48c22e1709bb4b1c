// The message transport: the Bus interface, its in-memory and NATS implementations, and the subject layout.
export type { Bus, BusMessage, BusSubscription, RequestOptions, SubscribeOptions } from './types.js';
export { subjectsFor, isValidClusterName, isSubjectToken, type Subjects } from './subjects.js';
export type { HandlerErrorListener } from './handler-errors.js';
export { MemoryBus, type MemoryBusOptions } from './memory-bus.js';
export { NatsBus, connectNatsBus, type NatsBusOptions, type NatsBusStatus } from './nats-bus.js';
export { natsConfigFromUrl, natsConnectionOptions, type NatsConfig, type NatsTlsConfig } from './nats-config.js';
export { createBus, type CreateBusOptions } from './create-bus.js';
export { executorSubjectsFor, idSubjectToken, type ExecutorSubjects } from './executor-subjects.js';
