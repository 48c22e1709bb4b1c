// `drover app` and `drover deployment` as commander parses them: bad flags and arguments are refused naming them;
// global options work before and after the subcommand. No server runs here: a valid command line ends at the
// network call, against a port where nothing listens.
import { expect } from 'chai';
import { Command, CommanderError } from 'commander';
import { appCommand } from '../../../cli/commands/app.js';
import { deploymentCommand } from '../../../cli/commands/deployment.js';
import { freePort } from '../../../cli/nats-server.js';
import { Output, parseInstances, parseMarathonUrl } from '../../../cli/marathon/index.js';

/** A `drover` with our commands, throwing instead of exiting and capturing what commander prints. */
function drover(): { program: Command; errors: string[] } {
  const errors: string[] = [];
  const program = new Command('drover');
  program.addCommand(appCommand());
  program.addCommand(deploymentCommand());
  const quiet = (command: Command): void => {
    command.exitOverride().configureOutput({ writeErr: (text) => errors.push(text), writeOut: () => undefined });
    command.commands.forEach(quiet);
  };
  quiet(program);
  return { program, errors };
}

async function run(args: string[]): Promise<{ error: unknown; output: string }> {
  const { program, errors } = drover();
  let error: unknown;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (caught) {
    error = caught;
  }
  return { error, output: errors.join('') };
}

describe('drover app / drover deployment command lines', function () {
  let closedPort: number;
  before(async function () { closedPort = await freePort(); });

  const refused: Array<[string[], string[]]> = [
    [['app', 'list', '-o', 'yaml'], ["'-o, --output <format>'", "'yaml'", 'table, json']],
    [['app', 'list', '--marathon', 'ftp://host'], ['--marathon', 'http://']],
    [['app', 'scale', '/web', 'lots'], ["argument 'instances'", 'whole number']],
    [['app', 'scale', '/web', '-1'], ["'-1'", "argument 'instances'"]],
    [['app', 'update', '/web', 'instances'], ["argument 'fields'", "'instances' is not field=value"]],
    [['app', 'update', '/web'], ['nothing to update']],
    [['app', 'add', 'a.json', '--placement-timeout', 'soon'], ['--placement-timeout', 'duration']],
    [['app', 'show'], ["missing required argument 'id'"]],
    [['app', 'show', '/'], ["argument 'id'", 'app id']],
    [['app', 'frobnicate'], ["unknown command 'frobnicate'"]],
    [['app', 'kill-task', '/web', 't1', '--bogus'], ["unknown option '--bogus'"]],
    [['deployment', 'rollback'], ["missing required argument 'id'"]],
    [['deployment', 'watch', 'd1', '--placement-timeout', 'x'], ['--placement-timeout']],
  ];
  for (const [args, fragments] of refused) {
    it(`refuses ${args.join(' ')} naming what is wrong`, async function () {
      const { error, output } = await run(args);
      expect(error).to.be.instanceOf(CommanderError);
      expect((error as CommanderError).exitCode).to.equal(1);
      for (const fragment of fragments) expect(output).to.contain(fragment);
    });
  }

  it('takes global options before or after the subcommand, and DROVER_MARATHON from the environment', async function () {
    const url = `http://127.0.0.1:${closedPort}`;
    for (const args of [
      ['app', '--marathon', url, 'list'],
      ['app', 'list', '-o', 'json', '--marathon', `${url}/`],
      ['deployment', 'list', '--quiet', '--marathon', url],
    ]) {
      const { error } = await run(args);
      expect((error as Error).message, args.join(' ')).to.contain(`cannot reach Marathon at ${url} (GET /v2/`);
    }
    const saved = process.env.DROVER_MARATHON;
    process.env.DROVER_MARATHON = url;
    try {
      const { error } = await run(['app', 'show', 'web']);
      expect((error as Error).message).to.contain(`cannot reach Marathon at ${url} (GET /v2/apps/web)`);
    } finally {
      if (saved === undefined) delete process.env.DROVER_MARATHON;
      else process.env.DROVER_MARATHON = saved;
    }
  });

  it('documents the exit statuses and the placement rule in --help', function () {
    const { program } = drover();
    const add = program.commands.find((command) => command.name() === 'app')?.commands.find((command) => command.name() === 'add');
    let help = '';
    add?.configureOutput({ writeOut: (text) => { help += text; } });
    add?.outputHelp();
    expect(help).to.contain('--detach').and.contain('--placement-timeout').and.contain('rejectSummaryLastOffers');
    expect(help).to.match(/2\s+placement impossible/);
  });

  it('parses --marathon URLs and instance counts', function () {
    expect(parseMarathonUrl('marathon.local:8080')).to.equal('http://marathon.local:8080');
    expect(parseMarathonUrl('https://proxy/marathon/')).to.equal('https://proxy/marathon');
    expect(() => parseMarathonUrl('http://x/?a=1')).to.throw('query');
    expect(() => parseMarathonUrl('http://')).to.throw('is not a URL');
    expect(parseInstances('0')).to.equal(0);
    expect(() => parseInstances('1.5')).to.throw('whole number');
    expect(() => parseInstances('')).to.throw('whole number');
  });
});

describe('output modes', function () {
  function capture(format: 'table' | 'json', quiet: boolean): { output: Output; stdout: string[]; stderr: string[] } {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return { output: new Output(format, quiet, { write: (text: string) => stdout.push(text) }, { write: (text: string) => stderr.push(text) }), stdout, stderr };
  }
  const result = { json: { apps: [{ id: '/web' }] }, table: () => 'ID\n/web', ids: () => ['/web'] };

  it('prints the table, the API\'s JSON, or only ids', function () {
    const table = capture('table', false);
    table.output.result(result);
    table.output.note('deployment d1 finished in 2s');
    expect(table.stdout.join('')).to.equal('ID\n/web\ndeployment d1 finished in 2s\n');

    const json = capture('json', false);
    json.output.result(result);
    json.output.note('not for json');
    expect(JSON.parse(json.stdout.join(''))).to.deep.equal(result.json);

    const quiet = capture('json', true);
    quiet.output.result(result);
    quiet.output.note('not for quiet');
    quiet.output.warn('placement impossible');
    expect(quiet.stdout.join('')).to.equal('/web\n');
    expect(quiet.stderr.join('')).to.equal('drover: placement impossible\n');
  });
});
