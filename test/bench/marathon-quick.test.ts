// The reduced form of the Marathon benchmark that CI runs (50 instances on 5 hollow agents, 10 on one real agent): a
// real nats-server, master, `drover marathon` and agent must bring every task to TASK_RUNNING and kill it again
// through the /v2 API, and the figures must be well-formed JSON. Timing is read by a person from the full run
// (`npm run bench -- marathon`), never asserted here.
import { expect } from 'chai';
import { figuresOf, runBench } from '../support/bench-runner.js';

interface Spread {
  p50: number;
  p99: number;
  max: number;
}

interface Scenario {
  agents: number;
  instances: number;
  postResponseMs: number;
  allRunningSeconds: number;
  tasksPerSecond: number;
  postToRunningMs: Spread;
  firstRunningMs: number;
  tasksRunningReported: number;
  delete: { allKilledSeconds: number; deleteToKilledMs: Spread };
  cpuMs: { launch: Record<string, number>; kill: Record<string, number> };
  runTaskCommands?: { count: number };
  hollowAgents?: { runTasks: number; kills: number; statusUpdates: number; acknowledgements: number; statusUpdatesResent: number };
}

interface Figures {
  bench: string;
  scenarios: { hollow: Scenario; real: Scenario };
  anchor: { instances: number; agents: number; seconds: number };
  target: null;
  layout: { sharesCores: boolean };
  machine: { node: string; cores: number };
}

function expectSpread(spread: Spread, atMostMs: number): void {
  expect(spread.p50).to.be.a('number').and.above(0);
  expect(spread.p50).to.be.at.most(spread.p99);
  expect(spread.p99).to.be.at.most(spread.max);
  expect(spread.max).to.be.at.most(atMostMs);
}

describe('benchmark marathon (POST → RUNNING at scale), quick form', function () {
  this.timeout(180_000);

  it('runs 50 instances on 5 hollow agents and 10 on a real agent, then deletes them, printing one JSON line', async function () {
    const figures = figuresOf<Figures>(await runBench('marathon', ['--quick']));
    expect(figures.bench).to.equal('marathon');
    expect(figures.anchor).to.include({ instances: 500, agents: 189, seconds: 14.18 });
    expect(figures.target).to.equal(null);
    expect(figures.layout.sharesCores).to.equal(true);
    expect(figures.machine.node).to.equal(process.version);

    const { hollow, real } = figures.scenarios;
    for (const [scenario, agents, instances] of [[hollow, 5, 50], [real, 1, 10]] as const) {
      expect(scenario.agents).to.equal(agents);
      expect(scenario.instances).to.equal(instances);
      expect(scenario.tasksRunningReported).to.equal(instances);
      expect(scenario.allRunningSeconds).to.be.above(0);
      expect(scenario.tasksPerSecond).to.be.closeTo(instances / scenario.allRunningSeconds, scenario.tasksPerSecond / 100);
      // The last task's latency is the time to all running.
      expectSpread(scenario.postToRunningMs, Math.ceil(scenario.allRunningSeconds * 1000) + 1);
      expect(scenario.postToRunningMs.max).to.be.closeTo(scenario.allRunningSeconds * 1000, 1);
      expect(scenario.firstRunningMs).to.be.at.most(scenario.postToRunningMs.p50);
      expect(scenario.delete.allKilledSeconds).to.be.above(0);
      expectSpread(scenario.delete.deleteToKilledMs, Math.ceil(scenario.delete.allKilledSeconds * 1000) + 1);
      expect(scenario.cpuMs.launch['marathon']).to.be.a('number');
      expect(scenario.cpuMs.kill['master']).to.be.a('number');
    }
    // Every task went through the hollow agents: STARTING, RUNNING and KILLED each delivered and acknowledged.
    expect(hollow.hollowAgents).to.include({ runTasks: 50, kills: 50, statusUpdates: 150, acknowledgements: 150 });
    expect(hollow.runTaskCommands?.count).to.be.within(5, 50);
  });

  it('refuses a bad instance count without starting anything', async function () {
    const result = await runBench('marathon', ['--instances', '0']);
    expect(result.code).to.not.equal(0);
    expect(result.stderr).to.contain('--instances');
  });
});
