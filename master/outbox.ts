// Everything the master sends: events to frameworks, commands to agents. Stamps the master's epoch on each, so
// agents and drivers can refuse a deposed master's orders.
import { v1, encodeMessage, type pb } from '../shared/protocol/index.js';
import type { Bus, Subjects } from '../shared/bus/index.js';

export class Outbox {
  published = 0;

  constructor(
    private readonly bus: Bus,
    private readonly subjects: Subjects,
    private readonly epoch: () => number,
  ) {}

  toFramework(eventSubject: string | undefined, event: pb.Event.$Properties): void {
    if (eventSubject === undefined) return;
    this.bus.publish(eventSubject, encodeMessage(v1.Event, { ...event, epoch: this.epoch() }));
    this.published += 1;
  }

  /** A HEARTBEAT the framework must answer; rejects with BUS_NO_RESPONDERS or BUS_TIMEOUT when it does not. */
  async heartbeat(eventSubject: string, timeoutMs: number): Promise<void> {
    await this.bus.request(eventSubject, encodeMessage(v1.Event, { type: v1.Event.Type.HEARTBEAT, epoch: this.epoch() }), { timeoutMs });
  }

  toAgent(agentId: string, command: pb.AgentCommand.$Properties): void {
    this.bus.publish(this.subjects.agent(agentId), encodeMessage(v1.AgentCommand, { ...command, epoch: this.epoch(), agentId: { value: agentId } }));
    this.published += 1;
  }

  async ping(agentId: string, timeoutMs: number): Promise<void> {
    const command = encodeMessage(v1.AgentCommand, { type: v1.AgentCommand.Type.PING, epoch: this.epoch(), agentId: { value: agentId } });
    await this.bus.request(this.subjects.agent(agentId), command, { timeoutMs });
  }
}
