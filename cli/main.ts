// The `drover` command line.
import { Command, CommanderError } from 'commander';
import { errorMessage } from '../shared/errors/index.js';
import { VERSION } from '../master/index.js';
import { agentCommand } from './commands/agent.js';
import { appCommand } from './commands/app.js';
import { deploymentCommand } from './commands/deployment.js';
import { devCommand } from './commands/dev.js';
import { marathonCommand } from './commands/marathon.js';
import { masterCommand } from './commands/master.js';

const program = new Command('drover')
  .description('Drover: a resource-offer cluster manager in the lineage of Apache Mesos')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

program.addCommand(devCommand());
program.addCommand(masterCommand());
program.addCommand(agentCommand());
program.addCommand(marathonCommand());
program.addCommand(appCommand());
program.addCommand(deploymentCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  process.stderr.write(`drover: ${errorMessage(error)}\n`);
  process.exit(1);
}
