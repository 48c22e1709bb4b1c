// One agent on a MemoryBus with a FakeMaster, fast timings, a temp work dir, and cleanup.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryBus } from '../../../shared/bus/index.js';
import { v1, type pb } from '../../../shared/protocol/index.js';
import { parseResources } from '../../../shared/resources/index.js';
import { startAgent, type AgentOptions, type Logger, type RunningAgent } from '../../../agent/index.js';
import { FakeMaster } from './fake-master.js';

export interface LogRecord {
  readonly level: string;
  readonly fields: object;
  readonly message: string;
}

export function recordingLogger(): { logger: Logger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  const at = (level: string) => (fieldsOrMessage: object | string, message?: string): void => {
    records.push(typeof fieldsOrMessage === 'string'
      ? { level, fields: {}, message: fieldsOrMessage }
      : { level, fields: fieldsOrMessage, message: message ?? '' });
  };
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, records };
}

export class AgentHarness {
  readonly bus = new MemoryBus();
  readonly master = new FakeMaster(this.bus);
  readonly log = recordingLogger();
  workDir = '';
  private agents: RunningAgent[] = [];

  async setUp(): Promise<void> {
    this.workDir = await mkdtemp(join(tmpdir(), 'drover-agent-'));
  }

  async tearDown(): Promise<void> {
    await Promise.all(this.agents.map((agent) => agent.stop({ killTasks: true })));
    this.master.stop();
    await this.bus.close();
    await rm(this.workDir, { recursive: true, force: true });
  }

  /** Starts an agent (the master must be started by the test when it should answer). */
  async start(options: Partial<AgentOptions> = {}): Promise<RunningAgent> {
    const agent = await startAgent({
      bus: this.bus.connection(),
      cluster: 'test',
      workDir: this.workDir,
      hostname: 'test-host',
      resources: parseResources('cpus:2;mem:512'),
      statusUpdateBackoff: { initialMs: 50, maxMs: 200 },
      registrationBackoffMaxMs: 200,
      defaultKillGracePeriodMs: 5000,
      logger: this.log.logger,
      ...options,
    });
    this.agents.push(agent);
    return agent;
  }

  /** Starts the master and an agent, waits for registration and keeps the agent pinged. */
  async startRegistered(options: Partial<AgentOptions> = {}): Promise<{ agent: RunningAgent; agentId: string }> {
    this.master.start();
    const agent = await this.start(options);
    const agentId = await agent.registered;
    this.master.startPinging(agentId);
    return { agent, agentId };
  }
}

/**
 * Gives each test of the enclosing `describe` its own harness: set up before the test, torn down after it. Call it in
 * the `describe` body; the returned function gives the current test's harness.
 */
export function useAgentHarness(): () => AgentHarness {
  let current: AgentHarness | undefined;
  beforeEach(async () => {
    current = new AgentHarness();
    await current.setUp();
  });
  afterEach(async () => {
    const harness = current;
    current = undefined;
    await harness?.tearDown();
  });
  return () => {
    if (current === undefined) throw new Error('useAgentHarness: no harness outside a test');
    return current;
  };
}

export function framework(id: string, capabilities: pb.FrameworkInfo.Capability.Type[] = []): pb.FrameworkInfo.$Properties {
  return { id: { value: id }, name: id, user: 'nobody', capabilities: capabilities.map((type) => ({ type })) };
}

let taskCounter = 0;

export function commandTask(command: string, extra: pb.TaskInfo.$Properties = {}): pb.TaskInfo.$Properties {
  taskCounter += 1;
  return {
    name: `task-${taskCounter}`,
    taskId: { value: `task-${taskCounter}-${process.pid}` },
    resources: [{ name: 'cpus', type: v1.ValueType.SCALAR, scalar: { value: 0.1 } }],
    command: { value: command },
    ...extra,
  };
}
