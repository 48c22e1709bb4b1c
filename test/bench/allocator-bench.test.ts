// The reduced form of benchmark B1 that CI runs: it must run and print well-formed JSON figures. Timing targets
// are checked by a person reading the full run (`npm run bench -- allocator`), never asserted here.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';

describe('benchmark B1 (allocator), quick form', function () {
  this.timeout(120_000);

  it('prints one JSON line with cycle percentiles, offer counts and machine facts', function () {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', 'allocator', '--quick'], { encoding: 'utf8' });
    expect(result.status, result.stderr).to.equal(0);
    const lines = result.stdout.split('\n').filter((line) => line.startsWith('{'));
    expect(lines).to.have.length(1);
    const figures = JSON.parse(lines[0] ?? '{}') as {
      shape: string; cycleMs: { p50: number; p99: number; max: number }; offersPerCycle: { first: number };
      addAgentsMs: number; machine: { node: string; cores: number };
    };
    expect(figures.shape).to.equal('1000x100');
    expect(figures.cycleMs.p50).to.be.at.most(figures.cycleMs.p99);
    expect(figures.cycleMs.p99).to.be.at.most(figures.cycleMs.max);
    // Round 0 offers every agent exactly once (each agent's free slice goes to one framework).
    expect(figures.offersPerCycle.first).to.equal(1000);
    expect(figures.addAgentsMs).to.be.a('number');
    expect(figures.machine.node).to.equal(process.version);
  });

  it('refuses an unknown benchmark name with the list of known ones', function () {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', 'no-such-bench'], { encoding: 'utf8' });
    expect(result.status).to.not.equal(0);
    expect(`${result.stdout}${result.stderr}`).to.contain('allocator');
  });
});
