// The reduced form of the launch/destroy benchmark that CI runs (20 tasks): a real nats-server, master and agent
// must launch and kill every task, and the figures must be well-formed JSON. Timing targets are checked by a person
// reading the full run (`npm run bench -- launch`), never asserted here.
import { expect } from 'chai';
import { figuresOf, runBench } from '../support/bench-runner.js';

interface Figures {
  bench: string;
  tasks: number;
  launchMs: number;
  killMs: number;
  launchTargetMs: number;
  killTargetMs: number;
  mesos17: { launchMs: number; destroyMs: number };
  agentRssMb: { idle: number; withTasks: number };
  supervisorRssKb: { mean: number; total: number };
  supervisorsMeasured: number;
  perTaskOverheadKb: number;
  machine: { node: string; cores: number };
}

describe('benchmark launch (process containerizer), quick form', function () {
  this.timeout(180_000);

  it('launches and kills 20 tasks on one agent and prints one consistent JSON line', async function () {
    const figures = figuresOf<Figures>(await runBench('launch', ['--quick']));
    expect(figures.bench).to.equal('launch');
    expect(figures.tasks).to.equal(20);
    for (const value of [figures.launchMs, figures.killMs, figures.agentRssMb.idle, figures.agentRssMb.withTasks,
      figures.supervisorRssKb.total, figures.perTaskOverheadKb]) {
      expect(value).to.be.a('number').and.satisfy(Number.isFinite);
    }
    expect(figures.launchMs).to.be.above(0);
    expect(figures.killMs).to.be.above(0);
    expect(figures.launchTargetMs).to.equal(10_000);
    expect(figures.killTargetMs).to.equal(10_000);
    expect(figures.mesos17).to.deep.equal({ launchMs: 30_700, destroyMs: 20_000 });
    expect(figures.agentRssMb.idle).to.be.above(0);
    // Every running task has a live supervisor whose memory was read.
    expect(figures.supervisorsMeasured).to.equal(20);
    expect(figures.supervisorRssKb.mean).to.be.above(0);
    expect(figures.supervisorRssKb.total).to.be.closeTo(figures.supervisorRssKb.mean * 20, 2);
    expect(figures.machine.node).to.equal(process.version);
    expect(figures.machine.cores).to.be.above(0);
  });

  it('refuses a task count the agent cannot hold, without starting anything', async function () {
    const result = await runBench('launch', ['--tasks', '0']);
    expect(result.code).to.not.equal(0);
    expect(result.stderr).to.contain('--tasks');
  });
});
