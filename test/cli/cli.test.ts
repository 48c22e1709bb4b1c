// The `drover` command as a user runs it: bad flags get messages naming the flag and the token; `drover dev` brings
// up a working cluster and stops cleanly.
import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../cli/nats-server.js';

const DROVER = join(import.meta.dirname, '..', '..', 'bin', 'drover.js');

function drover(args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [DROVER, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('drover CLI', function () {
  this.timeout(60_000);

  it('prints help for every command', function () {
    for (const command of ['dev', 'master', 'agent', 'marathon']) {
      const { status, output } = drover([command, '--help']);
      expect(status, output).to.equal(0);
      expect(output).to.contain('--nats').and.contain('--work-dir');
    }
  });

  const badFlags: Array<[string[], string[]]> = [
    [['agent', '--resources', 'cpus:x;mem:10'], ["--resources", "'x' is not a number"]],
    [['agent', '--resources', 'ports:[9-3]'], ['--resources', '[9-3]']],
    [['agent', '--attributes', 'rack'], ['--attributes', 'rack']],
    [['master', '--port', 'http'], ['--port', 'port number']],
    [['marathon', '--port', 'http'], ['--port', 'port number']],
    [['marathon', '--failover-timeout', 'soon'], ['--failover-timeout', 'duration']],
    [['master', '--allocation-interval', 'soon'], ['--allocation-interval', 'duration']],
    [['master', '--cluster', 'a.b'], ['--cluster']],
    [['master', '--weights', 'ops=-1'], ['--weights', 'ops=-1']],
    [['agent', '--nats', 'http://example'], ['--nats', 'nats://']],
    [['master', '--bogus'], ["unknown option '--bogus'"]],
    [['agent', '--containerizers', 'process,lxc'], ['--containerizers', "unknown containerizer 'lxc'"]],
    [['agent', '--isolation', 'cgroups/net'], ['--isolation', "unknown isolator 'cgroups/net'"]],
    [['agent', '--gc-disk-headroom', '2'], ['--gc-disk-headroom', 'between 0 and 1']],
    [['agent', '--log-max-size', 'huge'], ['--log-max-size', '10MB']],
    [['agent', '--http-port', '70000'], ['--http-port', 'port number']],
  ];
  for (const [args, expected] of badFlags) {
    it(`refuses ${args.join(' ')} naming what is wrong`, function () {
      const { status, output } = drover(args);
      expect(status, output).to.not.equal(0);
      for (const fragment of expected) expect(output).to.contain(fragment);
    });
  }

  it('fails clearly when NATS cannot be reached', function () {
    const { status, output } = drover(['agent', '--nats', 'nats://127.0.0.1:1', '--work-dir', join(tmpdir(), 'drover-unreachable')]);
    expect(status).to.equal(1);
    expect(output).to.match(/drover: .*127\.0\.0\.1:1/);
  });

  it('`drover dev` starts nats-server, a master, an agent and Marathon, runs an app, and stops on SIGTERM', async function () {
    const workDir = mkdtempSync(join(tmpdir(), 'drover-dev-'));
    const port = await freePort();
    const marathonPort = await freePort();
    const child = spawn(process.execPath, [DROVER, 'dev', '--port', String(port), '--marathon-port', String(marathonPort), '--http-port', '0', '--work-dir', workDir, '--log-level', 'warn'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const deadline = Date.now() + 30_000;
      while (!output.includes('Drover dev cluster is up.')) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`dev did not come up:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(output).to.match(/nats:\s+nats:\/\/127\.0\.0\.1:\d+/);
      const state = await (await fetch(`http://127.0.0.1:${port}/state`)).json() as { agents: Array<{ active: boolean }> };
      expect(state.agents.map((agent) => agent.active)).to.deep.equal([true]);
      expect(output).to.contain(`marathon: http://127.0.0.1:${marathonPort}`);
      const marathon = `http://127.0.0.1:${marathonPort}`;
      const created = await fetch(`${marathon}/v2/apps`, { method: 'POST', body: JSON.stringify({ id: '/dev-app', cmd: 'sleep 100', cpus: 0.1, mem: 16 }) });
      expect(created.status).to.equal(201);
      for (let running = 0; running !== 1;) {
        if (Date.now() > deadline + 30_000) throw new Error(`the app did not start:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
        running = ((await (await fetch(`${marathon}/v2/apps/dev-app`)).json()) as { app: { tasksRunning: number } }).app.tasksRunning;
      }
      child.kill('SIGTERM');
      expect(await exited, output).to.equal(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(workDir, { recursive: true, force: true });
    }
  });
});
