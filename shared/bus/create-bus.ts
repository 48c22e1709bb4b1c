// Picks the transport: NATS when a server is named, otherwise a fresh in-memory bus.
import { MemoryBus } from './memory-bus.js';
import { connectNatsBus } from './nats-bus.js';
import type { NatsConfig } from './nats-config.js';
import type { Bus } from './types.js';

export interface CreateBusOptions {
  /** A NATS URL (see natsConfigFromUrl) or config; absent means an in-memory bus private to this process. */
  readonly nats?: NatsConfig | string;
}

export async function createBus(options: CreateBusOptions = {}): Promise<Bus> {
  if (options.nats === undefined) return new MemoryBus();
  return connectNatsBus(options.nats);
}
