// A master with its HTTP endpoints: what `drover master` and `drover dev` start.
import type { FastifyInstance } from 'fastify';
import { buildMetricsRegistry } from './metrics.js';
import { buildStateJson } from './http/state-json.js';
import { startMasterHttp } from './http/server.js';
import { locateTaskInState } from './http/task-locator.js';
import { Master, type MasterOptions } from './master.js';
import { VERSION } from './version.js';
import { agentCounts, frameworkCounts, resourceTotals, taskCounts } from './views.js';

export interface RunMasterOptions extends MasterOptions {
  readonly httpHost?: string;
  /** 0 picks a free port. */
  readonly httpPort?: number;
}

export interface RunningMaster {
  readonly master: Master;
  readonly httpPort: number;
  readonly url: string;
  stop(): Promise<void>;
}

export async function runMaster(options: RunMasterOptions): Promise<RunningMaster> {
  const master = await Master.start(options);
  const elected = (): boolean => true; // a single master leads; election arrives with the HA issue
  const metrics = buildMetricsRegistry({
    counters: master.counters,
    uptimeSeconds: () => (master.clock.now() - master.startedAt) / 1000,
    elected,
    resourceTotals: () => resourceTotals(master.state),
    taskCounts: () => taskCounts(master.state),
    agentCounts: () => agentCounts(master.state, master.pendingAgentIds().size),
    frameworkCounts: () => frameworkCounts(master.state),
    outstandingOffers: () => master.state.offers.size,
    roleShares: () => master.allocator.roleShares(),
  });
  let server: FastifyInstance;
  let httpPort: number;
  try {
    ({ server, port: httpPort } = await startMasterHttp({
      stateJson: () => buildStateJson({
        state: master.state,
        masterInfo: master.masterInfo(),
        startedAtMs: master.startedAt,
        elected: elected(),
        roleWeights: new Map(Object.entries(options.weights ?? {})),
        roleShares: master.allocator.roleShares(),
      }),
      metrics,
      // The files proxy looks tasks up here rather than building the whole /state document per request.
      locateTask: (taskId, frameworkId) => locateTaskInState(master.state, taskId, frameworkId),
      version: () => ({ version: VERSION, build: 'drover', git: '' }),
    }, { host: options.httpHost ?? '0.0.0.0', port: options.httpPort ?? options.port ?? 5050 }));
  } catch (error) {
    await master.stop();
    throw error;
  }
  return {
    master,
    httpPort,
    url: `http://${options.httpHost === undefined || options.httpHost === '0.0.0.0' ? '127.0.0.1' : options.httpHost}:${httpPort}`,
    async stop() {
      await server.close();
      await master.stop();
    },
  };
}
