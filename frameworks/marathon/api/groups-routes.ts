// /v2/groups: the tree of groups implied by app ids, and group-wide changes (see service/group-service.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDefinition } from '../app-definition/index.js';
import { ApiError } from '../service/api-error.js';
import type { GroupService } from '../service/group-service.js';
import { appInfoJson, appJson, deploymentJson, groupNotFound, parseEmbed, type EmbedSet } from '../wire/index.js';
import { sendDeployment } from './apps-routes.js';
import type { ApiContext } from './context.js';
import { appIdOf, booleanParam, listParam, objectBody } from './request.js';
import { appView } from './views.js';

export function registerGroupsRoutes(server: FastifyInstance, context: ApiContext, groups: GroupService): void {
  const groupIdOf = (request: FastifyRequest): string => {
    const tail = ((request.params as { '*'?: string })['*'] ?? '').replace(/\/+$/, '');
    return tail === '' ? '/' : appIdOf(tail);
  };

  const show = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const groupId = groupIdOf(request);
    if (groupId === '/versions' || groupId.endsWith('/versions')) {
      const owner = groupId === '/versions' ? '/' : groupId.slice(0, -'/versions'.length);
      const versions = await groups.versions(owner);
      if (versions.length === 0 && owner !== '/') throw ApiError.from(groupNotFound(owner));
      return reply.send(versions);
    }
    const apps = context.state.apps();
    if (groupId !== '/' && !apps.some((app) => app.id.startsWith(`${groupId}/`))) throw ApiError.from(groupNotFound(groupId));
    const embedValues = listParam(request, 'embed');
    const embed = parseEmbed(embedValues.length === 0 ? ['group.groups', 'group.apps'] : embedValues, 'group');
    return reply.send(groupJson(context, groupId, apps, embed));
  };
  server.get('/v2/groups', show);
  server.get('/v2/groups/*', show);

  server.post('/v2/groups', async (request, reply) => {
    const body = objectBody(request.body);
    const groupId = typeof body.id === 'string' ? appIdOf(body.id) : '/';
    const result = await groups.replace(groupId, body, { force: booleanParam(request, 'force', false), creating: true });
    return reply.code(201).header('Location', groupId).header('Marathon-Deployment-Id', result.deploymentId)
      .send({ deploymentId: result.deploymentId, version: result.version });
  });

  const put = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const groupId = groupIdOf(request);
    const dryRun = booleanParam(request, 'dryRun', false);
    const result = await groups.replace(groupId, objectBody(request.body), { force: booleanParam(request, 'force', false), creating: false, dryRun });
    if (dryRun) return reply.send({ steps: deploymentJson(result.plan, { currentStep: 0, currentActions: [] }).steps });
    return sendDeployment(reply, 200, result);
  };
  server.put('/v2/groups', put);
  server.put('/v2/groups/*', put);

  server.delete('/v2/groups/*', async (request, reply) => {
    const groupId = groupIdOf(request);
    if (!context.state.apps().some((app) => app.id.startsWith(`${groupId}/`))) throw ApiError.from(groupNotFound(groupId));
    return sendDeployment(reply, 200, await groups.remove(groupId, { force: booleanParam(request, 'force', false) }));
  });
}

function groupJson(context: ApiContext, groupId: string, all: readonly AppDefinition[], embed: EmbedSet): Record<string, unknown> {
  const prefix = groupId === '/' ? '/' : `${groupId}/`;
  const inside = all.filter((app) => app.id.startsWith(prefix));
  const direct = inside.filter((app) => !app.id.slice(prefix.length).includes('/'));
  const childIds = [...new Set(inside.filter((app) => app.id.slice(prefix.length).includes('/'))
    .map((app) => `${prefix}${app.id.slice(prefix.length).split('/')[0] ?? ''}`))].sort();
  const version = inside.map((app) => app.version ?? '').sort().at(-1) ?? new Date(context.clock.now()).toISOString();
  const appEmbedded = embed.tasks || embed.counts || embed.deployments || embed.lastTaskFailure || embed.taskStats || embed.readiness;
  return {
    id: groupId,
    apps: embed.apps ? direct.map((app) => appEmbedded ? appInfoJson(app, appView(context, app), embed) : appJson(app)) : [],
    groups: embed.groups ? childIds.map((child) => groupJson(context, child, inside, embed)) : [],
    pods: [],
    dependencies: [],
    version,
    enforceRole: false,
  };
}
