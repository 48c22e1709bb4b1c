// /v2/deployments (list, rollback, cancel) and /v2/queue (waiting instances, launch delay reset).
import type { FastifyInstance } from 'fastify';
import { ACTIVE_CONDITIONS } from '../model/index.js';
import { ApiError } from '../service/api-error.js';
import { appJson, deploymentJson } from '../wire/index.js';
import { sendDeployment } from './apps-routes.js';
import type { ApiContext } from './context.js';
import { appIdOf, booleanParam } from './request.js';

export function registerDeploymentsRoutes(server: FastifyInstance, context: ApiContext): void {
  const { state } = context;

  server.get('/v2/deployments', () => Promise.resolve(state.deployments().map((record) => {
    const step = record.plan.steps[record.currentStep];
    const currentActions = (step?.actions ?? []).map((action) => ({
      action: action.action, app: action.app,
      readinessCheckResults: context.health.readinessResults(action.app).map((result) => ({
        name: result.name, taskId: result.taskId, ready: result.ready,
        ...(result.lastResponse === undefined ? {} : { lastResponse: result.lastResponse }),
      })),
    }));
    // Marathon counts steps from 1 in currentStep.
    return deploymentJson(record.plan, { currentStep: Math.min(record.currentStep + 1, record.plan.steps.length), currentActions });
  })));

  server.delete('/v2/deployments/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const force = booleanParam(request, 'force', false);
    const result = await context.apps.rollbackDeployment(id, force);
    if (result === undefined) return reply.code(202).send({});
    return sendDeployment(reply, 200, result);
  });

  server.get('/v2/queue', () => {
    const nowMs = context.clock.now();
    const queue = state.apps().flatMap((app) => {
      const waiting = state.instances(app.id).filter((instance) => instance.goal === 'running' && instance.condition === 'scheduled');
      if (waiting.length === 0) return [];
      const until = context.scheduler.delayedUntil(app.id);
      const since = context.scheduler.offerStatistics.since(app.id) ?? waiting[0]?.conditionSince ?? new Date(nowMs).toISOString();
      return [{
        count: waiting.length,
        delay: { timeLeftSeconds: Math.max(0, Math.ceil((until - nowMs) / 1000)), overdue: until <= nowMs },
        since,
        processedOffersSummary: context.scheduler.offerStatistics.summary(app.id),
        app: appJson(app),
        role: app.role ?? '*',
      }];
    });
    // Apps whose instances all run need no statistics any more.
    for (const app of state.apps()) {
      if (!state.instances(app.id).some((instance) => instance.condition === 'scheduled' || !ACTIVE_CONDITIONS.has(instance.condition))) {
        context.scheduler.offerStatistics.forget(app.id);
      }
    }
    return Promise.resolve({ queue });
  });

  server.delete('/v2/queue/*', async (request, reply) => {
    const tail = (request.params as { '*': string })['*'];
    if (!tail.endsWith('/delay')) throw new ApiError(404, { message: 'Not Found' });
    context.apps.resetDelay(appIdOf(tail.slice(0, -'/delay'.length)));
    return reply.code(204).send();
  });
}
