// `drover deployment …`: the deployments of a Marathon-compatible framework, over its /v2 API.
import { Command, Option } from 'commander';
import {
  DEFAULT_PLACEMENT_TIMEOUT_MS, EXIT_STATUS_HELP, addGlobalOptions, addWaitOptions, commandContext, followDeployment,
  readWaitFlags, renderDeployments, reportAndFollow,
} from '../marathon/index.js';
import { parseDuration } from '../flags.js';

export function deploymentCommand(): Command {
  const deployment = new Command('deployment')
    .description('list, follow and roll back deployments of a Marathon-compatible framework')
    .showHelpAfterError('(run with --help for usage)');
  addGlobalOptions(deployment);
  deployment.addHelpText('after', `
--quiet prints only deployment ids.
${EXIT_STATUS_HELP}`);

  deployment.command('list')
    .description('list running deployments: ID, VERSION, AFFECTED apps, STEP, CURRENT ACTIONS')
    .action(async (_options: object, command: Command) => {
      const { client, output } = commandContext(command);
      const { json, deployments } = await client.listDeployments();
      output.result({ json, table: () => renderDeployments(deployments), ids: () => deployments.map((entry) => entry.id) });
    });

  deployment.command('watch')
    .description('show the progress of a deployment until it finishes')
    .argument('<id>', 'deployment id (see `drover deployment list`)')
    .addOption(new Option('--placement-timeout <duration>', 'give up waiting (exit 2) after this long with no offer fitting an app of the deployment')
      .default(DEFAULT_PLACEMENT_TIMEOUT_MS, '30s').argParser(parseDuration))
    .addHelpText('after', EXIT_STATUS_HELP)
    .action(async (id: string, options: { placementTimeout?: number }, command: Command) => {
      const context = commandContext(command);
      const { deployments } = await context.client.listDeployments();
      const running = deployments.find((entry) => entry.id === id);
      if (running === undefined) {
        // Not an error: a script that watches a deployment it just started may come too late.
        context.output.warn(`deployment ${id} is not running (it finished already, or never existed)`);
        return;
      }
      await followDeployment(context, { deploymentId: id, apps: running.affectedApps }, readWaitFlags({ placementTimeout: options.placementTimeout }));
    });

  addWaitOptions(deployment.command('rollback')
    .description('revert a running deployment: Marathon starts a new deployment that undoes its changes; wait until done')
    .argument('<id>', 'deployment id (see `drover deployment list`)')
    .option('--force', 'only cancel the deployment, without rolling back (apps may be left half-changed)'))
    .addHelpText('after', EXIT_STATUS_HELP)
    .action(async (id: string, options: { force?: boolean; detach?: boolean; placementTimeout?: number }, command: Command) => {
      const context = commandContext(command);
      const answer = await context.client.deleteDeployment(id, { force: options.force === true });
      if (answer.rollback === undefined) {
        context.output.result({ json: answer.json, table: () => `deployment ${id} cancelled (no rollback)`, ids: () => [id] });
        return;
      }
      await reportAndFollow(context, {
        json: answer.json, deploymentId: answer.rollback.deploymentId, apps: [],
        summary: `deployment ${id} cancelled; rolling back with deployment ${answer.rollback.deploymentId}`,
      }, readWaitFlags(options));
    });

  return deployment;
}
