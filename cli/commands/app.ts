// `drover app …`: apps on a Marathon-compatible framework, over its /v2 REST API.
import { Command, Option } from 'commander';
import { DroverError } from '../../shared/errors/index.js';
import {
  EXIT_STATUS_HELP, addGlobalOptions, addWaitOptions, asJsonObject, buildPatch, collectFieldAssignment, commandContext,
  nestedFields, parseAppId, parseInstances, previousVersion, readJsonInput, readQueueOrNothing, readWaitFlags,
  renderAppDetail, renderAppList, renderTasks, renderVersions, reportAndFollow, type FieldAssignment,
} from '../marathon/index.js';

interface WaitOptions { detach?: boolean; placementTimeout?: number }
interface ForceOptions { force?: boolean }

const forceOption = (): Option => new Option('--force', 'override the lock of a running deployment (Marathon cancels it)');

/** A subcommand that starts a deployment: --detach, --placement-timeout, --force and the exit status help. */
function mutating(command: Command): Command {
  addWaitOptions(command);
  return command.addOption(forceOption()).addHelpText('after', EXIT_STATUS_HELP);
}

function requireObject(value: unknown, what: string): Record<string, unknown> {
  const object = asJsonObject(value);
  if (object === undefined) throw new DroverError('INVALID_ARGUMENT', `${what} must be a JSON object`);
  return object;
}

export function appCommand(): Command {
  const app = new Command('app')
    .description('manage apps of a Marathon-compatible framework through its /v2 API')
    .showHelpAfterError('(run with --help for usage)');
  addGlobalOptions(app);
  app.addHelpText('after', `
--quiet prints only ids: app ids (list, show), task ids (tasks, kill-task), versions (versions), and the deployment
id of a command that starts one.
${EXIT_STATUS_HELP}`);

  app.command('list')
    .description('list apps: ID, INSTANCES (running/target), HEALTH (healthy/unhealthy), CPUS, MEM, STATUS')
    .action(async (_options: object, command: Command) => {
      const { client, output } = commandContext(command);
      const [{ json, apps }, queue] = await Promise.all([client.listApps(), readQueueOrNothing(client)]);
      output.result({ json, table: () => renderAppList(apps, queue), ids: () => apps.map((entry) => entry.id) });
    });

  app.command('show')
    .description('show one app: settings, counts, last failure and tasks')
    .argument('<id>', 'app id, e.g. /prod/web', parseAppId)
    .action(async (id: string, _options: object, command: Command) => {
      const { client, output } = commandContext(command);
      const [{ json, app: view }, queue] = await Promise.all([client.getApp(id), readQueueOrNothing(client)]);
      output.result({ json, table: () => renderAppDetail(view, queue), ids: () => [view.id] });
    });

  mutating(app.command('add')
    .description('create an app from a JSON definition (POST /v2/apps) and wait until it is deployed')
    .argument('<file>', 'app definition JSON file, or - to read stdin'))
    .action(async (file: string, options: WaitOptions & ForceOptions, command: Command) => {
      const context = commandContext(command);
      const definition = requireObject(await readJsonInput(file), 'an app definition');
      const created = await context.client.createApp(definition, { force: options.force === true });
      await reportAndFollow(context, {
        json: created.json, deploymentId: created.deploymentId, apps: [created.appId],
        summary: `app ${created.appId} created; deployment ${created.deploymentId}`,
      }, readWaitFlags(options));
    });

  mutating(app.command('update')
    .description('change fields of an app (PUT /v2/apps/<id>?partialUpdate=true) and wait until it is deployed')
    .argument('<id>', 'app id', parseAppId)
    .argument('[fields...]', 'field=value pairs: values are JSON when they parse (instances=5, cpus=0.5, args=["a"]), '
      + 'else strings (cmd="sleep 10"); env.NAME=v, labels.NAME=v (always text) or upgradeStrategy.minimumHealthCapacity=0.5 change one key', collectFieldAssignment)
    .option('--file <file>', 'a JSON object of fields to change (field=value pairs apply on top), or - for stdin'))
    .action(async (id: string, assignments: FieldAssignment[] | undefined, options: WaitOptions & ForceOptions & { file?: string }, command: Command) => {
      const context = commandContext(command);
      const fields = assignments ?? [];
      if (fields.length === 0 && options.file === undefined) command.error('error: nothing to update: give field=value pairs or --file <file>');
      const base = options.file === undefined ? {} : requireObject(await readJsonInput(options.file), `--file ${options.file}`);
      const current = nestedFields(fields).length === 0 ? {} : asJsonObject(asJsonObject((await context.client.getApp(id)).json)?.app) ?? {};
      const patch = buildPatch(fields, current, base);
      const answer = await context.client.updateApp(id, patch, { force: options.force === true });
      await reportAndFollow(context, {
        json: answer.json, deploymentId: answer.deploymentId, apps: [id],
        summary: `app ${id} updated${answer.version === undefined ? '' : ` to version ${answer.version}`}; deployment ${answer.deploymentId}`,
      }, readWaitFlags(options));
    });

  mutating(app.command('scale')
    .description('set the number of instances (no restart of running ones) and wait until it is deployed')
    .argument('<id>', 'app id', parseAppId)
    .argument('<instances>', 'the new number of instances (0 suspends the app)', parseInstances))
    .action(async (id: string, instances: number, options: WaitOptions & ForceOptions, command: Command) => {
      const context = commandContext(command);
      const answer = await context.client.updateApp(id, { instances }, { force: options.force === true });
      await reportAndFollow(context, {
        json: answer.json, deploymentId: answer.deploymentId, apps: [id],
        summary: `app ${id} scaling to ${instances} instance${instances === 1 ? '' : 's'}; deployment ${answer.deploymentId}`,
      }, readWaitFlags(options));
    });

  mutating(app.command('restart')
    .description('replace every instance, rolling per the app\'s upgradeStrategy, and wait until done')
    .argument('<id>', 'app id', parseAppId))
    .action(async (id: string, options: WaitOptions & ForceOptions, command: Command) => {
      const context = commandContext(command);
      const answer = await context.client.restartApp(id, { force: options.force === true });
      await reportAndFollow(context, {
        json: answer.json, deploymentId: answer.deploymentId, apps: [id],
        summary: `app ${id} restarting; deployment ${answer.deploymentId}`,
      }, readWaitFlags(options));
    });

  mutating(app.command('remove')
    .description('destroy an app, killing its tasks, and wait until it is gone')
    .argument('<id>', 'app id', parseAppId))
    .action(async (id: string, options: WaitOptions & ForceOptions, command: Command) => {
      const context = commandContext(command);
      const answer = await context.client.removeApp(id, { force: options.force === true });
      await reportAndFollow(context, {
        json: answer.json, deploymentId: answer.deploymentId, apps: [id],
        summary: `app ${id} being removed; deployment ${answer.deploymentId}`,
      }, readWaitFlags(options));
    });

  app.command('tasks')
    .description('list the tasks of an app')
    .argument('<id>', 'app id', parseAppId)
    .action(async (id: string, _options: object, command: Command) => {
      const { client, output } = commandContext(command);
      const { json, tasks } = await client.appTasks(id);
      output.result({ json, table: () => renderTasks(tasks), ids: () => tasks.map((task) => task.id) });
    });

  app.command('versions')
    .description('list the stored versions of an app, newest first; * marks the current one')
    .argument('<id>', 'app id', parseAppId)
    .action(async (id: string, _options: object, command: Command) => {
      const { client, output } = commandContext(command);
      const [{ json, versions }, { app: view }] = await Promise.all([client.appVersions(id), client.getApp(id)]);
      output.result({ json, table: () => renderVersions(versions, view.version), ids: () => versions });
    });

  mutating(app.command('rollback')
    .description('go back to a stored version (PUT {"id","version"}) and wait until it is deployed')
    .argument('<id>', 'app id', parseAppId)
    .argument('[version]', 'the version to go back to (see `drover app versions`); default: the newest one older than the current'))
    .action(async (id: string, version: string | undefined, options: WaitOptions & ForceOptions, command: Command) => {
      const context = commandContext(command);
      let target = version;
      if (target === undefined) {
        const [{ versions }, { app: view }] = await Promise.all([context.client.appVersions(id), context.client.getApp(id)]);
        target = previousVersion(versions, view.version);
        if (target === undefined) throw new DroverError('INVALID_ARGUMENT', `app ${id} has no version older than its current one (${view.version ?? 'unknown'})`);
      }
      const answer = await context.client.updateApp(id, { id, version: target }, { force: options.force === true });
      await reportAndFollow(context, {
        json: answer.json, deploymentId: answer.deploymentId, apps: [id],
        summary: `app ${id} rolling back to version ${target}; deployment ${answer.deploymentId}`,
      }, readWaitFlags(options));
    });

  mutating(app.command('kill-task')
    .description('kill one task; Marathon replaces it unless --scale')
    .argument('<id>', 'app id', parseAppId)
    .argument('<taskId>', 'task id (see `drover app tasks`)')
    .option('--scale', 'lower the app\'s instances by one instead of replacing the task (a deployment)')
    .option('--wipe', 'also forget the instance (and its reservations and persistent volumes)'))
    .action(async (id: string, taskId: string, options: WaitOptions & ForceOptions & { scale?: boolean; wipe?: boolean }, command: Command) => {
      const context = commandContext(command);
      const answer = await context.client.killTask(id, taskId, { scale: options.scale === true, wipe: options.wipe === true, force: options.force === true });
      if (answer.deployment !== undefined) {
        await reportAndFollow(context, {
          json: answer.json, deploymentId: answer.deployment.deploymentId, apps: [id],
          summary: `task ${taskId} killed and app ${id} scaled down by one; deployment ${answer.deployment.deploymentId}`,
        }, readWaitFlags(options));
        return;
      }
      const killed = answer.killed.length === 0 ? [taskId] : answer.killed.map((task) => task.id);
      context.output.result({
        json: answer.json,
        table: () => killed.map((task) => `task ${task} killed${options.wipe === true ? ' (instance wiped)' : ''}; Marathon replaces it`).join('\n'),
        ids: () => killed,
      });
    });

  return app;
}
