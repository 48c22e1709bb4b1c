// /v2/groups changes. Drover keeps apps, not groups: a group is the set of apps under a path, so creating a group
// means creating its apps, replacing it means replacing the apps under it, and deleting it removes them. Group
// bodies may nest groups and use ids relative to their group, as Marathon's do.
import { resolveAppId, type AppDefinition } from '../app-definition/index.js';
import { groupNotFound } from '../wire/index.js';
import { ApiError } from './api-error.js';
import type { AppService, ChangeOptions, DeploymentResult } from './app-service.js';
import type { DeploymentPlan } from '../model/index.js';

export interface GroupChangeOptions extends ChangeOptions {
  readonly dryRun?: boolean;
}

export class GroupService {
  constructor(private readonly apps: AppService) {}

  /** POST /v2/groups (creating) or PUT /v2/groups/{id}: the group's apps become exactly those in the body. */
  async replace(groupId: string, body: Readonly<Record<string, unknown>>, options: GroupChangeOptions & { readonly creating: boolean }): Promise<DeploymentResult & { plan: DeploymentPlan }> {
    return this.apps.exclusive(async () => {
      const current = this.apps.currentApps();
      const under = (appId: string): boolean => groupId === '/' || appId.startsWith(`${groupId}/`);
      if (options.creating && [...current.keys()].some(under)) {
        throw new ApiError(409, { message: `Group ${groupId} is already created. Use PUT to change this group.` });
      }
      if (typeof body.scaleBy === 'number') return this.apps.deployTarget(this.scaledBy(current, under, body.scaleBy), options);
      if (typeof body.version === 'string') return this.apps.deployTarget(await this.atVersion(current, under, groupId, body.version), options);
      const inputs = flattenGroup(body, groupId);
      const target = new Map([...current].filter(([appId]) => !under(appId)));
      for (const { input, path } of inputs) {
        const id = String(input.id);
        if (!under(id)) {
          throw new ApiError(422, { message: 'Object is not valid', details: [{ path, errors: [`identifier ${id} is not child of ${groupId}. Hint: use relative paths.`] }] });
        }
        try {
          target.set(id, this.apps.validateApp(input, current.get(id)));
        } catch (error) {
          throw error instanceof ApiError ? withPathPrefix(error, path) : error;
        }
      }
      return this.apps.deployTarget(target, options);
    });
  }

  /** Versions (newest first) of the app set in which the group had apps: what GET /v2/groups/{id}/versions lists. */
  async versions(groupId: string): Promise<string[]> {
    const under = (appId: string): boolean => groupId === '/' || appId.startsWith(`${groupId}/`);
    return (await this.apps.state.repository.rootVersions())
      .filter((record) => Object.keys(record.apps).some(under))
      .map((record) => record.version);
  }

  /** The current apps with the group's apps as they were at `version` (PUT /v2/groups/{id} {"version": V}). */
  private async atVersion(current: Map<string, AppDefinition>, under: (appId: string) => boolean, groupId: string, version: string): Promise<Map<string, AppDefinition>> {
    const record = (await this.apps.state.repository.rootVersions()).find((candidate) => candidate.version === version);
    if (record === undefined) throw ApiError.from(groupNotFound(groupId, version));
    const target = new Map([...current].filter(([appId]) => !under(appId)));
    for (const [appId, appVersion] of Object.entries(record.apps)) {
      if (!under(appId)) continue;
      const old = await this.apps.state.repository.version(appId, appVersion);
      if (old === undefined) throw new ApiError(422, { message: `App '${appId}' in version ${appVersion} is no longer stored` });
      target.set(appId, this.apps.restamp(old, current.get(appId)));
    }
    return target;
  }

  /** DELETE /v2/groups/{id}: every app under the group goes. */
  async remove(groupId: string, options: ChangeOptions): Promise<DeploymentResult> {
    return this.apps.exclusive(async () => {
      const current = this.apps.currentApps();
      const target = new Map([...current].filter(([appId]) => groupId !== '/' && !appId.startsWith(`${groupId}/`)));
      return this.apps.deployTarget(target, options);
    });
  }

  private scaledBy(current: Map<string, AppDefinition>, under: (appId: string) => boolean, factor: number): Map<string, AppDefinition> {
    if (!(factor >= 0)) throw new ApiError(422, { message: 'Object is not valid', details: [{ path: '/scaleBy', errors: ['must be a non-negative number'] }] });
    const version = this.apps.now();
    const target = new Map(current);
    for (const [appId, app] of current) {
      if (!under(appId)) continue;
      target.set(appId, {
        ...app, instances: Math.ceil(app.instances * factor), version,
        versionInfo: { lastScalingAt: version, lastConfigChangeAt: app.versionInfo?.lastConfigChangeAt ?? version },
      });
    }
    return target;
  }
}

/**
 * Every app of a group body, with its id made absolute and the JSON path it came from. A group's `dependencies` hold
 * for every app inside it, so they are added to each app's own (Drover keeps no group objects to hang them on).
 */
function flattenGroup(body: Readonly<Record<string, unknown>>, groupId: string, path = '', inherited: readonly string[] = []): Array<{ input: Record<string, unknown>; path: string }> {
  const out: Array<{ input: Record<string, unknown>; path: string }> = [];
  const parent = groupId.slice(0, groupId.lastIndexOf('/')) || '/';
  const groupDependencies = [...inherited, ...(Array.isArray(body.dependencies) ? body.dependencies : []).flatMap((dependency) => {
    if (typeof dependency !== 'string') return [];
    const resolved = resolveAppId(dependency, parent);
    return 'id' in resolved ? [resolved.id] : [dependency];
  })];
  const apps = Array.isArray(body.apps) ? body.apps : [];
  apps.forEach((app, index) => {
    if (typeof app !== 'object' || app === null) return;
    const input = { ...(app as Record<string, unknown>) };
    if (typeof input.id === 'string') {
      const resolved = resolveAppId(input.id, groupId);
      if ('id' in resolved) input.id = resolved.id;
    }
    // The app's own relative dependencies resolve against its group, as its id does.
    const declared: unknown[] = Array.isArray(input.dependencies) ? input.dependencies as unknown[] : [];
    const own = declared.map((dependency): unknown => {
      if (typeof dependency !== 'string') return dependency;
      const resolved = resolveAppId(dependency, groupId);
      return 'id' in resolved ? resolved.id : dependency;
    });
    if (own.length > 0 || groupDependencies.length > 0) input.dependencies = [...new Set([...own, ...groupDependencies])];
    out.push({ input, path: `${path}/apps(${index})` });
  });
  const groups = Array.isArray(body.groups) ? body.groups : [];
  groups.forEach((group, index) => {
    if (typeof group !== 'object' || group === null) return;
    const child = group as Record<string, unknown>;
    const resolved = typeof child.id === 'string' ? resolveAppId(child.id, groupId) : { error: 'missing id' };
    if ('error' in resolved) {
      throw new ApiError(422, { message: 'Object is not valid', details: [{ path: `${path}/groups(${index})/id`, errors: [resolved.error] }] });
    }
    out.push(...flattenGroup(child, resolved.id, `${path}/groups(${index})`, groupDependencies));
  });
  return out;
}

function withPathPrefix(error: ApiError, prefix: string): ApiError {
  const details = Array.isArray(error.body.details) ? error.body.details as Array<{ path: string; errors: string[] }> : undefined;
  if (details === undefined) return error;
  return new ApiError(error.status, { ...error.body, details: details.map((detail) => ({ ...detail, path: `${prefix}${detail.path === '/' ? '' : detail.path}` })) });
}
