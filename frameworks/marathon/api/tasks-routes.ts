// /v2/tasks (every app's tasks, JSON or text) and POST /v2/tasks/delete.
import type { FastifyInstance } from 'fastify';
import type { Instance } from '../model/index.js';
import { ApiError } from '../service/api-error.js';
import { isListedTask, mesosTaskState, taskJson, tasksText } from '../wire/index.js';
import { prefersText, sendDeployment } from './apps-routes.js';
import type { ApiContext } from './context.js';
import { booleanParam, listParam, objectBody } from './request.js';
import { healthResults } from './views.js';

export function registerTasksRoutes(server: FastifyInstance, context: ApiContext): void {
  const { state } = context;

  server.get('/v2/tasks', async (request, reply) => {
    // status=running|staging|… filters by task state (Marathon accepts the state names without TASK_).
    const statuses = new Set(listParam(request, 'status').map((status) => `TASK_${status.toUpperCase()}`));
    const wanted = (instance: Instance): boolean => isListedTask(instance)
      && (statuses.size === 0 || statuses.has(mesosTaskState(instance.condition) ?? ''));
    const apps = state.apps();
    if (prefersText(request)) {
      return reply.type('text/plain').send(tasksText(apps.map((app) => ({ app, instances: state.instances(app.id).filter(wanted) }))));
    }
    const tasks = apps.flatMap((app) => state.instances(app.id).filter(wanted)
      .map((instance) => taskJson(instance, app, healthResults(context, instance.instanceId))));
    return reply.send({ tasks });
  });

  server.post('/v2/tasks/delete', async (request, reply) => {
    const body = objectBody(request.body);
    const ids = Array.isArray(body.ids) ? body.ids : undefined;
    if (ids === undefined) throw new ApiError(400, { message: 'Invalid JSON', details: [{ path: '/ids', errors: ['error.path.missing'] }] });
    const instances: Instance[] = [];
    for (const id of ids) {
      const instance = typeof id === 'string' ? state.instanceOfTask(id) : undefined;
      if (instance === undefined) throw new ApiError(400, { message: `Invalid task id '${String(id)}'` });
      instances.push(instance);
    }
    const result = await context.apps.killTasks(instances, {
      force: booleanParam(request, 'force', false), scale: booleanParam(request, 'scale', false), wipe: booleanParam(request, 'wipe', false),
    });
    if (result.deployment !== undefined) return sendDeployment(reply, 200, result.deployment);
    return reply.send({
      tasks: result.killed.map((instance) => taskJson(instance, state.app(instance.appId), healthResults(context, instance.instanceId))),
    });
  });
}
