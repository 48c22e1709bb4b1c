// /v2/apps: list, create, show, update (PUT/PATCH, one or many), delete, restart, versions, and the app's tasks.
// App ids contain slashes, so one wildcard route per method reads the id and the sub-resource from the path tail.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDefinition } from '../app-definition/index.js';
import type { Instance } from '../model/index.js';
import type { DeploymentResult } from '../service/app-service.js';
import { ApiError } from '../service/api-error.js';
import {
  appInfoJson, appJson, appNotFound, isListedTask, matchesLabels, parseEmbed, parseLabelSelector, taskJson, tasksText,
  taskNotFound,
} from '../wire/index.js';
import type { ApiContext } from './context.js';
import { appIdOf, arrayBody, booleanParam, clientIp, listParam, objectBody, stringParam } from './request.js';
import { healthResults, appView } from './views.js';

type Tail =
  | { readonly kind: 'app'; readonly appId: string }
  | { readonly kind: 'group-apps'; readonly groupId: string }
  | { readonly kind: 'tasks'; readonly appId: string; readonly taskId?: string }
  | { readonly kind: 'versions'; readonly appId: string; readonly version?: string }
  | { readonly kind: 'restart'; readonly appId: string };

/** Splits `/v2/apps/<tail>` into the app id and the sub-resource, as Marathon's routes do (by suffix). */
export function parseAppsTail(tail: string): Tail {
  const parts = tail.split('/').filter((part) => part !== '');
  const last = parts.at(-1);
  const beforeLast = parts.at(-2);
  if (last === '*') return { kind: 'group-apps', groupId: parts.length === 1 ? '/' : appIdOf(parts.slice(0, -1).join('/')) };
  if (last === 'tasks' && parts.length > 1) return { kind: 'tasks', appId: appIdOf(parts.slice(0, -1).join('/')) };
  if (beforeLast === 'tasks' && parts.length > 2) return { kind: 'tasks', appId: appIdOf(parts.slice(0, -2).join('/')), taskId: decodeURIComponent(last ?? '') };
  if (last === 'versions' && parts.length > 1) return { kind: 'versions', appId: appIdOf(parts.slice(0, -1).join('/')) };
  if (beforeLast === 'versions' && parts.length > 2) return { kind: 'versions', appId: appIdOf(parts.slice(0, -2).join('/')), version: decodeURIComponent(last ?? '') };
  if (last === 'restart' && parts.length > 1) return { kind: 'restart', appId: appIdOf(parts.slice(0, -1).join('/')) };
  return { kind: 'app', appId: appIdOf(parts.join('/')) };
}

export function registerAppsRoutes(server: FastifyInstance, context: ApiContext): void {
  const { state } = context;
  const existing = (appId: string): AppDefinition => {
    const app = state.app(appId);
    if (app === undefined) throw ApiError.from(appNotFound(appId));
    return app;
  };

  server.get('/v2/apps', (request) => {
    const embed = parseEmbed(listParam(request, 'embed'), 'apps');
    const cmd = stringParam(request, 'cmd');
    const id = stringParam(request, 'id');
    const label = stringParam(request, 'label');
    const selector = label === undefined ? undefined : parseLabelSelector(label);
    if (selector !== undefined && 'error' in selector) throw new ApiError(400, { message: `Invalid label selector '${label ?? ''}': ${selector.error}` });
    const apps = state.apps().filter((app) => (cmd === undefined || (app.cmd ?? '').includes(cmd))
      && (id === undefined || app.id.includes(id))
      && (selector === undefined || matchesLabels(selector, app.labels)));
    return Promise.resolve({ apps: apps.map((app) => appInfoJson(app, appView(context, app), embed)) });
  });

  server.post('/v2/apps', async (request, reply) => {
    const body = objectBody(request.body);
    const result = await context.apps.create(body, { force: booleanParam(request, 'force', false) });
    context.publisher.apiPost(clientIp(request), request.url, result.app);
    const info = appInfoJson(result.app, { ...appView(context, result.app), deployments: [{ id: result.deploymentId }] }, parseEmbed([], 'app'));
    return reply.code(201).header('Location', result.app.id).header('Marathon-Deployment-Id', result.deploymentId).send(info);
  });

  const bulk = (mustExist: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
    const bodies = arrayBody(request.body);
    const result = await context.apps.putMany(bodies, {
      force: booleanParam(request, 'force', false), partialUpdate: booleanParam(request, 'partialUpdate', true), mustExist,
    });
    return sendDeployment(reply, 200, result);
  };
  server.put('/v2/apps', bulk(false));
  server.patch('/v2/apps', bulk(true));

  server.get('/v2/apps/*', async (request, reply) => {
    const tail = parseAppsTail(wildcard(request));
    switch (tail.kind) {
      case 'group-apps': {
        const prefix = tail.groupId === '/' ? '/' : `${tail.groupId}/`;
        const apps = state.apps().filter((app) => app.id.startsWith(prefix));
        if (apps.length === 0 && tail.groupId !== '/') throw new ApiError(404, { message: `Group '${tail.groupId}' does not exist` });
        const embed = parseEmbed(listParam(request, 'embed'), 'apps');
        return reply.send({ '*': apps.map((app) => appInfoJson(app, appView(context, app), embed)) });
      }
      case 'tasks': {
        const app = existing(tail.appId);
        const instances = state.instances(app.id).filter(isListedTask);
        if (prefersText(request)) return reply.type('text/plain').send(tasksText([{ app, instances }]));
        return reply.send({ tasks: instances.map((instance) => taskJson(instance, app, healthResults(context, instance.instanceId))) });
      }
      case 'versions': {
        existing(tail.appId);
        if (tail.version === undefined) {
          const versions = (await state.repository.versions(tail.appId)).sort().reverse();
          return reply.send({ versions });
        }
        const definition = await state.repository.version(tail.appId, tail.version);
        if (definition === undefined) throw ApiError.from(appNotFound(tail.appId, tail.version));
        return reply.send(appJson(definition));
      }
      case 'restart':
        throw new ApiError(405, { message: 'HTTP 405 Method Not Allowed' });
      case 'app': {
        const app = existing(tail.appId);
        const embed = parseEmbed(['app.tasks', 'app.counts', 'app.deployments', 'app.lastTaskFailure', ...listParam(request, 'embed')], 'app');
        return reply.send({ app: appInfoJson(app, appView(context, app), embed) });
      }
    }
  });

  server.post('/v2/apps/*', async (request, reply) => {
    const tail = parseAppsTail(wildcard(request));
    if (tail.kind !== 'restart') throw new ApiError(405, { message: 'HTTP 405 Method Not Allowed' });
    const result = await context.apps.restart(tail.appId, { force: booleanParam(request, 'force', false) });
    return sendDeployment(reply, 200, result);
  });

  server.put('/v2/apps/*', async (request, reply) => {
    const tail = parseAppsTail(wildcard(request));
    if (tail.kind !== 'app') throw new ApiError(405, { message: 'HTTP 405 Method Not Allowed' });
    const body = objectBody(request.body);
    const result = await context.apps.put(tail.appId, body, {
      force: booleanParam(request, 'force', false), partialUpdate: booleanParam(request, 'partialUpdate', true),
    });
    const app = state.app(tail.appId);
    if (app !== undefined) context.publisher.apiPost(clientIp(request), request.url, app);
    return sendDeployment(reply, result.created ? 201 : 200, result);
  });

  server.patch('/v2/apps/*', async (request, reply) => {
    const tail = parseAppsTail(wildcard(request));
    if (tail.kind !== 'app') throw new ApiError(405, { message: 'HTTP 405 Method Not Allowed' });
    const result = await context.apps.patch(tail.appId, objectBody(request.body), { force: booleanParam(request, 'force', false) });
    return sendDeployment(reply, 200, result);
  });

  server.delete('/v2/apps/*', async (request, reply) => {
    const tail = parseAppsTail(wildcard(request));
    if (tail.kind === 'app') {
      // Marathon's code defaults force to true for DELETE of an app.
      return sendDeployment(reply, 200, await context.apps.remove(tail.appId, { force: booleanParam(request, 'force', true) }));
    }
    if (tail.kind !== 'tasks') throw new ApiError(405, { message: 'HTTP 405 Method Not Allowed' });
    const app = existing(tail.appId);
    const host = stringParam(request, 'host');
    let targets: Instance[] = state.instances(app.id).filter(isListedTask);
    if (tail.taskId !== undefined) {
      targets = targets.filter((instance) => instance.taskId === tail.taskId);
      if (targets.length === 0) throw ApiError.from(taskNotFound(tail.taskId));
    } else if (host !== undefined && host !== '*') {
      targets = targets.filter((instance) => instance.agent?.hostname === host);
    }
    const result = await context.apps.killTasks(targets, {
      force: booleanParam(request, 'force', false), scale: booleanParam(request, 'scale', false), wipe: booleanParam(request, 'wipe', false),
    });
    if (result.deployment !== undefined) return sendDeployment(reply, 200, result.deployment);
    const tasks = result.killed.map((instance) => taskJson(instance, app, healthResults(context, instance.instanceId)));
    return reply.send(tail.taskId === undefined ? { tasks } : { task: tasks[0] });
  });
}

export function sendDeployment(reply: FastifyReply, status: number, result: DeploymentResult): FastifyReply {
  return reply.code(status).header('Marathon-Deployment-Id', result.deploymentId)
    .send({ deploymentId: result.deploymentId, version: result.version });
}

function wildcard(request: FastifyRequest): string {
  return (request.params as { '*': string })['*'];
}

/** text/plain only when asked for and JSON is not: a wildcard Accept gets JSON (reference §12.8). */
export function prefersText(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/plain') && !accept.includes('application/json');
}
